package kz.gov.elicense.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every way the security licence is refused: the EDS not confirmed at submission (§2 process 7: nothing is
 * stored), incomplete or expired documents (a motivated refusal of further consideration), and the registries'
 * adverse answers (unpaid fee, criminal record, dismissed person), each ending in a signed motivated refusal.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityLicenceRefusalIT {

    private static final String BIN = "150440001011";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final PortalClient portal = PortalClient.forTestServer();

    // --- the EDS is not confirmed: refused with its precise reason, nothing stored

    @Test
    void aTamperedPayloadIsRefused() {
        assertRefusedAtSubmission(portal.post("applications", BIN, portal.form(BIN).request(true, null)),
                422, "signature-invalid");
    }

    @Test
    void aSignatureThatIsNotCmsIsRefused() {
        assertRefusedAtSubmission(portal.post("applications", BIN,
                portal.form(BIN).request(false, "not a CMS signature".getBytes())), 422, "signature-malformed");
    }

    @Test
    void aSignatureOverOtherBytesIsRefused() {
        PortalClient.Form form = portal.form(BIN);
        byte[] otherSignature = form.sign("{\"something\":\"else\"}".getBytes());
        assertRefusedAtSubmission(portal.post("applications", BIN, form.request(false, otherSignature)),
                422, "signature-invalid");
    }

    @Test
    void aCertificateOfAnotherOrganisationIsRefused() {
        assertRefusedAtSubmission(portal.post("applications", BIN,
                portal.form(BIN).signedWith("221140008086").request(false, null)), 422, "signer-identity-mismatch");
    }

    @Test
    void anExpiredCertificateIsRefused() {
        assertRefusedAtSubmission(portal.post("applications", BIN,
                portal.form(BIN).signedWith("expired-" + BIN).request(false, null)), 422, "certificate-expired");
    }

    @Test
    void aCertificateOfAnUnknownAuthorityIsRefused() {
        assertRefusedAtSubmission(portal.post("applications", BIN,
                portal.form(BIN).signedWith("untrusted-" + BIN).request(false, null)), 422, "certificate-untrusted");
    }

    @Test
    void aCertificateWithoutSigningKeyUsageIsRefused() {
        assertRefusedAtSubmission(portal.post("applications", BIN,
                portal.form(BIN).signedWith("nokeyusage-" + BIN).request(false, null)), 422, "certificate-key-usage");
    }

    @Test
    void applyingForAnotherBinThanSignedInIsRefused() {
        assertRefusedAtSubmission(portal.post("applications", "221140008086", portal.form(BIN).request(false, null)),
                403, "forbidden");
    }

    @Test
    void aBinWithABadCheckDigitIsRefused() {
        assertRefusedAtSubmission(portal.post("applications", BIN,
                portal.form("150440001012").head("800101300125").signedWith(BIN).request(false, null)), 400, "identifier-invalid");
    }

    private void assertRefusedAtSubmission(PortalClient.Response response, int status, String problem) {
        int before = portal.get("applications", BIN).expect(200).jsonArray().size();
        assertEquals(status, response.status(), response.body());
        assertEquals(problem, response.problem());
        assertTrue(response.json().getString("detail").length() > 10, "says precisely why: " + response.body());
        assertEquals(before, portal.get("applications", BIN).expect(200).jsonArray().size(), "nothing stored");
    }

    // --- incomplete or expired documents: motivated refusal of further consideration

    @Test
    void incompleteDocumentsEndInASignedMotivatedRefusal() {
        String number = portal.form("221140008086").without("PREMISES_TITLE").submitted();
        portal.assign(number, "executor").expect(200);
        JsonObject findings = portal.get("applications/" + number + "/completeness", "executor").expect(200).json();
        assertEquals(1, findings.getJsonArray("missing").size());

        PortalClient.Response claimedComplete = portal.completeness(number, true, null);
        assertEquals(409, claimedComplete.status());
        assertEquals("checklist-not-satisfied", claimedComplete.problem());

        JsonObject refused = portal.completeness(number, false, null).expect(200).json();
        assertEquals("HEAD_SIGNATURE", refused.getString("currentStep"));
        assertTrue(refused.getJsonObject("result").getString("refusalReason").contains("premises"));
        assertSignedRefusal(number, "premises");
    }

    @Test
    void anExpiredDocumentEndsInAMotivatedRefusal() {
        String number = portal.form("221140008086")
                .document("HEAD_SPECIAL_TRAINING", "training.pdf", LocalDate.now().minusDays(10)).submitted();
        portal.assign(number, "executor").expect(200);
        assertEquals(409, portal.completeness(number, true, null).status());
        portal.completeness(number, false, null).expect(200);
        assertSignedRefusal(number, "no longer valid");
    }

    // --- adverse registry answers

    @Test
    void anUnpaidFeeEndsInAMotivatedRefusal() {
        refusedOnRegistryAnswer("170640003039", "FEE_PAYMENT", "UNPAID");
    }

    @Test
    void aCriminalRecordOfTheHeadEndsInAMotivatedRefusal() {
        refusedOnRegistryAnswer("160540002025", "CRIMINAL_RECORD", "HIT");
    }

    @Test
    void aDismissedPersonEndsInAMotivatedRefusal() {
        refusedOnRegistryAnswer("190840005056", "DISMISSED_PERSONS", "HIT");
    }

    @Test
    void anUnknownLegalEntityEndsInAMotivatedRefusal() {
        refusedOnRegistryAnswer("180740004042", "LEGAL_ENTITY", "NOT_FOUND");
    }

    @Test
    void declaringSomeoneElseAsTheHeadEndsInAMotivatedRefusal() {
        // signed by the organisation's real head, but a person with a clean record is declared as its head
        String number = portal.form("221140008086").head("800101300125").submitted();
        portal.assign(number, "executor").expect(200);
        portal.completeness(number, true, null).expect(200);
        portal.awaitApplication(number, PortalClient.atStep("REPORT_AND_RESULT"), Duration.ofSeconds(60));
        PortalClient.Response licence = portal.draft(number, "LICENCE", "Proposing a licence");
        assertEquals(409, licence.status());
        assertEquals("adverse-registry-answer", licence.problem());
        assertTrue(licence.json().getString("detail").contains("legal entities database names IIN"), licence.body());
        portal.draft(number, "MOTIVATED_REFUSAL", "The declared head is not the registered one").expect(200);
        assertSignedRefusal(number, "800101300125");
    }

    private void refusedOnRegistryAnswer(String bin, String check, String outcome) {
        String number = portal.toReportStep(bin);
        JsonObject application = portal.read(number, "executor").json();
        assertTrue(application.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> check.equals(c.getString("check")) && outcome.equals(c.getString("outcome"))),
                application.getJsonArray("checks").toString());

        PortalClient.Response licence = portal.draft(number, "LICENCE", "Proposing a licence");
        assertEquals(409, licence.status());
        assertEquals("adverse-registry-answer", licence.problem());

        portal.draft(number, "MOTIVATED_REFUSAL", "The registries' answers stand in the way").expect(200);
        assertSignedRefusal(number, outcome);
    }

    private void assertSignedRefusal(String number, String reasonContains) {
        JsonObject signed = portal.sign(number).expect(200).json();
        assertEquals("MOTIVATED_REFUSAL", signed.getString("result"));
        JsonObject application = portal.awaitApplication(number, a -> "REFUSED".equals(a.getString("status")),
                Duration.ofSeconds(5));
        JsonObject result = application.getJsonObject("result");
        assertTrue(result.getString("refusalReason").contains(reasonContains), result.toString());
        assertTrue(PortalClient.isNull(result, "licenceNumber"));
        assertTrue(result.getString("signedBy").length() > 3);
    }
}
