package kz.gov.elicense.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The e-government portal calls the API as a system with its own TLS client certificate (issue 7), never anonymously:
 * over the https listener, with the certificate the server holds for {@code portal.egov.kz}, it submits an application
 * signed by its applicant and reads its status; the applicant is whoever signed, so it cannot apply in another's name;
 * without a certificate it is 401, with a certificate of an untrusted CA the TLS handshake is refused, and with a
 * certificate of the demo CA that bears the portal's name but is not the one the server holds (replaced) it is 401 and
 * an access denial in the audit trail. A certificate the server holds but its CA has revoked is refused at the
 * handshake: by the CA's OCSP responder, or by its CRL while the responder is down; one revoked after the CRL was
 * issued by OCSP alone. Its role reaches only what the portal does.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalSystemIT {

    private static final String BIN = "221140008086";
    private static final String OTHER_BIN = "150440001011";
    private static final String PORTAL_NAME = "portal.egov.kz";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final PortalClient portal = PortalClient.forTestServer();
    private final PortalSystemClient system = PortalSystemClient.withCertificate(PortalSystemClient.PORTAL);

    @Test
    void thePortalSubmitsAnApplicationSignedByItsApplicantAndReadsItsStatus() throws IOException {
        PortalClient.Form form = portal.form(BIN);
        String body = form.request(false, null);
        String key = UUID.randomUUID().toString();

        PortalClient.Response submitted = system.submit(body, key).expect(201);
        String number = submitted.json().getString("number");
        assertTrue(submitted.location().startsWith(PortalSystemClient.httpsApi() + "applications/" + number),
                submitted.location());
        // a repetition under the same key is the same application, as for an applicant's own submission
        assertEquals(number, system.submit(body, key).expect(200).json().getString("number"));

        JsonObject status = system.get("applications/" + number).expect(200).json();
        assertEquals(BIN, status.getString("applicantId"), "the applicant is the one who signed");
        assertEquals("PORTAL", status.getString("channel"));
        assertEquals("VALID", status.getString("signatureStatus"));

        // the applicant reads it as their own, and the audit trail says the portal submitted it and signed in
        assertEquals(number, portal.read(number, BIN).expect(200).json().getString("number"));
        List<JsonObject> trail = portal.get("audit/entries?actor=" + PORTAL_NAME, "auditor").expect(200).jsonArray()
                .getValuesAs(JsonObject.class);
        assertTrue(trail.stream().anyMatch(e -> "SUBMISSION".equals(e.getString("action"))
                && number.equals(e.getString("subject", null)) && e.getString("detail").contains(BIN)), trail.toString());
        assertTrue(trail.stream().anyMatch(e -> "SIGN_IN".equals(e.getString("action"))
                && e.getString("detail").contains("CLIENT_CERT")), trail.toString());
    }

    @Test
    void thePortalCannotApplyInTheNameOfSomeoneWhoDidNotSign() throws IOException {
        // the form names one applicant, the signature is another's: refused as for the applicant's own submission
        String body = portal.form(BIN).signedWith(OTHER_BIN).request(false, null);

        PortalClient.Response refused = system.post("applications", body).expect(422);

        assertEquals("signer-identity-mismatch", refused.problem());
        assertTrue(portal.get("applications?max=500", BIN).expect(200).jsonArray().getValuesAs(JsonObject.class)
                .stream().noneMatch(a -> refused.body().contains(a.getString("number"))));
    }

    @Test
    void withoutACertificateThePortalIsNotSignedIn() throws IOException {
        String number = portal.form(BIN).submitted();
        PortalSystemClient anonymous = PortalSystemClient.withoutCertificate();

        PortalClient.Response read = anonymous.get("applications/" + number).expect(401);
        assertTrue(read.contentType().startsWith("application/problem+json"), read.contentType());
        anonymous.post("applications", portal.form(BIN).request(false, null)).expect(401);
        // a password is no way in for a system name either: the portal systems' realm holds certificates only
        portal.get("applications/" + number, PORTAL_NAME).expect(401);
    }

    @Test
    void aCertificateOfAnUntrustedCaIsRefusedAtTheHandshake() throws IOException {
        PortalSystemClient rogue = PortalSystemClient.insistingOn(PortalSystemClient.UNTRUSTED_PORTAL);

        assertThrows(IOException.class, () -> rogue.get("procedures"));
        // a client that sends it only where the server names its CA sends none, and is not signed in
        PortalSystemClient.withCertificate(PortalSystemClient.UNTRUSTED_PORTAL).get("procedures").expect(401);
    }

    @Test
    void aCertificateWithThePortalsNameThatTheServerDoesNotHoldSignsInNobody() throws IOException {
        String number = portal.form(BIN).submitted();
        PortalSystemClient replaced = PortalSystemClient.withCertificate(PortalSystemClient.REPLACED_PORTAL);

        PortalClient.Response refused = replaced.get("applications/" + number).expect(401);
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());

        X509Certificate certificate = certificate(PortalSystemClient.REPLACED_PORTAL);
        String subject = certificate.getSubjectX500Principal().getName();
        List<JsonObject> denials = portal.get("audit/entries?actor=" + URLEncoder.encode(subject, StandardCharsets.UTF_8),
                "auditor").expect(200).jsonArray().getValuesAs(JsonObject.class);
        assertTrue(denials.stream().anyMatch(e -> "ACCESS_DENIED".equals(e.getString("action"))
                && e.getString("detail").contains("CLIENT_CERT")
                && e.getString("detail").contains(certificate.getSerialNumber().toString(16))),
                () -> "no denial of " + subject + " among " + denials);
    }

    @Test
    void aRevokedCertificateThatTheServerStillHoldsIsRefusedAtTheHandshake() throws IOException {
        // portal-systems.p12 holds it under its name, so the realm would take it; its CA's OCSP responder says revoked
        PortalSystemClient revoked = PortalSystemClient.withCertificate(PortalSystemClient.REVOKED_SYSTEM);

        assertThrows(IOException.class, () -> revoked.get("procedures"));
        // the portal's own certificate, asked about at the same responder, still opens the API
        system.get("procedures").expect(200);
    }

    @Test
    void withTheOcspResponderDownTheCrlsDecide() throws IOException {
        DemoPkiOutage.set(true, false);
        try {
            PortalSystemClient revoked = PortalSystemClient.withCertificate(PortalSystemClient.REVOKED_SYSTEM);
            assertThrows(IOException.class, () -> revoked.get("procedures"));
            // with no answer from OCSP and no CRL this would be refused as well (no soft fail): the CRL says good
            PortalSystemClient.withCertificate(PortalSystemClient.PORTAL).get("procedures").expect(200);
        } finally {
            DemoPkiOutage.set(false, false);
        }
    }

    @Test
    void aCertificateRevokedAfterTheCrlWasIssuedIsRefusedByOcsp() throws IOException {
        // the replaced certificate is on no CRL: the realm refuses it (401), not the handshake
        PortalSystemClient.withCertificate(PortalSystemClient.REPLACED_PORTAL).get("procedures").expect(401);
        Path revocations = Path.of(System.getProperty("licensing.pki.dir"), "revocations.txt");
        String before = Files.readString(revocations, StandardCharsets.US_ASCII);
        X509Certificate replaced = certificate(PortalSystemClient.REPLACED_PORTAL);
        // the demo CA revokes it now: its responder reads revocations.txt on every question, the server's CRL file
        // was read at start and does not list it
        replace(revocations, before + replaced.getSerialNumber().toString(16) + ";"
                + Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS) + ";superseded;legal-entities\n");
        try {
            PortalSystemClient replacedNow = PortalSystemClient.withCertificate(PortalSystemClient.REPLACED_PORTAL);
            assertThrows(IOException.class, () -> replacedNow.get("procedures"));
        } finally {
            replace(revocations, before);
        }
        PortalSystemClient.withCertificate(PortalSystemClient.REPLACED_PORTAL).get("procedures").expect(401);
    }

    @Test
    void thePortalsRoleReachesWhatThePortalDoesOnly() throws IOException {
        String number = portal.form(BIN).submitted();

        system.post("applications/" + number + "/executor", "{\"executor\":\"executor\"}").expect(403);
        system.post("applications/" + number + "/completeness", "{\"complete\":true}").expect(403);
        system.get("applications").expect(403);
        system.get("audit/entries").expect(403);
        system.get("applications/SEC-2099-999999").expect(404);
    }

    @Test
    void theOpenApiDocumentNamesThePortalsCertificateBesideBasic() throws Exception {
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 100);
        String document = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + (8080 + offset) + "/openapi")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();

        assertTrue(document.contains("mutualTLS") && document.contains("portalCertificate"), document);
    }

    /** In one step, so that the responder, which reads the file on every question, never sees half of it. */
    private static void replace(Path file, String text) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, text, StandardCharsets.US_ASCII);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static X509Certificate certificate(String keyFile) {
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("licensing.pki.dir"), keyFile + ".cert.pem"))) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
