package kz.gov.elicense.it;

import jakarta.json.JsonObject;
import kz.gov.elicense.signature.control.CmsSignatureVerifier;
import kz.gov.elicense.signature.control.OnlineRevocationSource;
import kz.gov.elicense.signature.control.TrustAnchors;
import kz.gov.elicense.signature.entity.ExpectedSigner;
import kz.gov.elicense.signature.entity.SignatureVerification;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The EDS to the national standard, through the public API with the demo PKI's real OCSP responder, CRLs and
 * time-stamp authority on loopback: who may sign for a legal entity, revocation, what happens when no revocation
 * status can be had, and a licence document anyone can verify.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignatureProfileIT {

    private static final String BIN = "150440001011";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final PortalClient portal = PortalClient.forTestServer();

    @Test
    void aRevokedCertificateIsRefused() {
        PortalClient.Response response = portal.post("applications", BIN,
                portal.form(BIN).signedWith("revoked-" + BIN).request(false, null));
        assertEquals(422, response.status(), response.body());
        assertEquals("certificate-revoked", response.problem());
    }

    @Test
    void anEmployeeWithoutSigningRightCannotSignForTheOrganisation() {
        PortalClient.Response response = portal.post("applications", BIN,
                portal.form(BIN).signedWith("employee-" + BIN).request(false, null));
        assertEquals(422, response.status(), response.body());
        assertEquals("signatory-not-authorised", response.problem());
    }

    @Test
    void anEmployeeWithSigningRightMaySignForTheOrganisation() {
        PortalClient.Response response = portal.form(BIN).signedWith("signer-" + BIN).submit();
        assertEquals(201, response.status(), response.body());
        assertEquals("VALID", response.json().getString("signatureStatus"));
    }

    @Test
    void anApplicantsSignatureIsTimeStampedOnReceipt() {
        String number = portal.form("221140008086").submitted();
        JsonObject application = portal.read(number, "221140008086").expect(200).json();
        assertTrue(application.getBoolean("signatureTimeStamped"), "CAdES-T: stamped by the TSA on receipt");
        assertEquals("VALID", application.getString("signatureStatus"));
    }

    @Test
    void withNoRevocationStatusTheApplicationIsHeldAndRegisteredOnceItCanBeChecked() {
        String number;
        try {
            DemoPkiOutage.set(true, true);
            PortalClient.Response held = portal.form("140340009091").submit();
            assertEquals(202, held.status(), held.body());
            assertEquals("DELIVERED", held.json().getString("status"));
            assertEquals("INDETERMINATE", held.json().getString("signatureStatus"));
            number = held.json().getString("number");

            JsonObject seen = portal.read(number, "head").expect(200).json();
            assertEquals("INDETERMINATE", seen.getString("signatureStatus"));
            assertTrue(seen.getString("signatureNote").toLowerCase().contains("revocation"), seen.getString("signatureNote"));
            assertTrue(PortalClient.isNull(seen, "currentStep"), "no step starts before the EDS is confirmed");

            JsonObject stillHeld = portal.post("applications/" + number + "/signature-check", "clerk", "").expect(200).json();
            assertEquals("DELIVERED", stillHeld.getString("status"), "never accepted as valid while unknown");
        } finally {
            DemoPkiOutage.set(false, false);
        }
        // the officer's check, unless the retry timer (every 5 s on the test server) confirmed it first
        PortalClient.Response checked = portal.post("applications/" + number + "/signature-check", "clerk", "");
        if (checked.status() == 409) {
            assertTrue(checked.body().contains("signature-not-held"), checked.body());
        } else {
            checked.expect(200);
        }
        JsonObject registered = portal.read(number, "head").expect(200).json();
        assertEquals("VALID", registered.getString("signatureStatus"));
        assertEquals("REGISTERED", registered.getString("status"));
        assertEquals("ASSIGN_EXECUTOR", registered.getString("currentStep"));
    }

    @Test
    void theLicenceDocumentIsASignedTimeStampedPdfThatVerifiesWithAnyCmsTool() throws Exception {
        String number = portal.toReportStep("221140008086");
        portal.draft(number, "LICENCE", "Clear").expect(200);
        String licence = portal.sign(number).expect(200).json().getString("licenceNumber");

        byte[] pdf = download("licences/" + licence + "/document", "application/pdf");
        byte[] signature = download("licences/" + licence + "/signature", "application/pkcs7-signature");
        String text = new PDFTextStripper().getText(Loader.loadPDF(pdf));
        assertTrue(text.contains("МЕМЛЕКЕТТІК ЛИЦЕНЗИЯ") && text.contains("ГОСУДАРСТВЕННАЯ ЛИЦЕНЗИЯ"), text);
        assertTrue(text.contains(licence) && text.contains("221140008086"), text);

        Path pki = Path.of(System.getProperty("licensing.pki.dir"));
        CmsSignatureVerifier verifier = new CmsSignatureVerifier(TrustAnchors.fromPem(pki.resolve("trust")),
                Clock.systemUTC(), new OnlineRevocationSource(Clock.systemUTC()));
        SignatureVerification verification = verifier.verifyDetached(pdf, signature, ExpectedSigner.ANY);
        assertTrue(verification.valid(), verification.reason());
        assertTrue(verification.timeStamped(), "CAdES-T: the result carries a time stamp");

        byte[] altered = pdf.clone();
        altered[altered.length / 2] ^= 0x01;
        assertTrue(!verifier.verifyDetached(altered, signature, ExpectedSigner.ANY).valid());
        assertArrayEquals(pdf, download("licences/" + licence + "/document", "application/pdf"), "stable bytes");
        assertTrue(portal.get("licences/" + licence, null).expect(200).json().getBoolean("signatureValid"));
    }

    private byte[] download(String path, String contentType) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(api(path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals(contentType, response.headers().firstValue("Content-Type").orElse(""));
        return response.body();
    }

    private static URI api(String path) {
        return URI.create("http://127.0.0.1:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 100))
                + "/api/v1/" + path);
    }
}
