package kz.gov.elicense.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import kz.gov.elicense.signature.control.CmsSigner;
import kz.gov.elicense.signature.control.SigningKey;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The counter flow of the forensic expert licence (§3, seed 004 diagram 2) through the public API, in WildFly with the
 * registries answering over JMS: the officer's lookup asks the individuals database and the special accounts'
 * criminal records, the officer certifies the entered form with an EDS, and the application runs to a signed licence
 * handed over by the office, or, for an expert with a criminal record, to the expert's refusal conclusion.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ForensicExpertCounterIT {

    private static final String ISSUE = "FORENSIC_EXPERT_ISSUE";
    /** Clean in the demo registries; the individuals database has them as Иванов Сергей Петрович. */
    private static final String CLEAN_EXPERT = "691115302343";
    /** Has an unexpunged conviction in the demo special accounts. */
    private static final String CONVICTED = "750502401237";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final PortalClient portal = PortalClient.forTestServer();
    private final Path pki = Path.of(System.getProperty("licensing.pki.dir"));

    @Test
    void anExpertTakenInAtTheCounterWithTheOfficersCertificationEndsWithASignedLicenceHandedOver() {
        JsonObject lookup = awaitLookup(lookUp(ISSUE, CLEAN_EXPERT));
        assertEquals("FOUND", lookup.getString("state"), lookup.toString());
        Map<String, JsonObject> answers = answers(lookup);
        assertEquals(Set.of("INDIVIDUAL", "CRIMINAL_RECORD"), answers.keySet(),
                "seed 004: the individuals database and the criminal records are asked");
        assertEquals("FOUND", answers.get("INDIVIDUAL").getString("outcome"));
        assertEquals("Иванов Сергей Петрович", answers.get("INDIVIDUAL").getJsonObject("data").getString("fullName"));
        assertEquals("CLEAR", answers.get("CRIMINAL_RECORD").getString("outcome"));

        ForensicExpertForm form = portal.forensicForm(CLEAN_EXPERT);
        byte[] formBytes = form.formBytes();
        int before = applicationsOf(CLEAN_EXPERT);
        PortalClient.Response uncertified = takeIn(lookup, form, formBytes, null);
        assertEquals(400, uncertified.status(), uncertified.body());
        assertEquals("officer-signature-required", uncertified.problem());
        assertEquals(before, applicationsOf(CLEAN_EXPERT), "nothing is kept without the officer's EDS");

        PortalClient.Response taken = takeIn(lookup, form, formBytes, officerSignature(formBytes)).expect(201);
        String number = taken.json().getString("number");
        assertTrue(number.matches("FEX-\\d{4}-\\d{6}"), number);
        assertEquals("REGISTERED", taken.json().getString("status"));
        JsonObject application = portal.read(number, "clerk").expect(200).json();
        assertEquals("COUNTER", application.getString("channel"));
        assertEquals("VALID", application.getString("signatureStatus"));
        assertTrue(application.getString("signatureNote").startsWith("Form certified at the counter"),
                application.getString("signatureNote"));
        assertEquals("RECEIPT", application.getString("currentStep"));

        toReview(number);
        portal.draft(number, "LICENCE", "Принято у окна; ГБД ФЛ и спецучёты чисты.").expect(200);
        String licenceNumber = portal.sign(number).expect(200).json().getString("licenceNumber");
        assertTrue(licenceNumber.matches("KZ\\d{2}FEX\\d{7}"), licenceNumber);

        assertEquals("DISPATCH", portal.read(number, "clerk").expect(200).json().getString("currentStep"),
                "a counter application's licence waits for the office to hand it over");
        JsonObject outgoing = portal.post("applications/" + number + "/dispatch", "clerk",
                "{\"method\":\"IN_PERSON\"}").expect(200).json();
        assertEquals("IN_PERSON", outgoing.getString("dispatchMethod"));
        JsonObject issued = portal.read(number, CLEAN_EXPERT).expect(200).json();
        assertEquals("RESULT_ISSUED", issued.getString("status"), "the expert sees it in the personal cabinet");
        assertEquals(licenceNumber, issued.getJsonObject("result").getString("licenceNumber"));

        JsonObject licence = portal.get("licences/" + licenceNumber, null).expect(200).json();
        assertEquals(CLEAN_EXPERT, licence.getString("holderId"));
        assertEquals("FORENSIC_EXPERT", licence.getString("activity"));
        assertEquals("ACTIVE", licence.getString("status"));
        assertEquals(number, licence.getString("applicationNumber"));
        assertTrue(licence.getBoolean("signatureValid"));
    }

    @Test
    void aLookupFindsTheCriminalRecordAndTheExpertRefusesTheLicence() {
        JsonObject lookup = awaitLookup(lookUp(ISSUE, CONVICTED));
        assertEquals("FOUND", lookup.getString("state"), "the data is there, a conviction among it: " + lookup);
        JsonObject record = answers(lookup).get("CRIMINAL_RECORD");
        assertEquals("HIT", record.getString("outcome"), lookup.toString());
        assertEquals("UNEXPUNGED_CONVICTION", record.getJsonObject("data").getString("kind"));
        assertTrue(record.getJsonObject("data").getString("article").contains("Article 188"), record.toString());
        assertEquals("FOUND", answers(lookup).get("INDIVIDUAL").getString("outcome"));

        ForensicExpertForm form = portal.forensicForm(CONVICTED);
        byte[] formBytes = form.formBytes();
        String number = takeIn(lookup, form, formBytes, officerSignature(formBytes)).expect(201).json()
                .getString("number");
        toReview(number);

        PortalClient.Response licence = portal.draft(number, "LICENCE", "Пытаюсь выдать");
        assertEquals(409, licence.status(), licence.body());
        assertEquals("adverse-registry-answer", licence.problem());
        assertTrue(licence.json().getString("detail").contains("criminal record of the expert " + CONVICTED + ": HIT"),
                licence.body());

        portal.draft(number, "MOTIVATED_REFUSAL", "Непогашенная судимость.").expect(200);
        assertEquals("MOTIVATED_REFUSAL", portal.sign(number).expect(200).json().getString("result"));
        portal.post("applications/" + number + "/dispatch", "clerk",
                "{\"method\":\"POST\",\"address\":\"Астана, Мәңгілік Ел, 8, пәтер 12\"}").expect(200);
        JsonObject refused = portal.read(number, CONVICTED).expect(200).json();
        assertEquals("REFUSED", refused.getString("status"));
        assertTrue(refused.getJsonObject("result").getString("refusalReason").contains("criminal record"),
                refused.getJsonObject("result").toString());
    }

    @Test
    void theReissueAndTheDuplicateAtTheCounterAskTheCriminalRecordTooAndAreForIndividualsOnly() {
        for (String procedure : new String[] {"FORENSIC_EXPERT_REISSUE", "FORENSIC_EXPERT_DUPLICATE"}) {
            JsonObject lookup = awaitLookup(lookUp(procedure, CLEAN_EXPERT));
            assertEquals("FOUND", lookup.getString("state"), lookup.toString());
            assertEquals(Set.of("INDIVIDUAL", "CRIMINAL_RECORD"), answers(lookup).keySet(), procedure);
        }
        PortalClient.Response byBin = portal.post("counter/lookups", "clerk", Json.createObjectBuilder()
                .add("procedure", ISSUE).add("applicantId", "150440001011").build().toString());
        assertEquals(400, byBin.status(), byBin.body());
        assertEquals("applicant-kind", byBin.problem());
    }

    /** The office registers, the department head instructs the expert, complete, the registries answered. */
    private void toReview(String number) {
        portal.receive(number).expect(200);
        portal.assign(number, "executor", "unithead", "Рассмотреть").expect(200);
        portal.completeness(number, true, null).expect(200);
        portal.awaitApplication(number, PortalClient.atStep("REPORT_AND_RESULT"), Duration.ofSeconds(60));
    }

    // --- the counter's requests

    private long lookUp(String procedure, String applicantId) {
        PortalClient.Response created = portal.post("counter/lookups", "clerk", Json.createObjectBuilder()
                .add("procedure", procedure).add("applicantId", applicantId).build().toString()).expect(201);
        return created.json().getJsonNumber("id").longValue();
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

    private static Map<String, JsonObject> answers(JsonObject lookup) {
        return lookup.getJsonArray("answers").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(a -> a.getString("check"), Function.identity()));
    }

    /** Enters the expert's form on the lookup, every document presented on paper and scanned by the clerk. */
    private PortalClient.Response takeIn(JsonObject lookup, ForensicExpertForm form, byte[] formBytes,
                                         byte[] officerSignature) {
        JsonArrayBuilder documents = Json.createArrayBuilder();
        form.documents().forEach(d -> documents.add(Json.createObjectBuilder().add("kind", d.kind())
                .add("fileName", d.fileName()).add("mediaType", "application/pdf")
                .add("content", Base64.getEncoder().encodeToString(d.content())).add("presentedOnPaper", true)));
        JsonObjectBuilder body = Json.createObjectBuilder().add("lookupId", lookup.getJsonNumber("id").longValue())
                .add("form", Base64.getEncoder().encodeToString(formBytes)).add("paperDocuments", documents);
        if (officerSignature != null) {
            body.add("officerSignature", Base64.getEncoder().encodeToString(officerSignature));
        }
        return portal.post("counter/applications", "clerk", body.build().toString());
    }

    private int applicationsOf(String applicantId) {
        return (int) portal.get("applications?max=500", "clerk").expect(200).jsonArray().getValuesAs(JsonObject.class)
                .stream().filter(a -> applicantId.equals(a.getString("applicantId"))).count();
    }

    /** The provider officer's EDS of the demo PKI: a certificate of the licensing body's BIN. */
    private byte[] officerSignature(byte[] content) {
        try {
            SigningKey key = SigningKey.fromPkcs12(pki.resolve("provider").resolve("head-signer.p12"),
                    PortalClient.PASSWORD.toCharArray(), "head");
            return new CmsSigner().signDetached(content, key);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot sign with the provider officer's demo key", e);
        }
    }
}
