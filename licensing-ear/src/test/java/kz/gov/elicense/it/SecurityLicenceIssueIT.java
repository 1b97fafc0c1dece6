package kz.gov.elicense.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole issue of a security activity licence through the public API only, as the portal and the officers
 * would drive it: submission with the applicant's EDS, the five steps of §4.1 with the registry checks
 * answered over JMS, and the head's signature ending in a licence in the register.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityLicenceIssueIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final PortalClient portal = PortalClient.forTestServer();

    @Test
    void aCleanApplicantGetsASignedLicenceEnteredInTheRegister() {
        PortalClient.Response submitted = portal.form("150440001011").submit().expect(201);
        String number = submitted.json().getString("number");
        assertTrue(number.matches("SEC-\\d{4}-\\d{6}"), number);
        assertTrue(submitted.location().endsWith("/api/v1/applications/" + number), submitted.location());
        assertEquals("REGISTERED", submitted.json().getString("status"));

        JsonObject registered = portal.read(number, "150440001011").expect(200).json();
        assertEquals("ASSIGN_EXECUTOR", registered.getString("currentStep"));
        assertEquals(3, registered.getJsonArray("documents").size());

        JsonObject inWork = portal.assign(number, "executor").expect(200).json();
        assertEquals("IN_WORK", inWork.getString("status"));
        assertEquals("COMPLETENESS_CHECK", inWork.getString("currentStep"));

        portal.completeness(number, true, null).expect(200);
        JsonObject checked = portal.awaitApplication(number, PortalClient.atStep("REPORT_AND_RESULT"),
                Duration.ofSeconds(60));
        JsonArray checks = checked.getJsonArray("checks");
        List<String> kinds = checks.getValuesAs(JsonObject.class).stream().map(c -> c.getString("check")).toList();
        assertTrue(kinds.containsAll(List.of("LEGAL_ENTITY", "FEE_PAYMENT", "SPECIAL_ACCOUNTS", "INDIVIDUAL",
                "CRIMINAL_RECORD", "ADMINISTRATIVE_LIABILITY", "DISMISSED_PERSONS")), kinds.toString());
        assertTrue(checks.getValuesAs(JsonObject.class).stream()
                .allMatch(c -> List.of("FOUND", "CLEAR", "PAID").contains(c.getString("outcome"))), checks.toString());

        portal.draft(number, "LICENCE", "All registry answers are clear; the requirements are met.").expect(200);
        JsonObject signed = portal.sign(number).expect(200).json();
        String licenceNumber = signed.getString("licenceNumber");
        assertTrue(licenceNumber.matches("KZ\\d{2}SEC\\d{7}"), licenceNumber);

        JsonObject result = portal.read(number, "150440001011").expect(200).json();
        assertEquals("RESULT_ISSUED", result.getString("status"));
        assertEquals(licenceNumber, result.getJsonObject("result").getString("licenceNumber"));
        List<String> statuses = result.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .map(h -> h.getString("to")).toList();
        assertEquals(List.of("DELIVERED", "REGISTERED", "IN_WORK", "RESULT_ISSUED"), statuses);
        assertTrue(result.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .noneMatch(s -> PortalClient.isNull(s, "completedAt")), "every step is completed");

        JsonObject licence = portal.get("licences/" + licenceNumber, null).expect(200).json();
        assertEquals("150440001011", licence.getString("holderId"));
        assertEquals("ACTIVE", licence.getString("status"));
        assertEquals("SECURITY_ACTIVITY", licence.getString("activity"));
        assertEquals(number, licence.getString("applicationNumber"));
        assertTrue(licence.getBoolean("signatureValid"));
    }

    @Test
    void theSpecialAccountsAnswerThatComesLaterHoldsStepThreeUntilItArrives() {
        // the simulator answers for this BIN only after a delay (8 s in the tests, days in real life)
        String number = portal.form("200940006062").submitted();
        portal.assign(number, "executor").expect(200);
        JsonObject waiting = portal.completeness(number, true, null).expect(200).json();
        assertEquals("REGISTRY_CHECKS", waiting.getString("currentStep"));
        JsonObject awaiting = portal.awaitApplication(number, a -> a.getJsonArray("checks").getValuesAs(JsonObject.class)
                .stream().filter(c -> !"SPECIAL_ACCOUNTS".equals(c.getString("check")))
                .allMatch(c -> !PortalClient.isNull(c, "answeredAt")), Duration.ofSeconds(30));
        assertEquals("REGISTRY_CHECKS", awaiting.getString("currentStep"), "still waiting for the special accounts");
        assertTrue(awaiting.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> "SPECIAL_ACCOUNTS".equals(c.getString("check")) && PortalClient.isNull(c, "answeredAt")));

        JsonObject answered = portal.awaitApplication(number, PortalClient.atStep("REPORT_AND_RESULT"),
                Duration.ofSeconds(60));
        assertTrue(answered.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> "SPECIAL_ACCOUNTS".equals(c.getString("check")) && "CLEAR".equals(c.getString("outcome"))));
    }

    @Test
    void theApplicantSeesOnlyTheirOwnApplications() {
        String mine = portal.form("221140008086").submitted();
        List<String> listed = portal.get("applications", "221140008086").expect(200).jsonArray()
                .getValuesAs(JsonObject.class).stream().map(a -> a.getString("number")).toList();
        assertTrue(listed.contains(mine));
        assertTrue(portal.get("applications", "221140008086").jsonArray().getValuesAs(JsonObject.class).stream()
                .allMatch(a -> a.getString("applicantId").equals("221140008086")));

        PortalClient.Response foreign = portal.read(mine, "150440001011");
        assertEquals(404, foreign.status());
        assertEquals("not-found", foreign.problem());
        List<String> othersList = portal.get("applications", "150440001011").expect(200).jsonArray()
                .getValuesAs(JsonObject.class).stream().map(a -> a.getString("number")).toList();
        assertFalse(othersList.contains(mine));
    }

    @Test
    void officerActionsNeedTheStepsRoleAndSignIn() {
        String number = portal.form("140340009091").submitted();
        assertEquals(401, portal.post("applications/" + number + "/executor", null, "{\"executor\":\"executor\"}").status());
        PortalClient.Response byApplicant = portal.post("applications/" + number + "/executor", "140340009091",
                "{\"executor\":\"executor\"}");
        assertEquals(403, byApplicant.status());
        assertEquals("forbidden", byApplicant.problem());
        PortalClient.Response byExecutor = portal.post("applications/" + number + "/executor", "executor",
                "{\"executor\":\"executor\"}");
        assertEquals(403, byExecutor.status());
        PortalClient.Response wrongStep = portal.sign(number);
        assertEquals(409, wrongStep.status());
        assertEquals("wrong-step", wrongStep.problem());
        assertEquals("ASSIGN_EXECUTOR", portal.read(number, "head").json().getString("currentStep"));
    }

    @Test
    void invalidInputIsAProblemAndChangesNothing() {
        int before = portal.get("applications", "150440001011").expect(200).jsonArray().size();
        PortalClient.Response notJson = portal.post("applications", "150440001011", "{not json");
        assertEquals(400, notJson.status());
        assertEquals("request-unreadable", notJson.problem());
        PortalClient.Response empty = portal.post("applications", "150440001011", "{}");
        assertEquals(400, empty.status());
        assertEquals("request-invalid", empty.problem());
        PortalClient.Response badBase64 = portal.post("applications", "150440001011",
                "{\"form\":\"***\",\"signature\":\"AA==\",\"documents\":[]}");
        assertEquals(400, badBase64.status());
        assertEquals("base64-invalid", badBase64.problem());
        assertEquals(before, portal.get("applications", "150440001011").jsonArray().size());
        assertNotNull(portal.get("licences/KZ00XXX0000000", null).problem());
    }
}
