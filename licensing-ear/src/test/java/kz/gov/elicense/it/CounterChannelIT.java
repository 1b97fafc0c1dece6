package kz.gov.elicense.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import kz.gov.elicense.it.counter.CertifiedCounterTrial;
import kz.gov.elicense.signature.control.CmsSigner;
import kz.gov.elicense.signature.control.SigningKey;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The counter flow of §3 through the public API, in WildFly with the registries answering over JMS: the officer looks
 * the applicant up, enters the form with the scans of the documents presented on paper, and the application runs its
 * procedure to a signed licence exactly as a portal one; what the counter refuses, it refuses before anything is kept.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CounterChannelIT {

    private static final String SECURITY = "SECURITY_ACTIVITY_ISSUE";
    private static final String KNOWN_BIN = "150440001011";
    private static final String UNKNOWN_BIN = "180740004042";

    /**
     * The EAR with {@link CertifiedCounterTrial} added to its EJB module, where CDI finds procedures: a service that
     * has the officer certify the counter form, which none of the deployed ones of this branch does.
     */
    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.plainEar();
        String module = "licensing-ejb.jar";
        JavaArchive ejb;
        try (InputStream in = ear.get(module).getAsset().openStream()) {
            ejb = ShrinkWrap.create(ZipImporter.class, module).importFrom(in).as(JavaArchive.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ejb.addClasses(CertifiedCounterTrial.class, CertifiedCounterTrial.TrialForm.class);
        ear.delete(module);
        return ear.addAsModule(ejb);
    }

    private final PortalClient portal = PortalClient.forTestServer();
    private final Path pki = Path.of(System.getProperty("licensing.pki.dir"));

    @Test
    void aSecurityLicenceTakenInAtTheCounterEndsSignedInTheRegister() {
        PortalClient.Response created = lookUp(SECURITY, KNOWN_BIN, "clerk").expect(201);
        assertTrue(created.location().contains("/api/v1/counter/lookups/"), created.location());
        long lookupId = created.json().getJsonNumber("id").longValue();
        JsonObject found = awaitLookup(lookupId);
        assertEquals("FOUND", found.getString("state"), found.toString());
        JsonObject registration = found.getJsonArray("answers").getJsonObject(0);
        assertEquals("LEGAL_ENTITY", registration.getString("check"));
        JsonObject data = registration.getJsonObject("data");
        assertFalse(data.getString("name").isBlank());
        assertFalse(data.getString("legalAddress").isBlank());
        assertEquals(portal.headIinOf(KNOWN_BIN), data.getString("headIin"));

        PortalClient.Form form = portal.form(KNOWN_BIN);
        // the applicant brought the premises title only as a file; the other two were shown on paper and scanned
        PortalClient.Response taken = takeIn(lookupId, form, form.formBytes(), null,
                Set.of("QUALIFICATION_FORM", "HEAD_SPECIAL_TRAINING"), "clerk").expect(201);
        String number = taken.json().getString("number");
        assertTrue(number.matches("SEC-\\d{4}-\\d{6}"), number);
        assertTrue(taken.location().endsWith("/api/v1/applications/" + number), taken.location());
        assertEquals("REGISTERED", taken.json().getString("status"));

        JsonObject application = portal.read(number, "executor").expect(200).json();
        assertEquals("COUNTER", application.getString("channel"));
        assertEquals("ASSIGN_EXECUTOR", application.getString("currentStep"));
        Map<String, Boolean> onPaper = new java.util.HashMap<>();
        application.getJsonArray("documents").getValuesAs(JsonObject.class)
                .forEach(d -> onPaper.put(d.getString("kind"), d.getBoolean("presentedOnPaper")));
        assertEquals(Map.of("QUALIFICATION_FORM", true, "HEAD_SPECIAL_TRAINING", true, "PREMISES_TITLE", false), onPaper);
        JsonObject registered = application.getJsonArray("history").getJsonObject(1);
        assertEquals("REGISTERED", registered.getString("to"));
        assertEquals("clerk", registered.getString("actor"), "the officer who took it in registered it");
        assertEquals(number, portal.get("counter/lookups/" + lookupId, "clerk").expect(200).json()
                .getString("applicationNumber"));

        PortalClient.Response again = takeIn(lookupId, portal.form(KNOWN_BIN), null, null, Set.of(), "clerk");
        assertEquals(409, again.status());
        assertEquals("lookup-used", again.problem());

        portal.assign(number, "executor").expect(200);
        portal.completeness(number, true, null).expect(200);
        portal.awaitApplication(number, PortalClient.atStep("REPORT_AND_RESULT"), Duration.ofSeconds(60));
        portal.draft(number, "LICENCE", "Taken in at the counter; every registry answer is clear.").expect(200);
        String licenceNumber = portal.sign(number).expect(200).json().getString("licenceNumber");

        assertEquals("RESULT_ISSUED", portal.read(number, KNOWN_BIN).expect(200).json().getString("status"),
                "the applicant sees the counter application in the personal cabinet");
        JsonObject licence = portal.get("licences/" + licenceNumber, null).expect(200).json();
        assertEquals(KNOWN_BIN, licence.getString("holderId"));
        assertEquals("ACTIVE", licence.getString("status"));
        assertEquals(number, licence.getString("applicationNumber"));
        assertTrue(licence.getBoolean("signatureValid"));
    }

    @Test
    void anApplicantUnknownToTheRegistryGetsDataCannotBeObtainedAndNoApplication() {
        long lookupId = lookUp(SECURITY, UNKNOWN_BIN, "executor").expect(201).json().getJsonNumber("id").longValue();
        JsonObject lookup = awaitLookup(lookupId);
        assertEquals("NOT_AVAILABLE", lookup.getString("state"));
        assertTrue(lookup.getString("message").toLowerCase().contains("data cannot be obtained"), lookup.toString());
        assertTrue(lookup.getString("message").contains("Сведения не могут быть получены"), lookup.toString());
        assertTrue(lookup.getString("reason").startsWith("LEGAL_ENTITY NOT_FOUND"), lookup.toString());

        int before = applicationsOf(UNKNOWN_BIN);
        PortalClient.Response refused = takeIn(lookupId, portal.form(UNKNOWN_BIN), null, null, Set.of(), "executor");
        assertEquals(409, refused.status());
        assertEquals("lookup-not-available", refused.problem());
        assertEquals(before, applicationsOf(UNKNOWN_BIN));
    }

    @Test
    void anApplicantCannotUseTheCounter() {
        PortalClient.Response lookup = lookUp(SECURITY, KNOWN_BIN, KNOWN_BIN);
        assertEquals(403, lookup.status());
        assertEquals("forbidden", lookup.problem());
        long officers = lookUp(SECURITY, KNOWN_BIN, "clerk").expect(201).json().getJsonNumber("id").longValue();
        assertEquals(403, portal.get("counter/lookups/" + officers, KNOWN_BIN).status());
        assertEquals(403, takeIn(officers, portal.form(KNOWN_BIN), null, null, Set.of(), KNOWN_BIN).status());
        assertEquals(401, lookUp(SECURITY, KNOWN_BIN, null).status());
    }

    @Test
    void aLookupServesOnlyItsApplicantAndItsService() {
        long otherApplicant = lookUp(SECURITY, "160540002025", "clerk").expect(201).json().getJsonNumber("id").longValue();
        assertEquals("FOUND", awaitLookup(otherApplicant).getString("state"));
        PortalClient.Response foreign = takeIn(otherApplicant, portal.form(KNOWN_BIN), null, null, Set.of(), "clerk");
        assertEquals(409, foreign.status());
        assertEquals("lookup-of-another-applicant", foreign.problem());

        long otherService = lookUp(CertifiedCounterTrial.CODE, KNOWN_BIN, "clerk").expect(201).json()
                .getJsonNumber("id").longValue();
        assertEquals("FOUND", awaitLookup(otherService).getString("state"));
        PortalClient.Response wrongForm = takeIn(otherService, portal.form(KNOWN_BIN), null, null, Set.of(), "clerk");
        assertEquals(400, wrongForm.status(), "a security form is not the trial service's form");

        PortalClient.Response unknownLookup = takeIn(Long.MAX_VALUE, portal.form(KNOWN_BIN), null, null, Set.of(), "clerk");
        assertEquals(404, unknownLookup.status());
        assertEquals("procedure-unknown", lookUp("NO_SUCH_SERVICE", KNOWN_BIN, "clerk").problem());
        assertEquals("identifier-invalid", lookUp(SECURITY, "123456789012", "clerk").problem());
    }

    @Test
    void aServiceCertifiedByTheOfficerRefusesAMissingOrInvalidOfficerSignature() {
        long lookupId = lookUp(CertifiedCounterTrial.CODE, KNOWN_BIN, "clerk").expect(201).json()
                .getJsonNumber("id").longValue();
        assertEquals("FOUND", awaitLookup(lookupId).getString("state"));
        PortalClient.Form documents = portal.form(KNOWN_BIN).without("HEAD_SPECIAL_TRAINING").without("PREMISES_TITLE");
        byte[] form = trialForm(documents);

        PortalClient.Response unsigned = takeIn(lookupId, documents, form, null, Set.of("QUALIFICATION_FORM"), "clerk");
        assertEquals(400, unsigned.status());
        assertEquals("officer-signature-required", unsigned.problem());

        PortalClient.Response byTheApplicant = takeIn(lookupId, documents, form,
                sign(pki.resolve("applicants").resolve(KNOWN_BIN + ".p12"), null, form),
                Set.of("QUALIFICATION_FORM"), "clerk");
        assertEquals(422, byTheApplicant.status());
        assertEquals("officer-signature-invalid", byTheApplicant.problem());

        byte[] otherBytes = new String(form, StandardCharsets.UTF_8).replace("ТОО trial", "ТОО altered")
                .getBytes(StandardCharsets.UTF_8);
        PortalClient.Response overOtherBytes = takeIn(lookupId, documents, form, officerSignature(otherBytes),
                Set.of("QUALIFICATION_FORM"), "clerk");
        assertEquals(422, overOtherBytes.status());
        assertEquals("officer-signature-invalid", overOtherBytes.problem());

        PortalClient.Response certified = takeIn(lookupId, documents, form, officerSignature(form),
                Set.of("QUALIFICATION_FORM"), "clerk").expect(201);
        String number = certified.json().getString("number");
        assertTrue(number.startsWith("TRL-"), number);
        JsonObject application = portal.read(number, "clerk").expect(200).json();
        assertEquals("COUNTER", application.getString("channel"));
        assertEquals("VALID", application.getString("signatureStatus"));
        assertTrue(application.getString("signatureNote").startsWith("Form certified at the counter"),
                application.getString("signatureNote"));
    }

    // --- the counter's requests

    private PortalClient.Response lookUp(String procedure, String applicantId, String user) {
        return portal.post("counter/lookups", user, Json.createObjectBuilder().add("procedure", procedure)
                .add("applicantId", applicantId).build().toString());
    }

    /** Reads the lookup until the registries have answered (they answer over JMS). */
    private JsonObject awaitLookup(long id) {
        Instant end = Instant.now().plusSeconds(60);
        JsonObject last = null;
        while (Instant.now().isBefore(end)) {
            last = portal.get("counter/lookups/" + id, "clerk").expect(200).json();
            if (!"PENDING".equals(last.getString("state"))) {
                return last;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("Lookup " + id + " still pending; last seen: " + last);
    }

    /**
     * Enters an application: the form bytes ({@code null}: the security form of {@code form}), the officer's
     * signature if any, and every document of {@code form}, those of the given kinds marked as presented on paper.
     */
    private PortalClient.Response takeIn(long lookupId, PortalClient.Form form, byte[] formBytes, byte[] officerSignature,
                                         Set<String> presentedOnPaper, String user) {
        JsonArrayBuilder documents = Json.createArrayBuilder();
        form.documents.values().forEach(d -> documents.add(Json.createObjectBuilder().add("kind", d.kind())
                .add("fileName", d.fileName()).add("mediaType", "application/pdf")
                .add("content", Base64.getEncoder().encodeToString(d.content()))
                .add("presentedOnPaper", presentedOnPaper.contains(d.kind()))));
        JsonObjectBuilder body = Json.createObjectBuilder().add("lookupId", lookupId)
                .add("form", Base64.getEncoder().encodeToString(formBytes != null ? formBytes : form.formBytes()))
                .add("paperDocuments", documents);
        if (officerSignature != null) {
            body.add("officerSignature", Base64.getEncoder().encodeToString(officerSignature));
        }
        return portal.post("counter/applications", user, body.build().toString());
    }

    private int applicationsOf(String applicantId) {
        return (int) portal.get("applications?max=500", "clerk").expect(200).jsonArray().getValuesAs(JsonObject.class)
                .stream().filter(a -> applicantId.equals(a.getString("applicantId"))).count();
    }

    /** The trial service's form with the documents of {@code documents}. */
    private static byte[] trialForm(PortalClient.Form documents) {
        JsonArrayBuilder listed = Json.createArrayBuilder();
        documents.documents.values().forEach(d -> listed.add(Json.createObjectBuilder().add("kind", d.kind())
                .add("fileName", d.fileName()).add("sha256", PortalClient.sha256(d.content()))));
        return Json.createObjectBuilder().add("procedure", CertifiedCounterTrial.CODE).add("bin", documents.bin)
                .add("name", "ТОО trial " + documents.bin).add("documents", listed)
                .build().toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The provider officer's EDS of the demo PKI (a certificate of the licensing body's BIN). */
    private byte[] officerSignature(byte[] content) {
        return sign(pki.resolve("provider").resolve("head-signer.p12"), "head", content);
    }

    private static byte[] sign(Path keyFile, String alias, byte[] content) {
        try {
            SigningKey key = SigningKey.fromPkcs12(keyFile, PortalClient.PASSWORD.toCharArray(), alias);
            return new CmsSigner().signDetached(content, key);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot sign with " + keyFile, e);
        }
    }
}
