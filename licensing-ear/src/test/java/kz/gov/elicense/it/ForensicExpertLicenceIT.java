package kz.gov.elicense.it;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import kz.gov.elicense.journal.boundary.JournalLine;
import kz.gov.elicense.journal.boundary.Journals;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The forensic expert licence of the Ministry of Justice (§4.5, seed 004) through the portal API, as an individual
 * expert and the Committee's officers drive it: the office's registration with the stamp, the department head's
 * instruction, the expert's review with the individuals database and the criminal record, the chairman's
 * signature, and the result in the personal cabinet recorded in the outgoing journal. Runs in the server only to
 * read the office journals; everything else goes over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
class ForensicExpertLicenceIT {

    private static final String CLEAN_EXPERT = "800101300125";
    private static final String CONVICTED = "750502401237";
    private static final String UNKNOWN_TO_THE_INDIVIDUALS_DATABASE = "880624407890";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    Journals journals;

    @Test
    void aCleanExpertGetsASignedLicenceInTheRegisterAndInTheCabinet() {
        PortalClient portal = PortalClient.forTestServer();
        PortalClient.Response submitted = portal.forensicForm(CLEAN_EXPERT).submit().expect(201);
        String number = submitted.json().getString("number");
        assertTrue(number.matches("FEX-\\d{4}-\\d{6}"), number);
        assertEquals("RECEIPT", portal.read(number, CLEAN_EXPERT).expect(200).json().getString("currentStep"));

        JsonObject incoming = portal.receive(number).expect(200).json();
        assertEquals("INCOMING", incoming.getString("journal"));
        assertEquals(number, incoming.getString("applicationNumber"));
        assertTrue(incoming.getString("stamp").startsWith("MJ · Кіріс № " + incoming.getString("number")),
                incoming.getString("stamp"));

        JsonObject inWork = portal.assign(number, "executor", "unithead",
                "Проверить стаж по специальности диплома").expect(200).json();
        assertEquals("IN_WORK", inWork.getString("status"));
        assertEquals("COMPLETENESS_CHECK", inWork.getString("currentStep"));
        assertTrue(step(inWork, "ASSIGN_EXECUTOR").getString("outcome").contains("Проверить стаж"));

        portal.completeness(number, true, null).expect(200);
        JsonObject reviewed = portal.awaitApplication(number, PortalClient.atStep("REPORT_AND_RESULT"),
                Duration.ofSeconds(60));
        Map<String, String> answers = reviewed.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getString("check"), c -> c.getString("outcome")));
        assertEquals(Map.of("INDIVIDUAL", "FOUND", "CRIMINAL_RECORD", "CLEAR"), answers);
        String reviewDeadline = step(reviewed, "COMPLETENESS_CHECK").getString("deadline");
        assertEquals(reviewDeadline, step(reviewed, "REGISTRY_CHECKS").getString("deadline"),
                "the registry checks are part of the expert's 15-day review");
        assertEquals(reviewDeadline, step(reviewed, "REPORT_AND_RESULT").getString("deadline"));

        portal.draft(number, "LICENCE", "Требования выполнены; судимости нет.").expect(200);
        String licenceNumber = portal.sign(number).expect(200).json().getString("licenceNumber");
        assertTrue(licenceNumber.matches("KZ\\d{2}FEX\\d{7}"), licenceNumber);

        JsonObject issued = portal.read(number, CLEAN_EXPERT).expect(200).json();
        assertEquals("RESULT_ISSUED", issued.getString("status"));
        assertEquals(licenceNumber, issued.getJsonObject("result").getString("licenceNumber"));
        JsonObject dispatch = step(issued, "DISPATCH");
        assertEquals("system", dispatch.getString("completedBy"), "a portal result goes to the cabinet by itself");
        assertTrue(issued.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .noneMatch(s -> PortalClient.isNull(s, "completedAt")), "every step is completed");

        Map<String, JournalLine> lines = journals.ofApplication(number).stream()
                .collect(Collectors.toMap(JournalLine::journal, Function.identity()));
        assertEquals(incoming.getString("number"), lines.get("INCOMING").number());
        JournalLine outgoing = lines.get("OUTGOING");
        assertNotNull(outgoing, "the result is recorded in the outgoing journal");
        assertEquals("PORTAL", outgoing.dispatchMethod());
        assertEquals("system", outgoing.recordedBy());
        assertTrue(dispatch.getString("outcome").contains("Outgoing No. " + outgoing.number()));

        JsonObject licence = portal.get("licences/" + licenceNumber, null).expect(200).json();
        assertEquals(CLEAN_EXPERT, licence.getString("holderId"));
        assertEquals("FORENSIC_EXPERT", licence.getString("activity"));
        assertEquals("ACTIVE", licence.getString("status"));
        assertEquals(number, licence.getString("applicationNumber"));
        assertTrue(licence.getBoolean("signatureValid"));
    }

    @Test
    void aCriminalRecordEndsInTheSignedRefusalConclusion() {
        PortalClient portal = PortalClient.forTestServer();
        String number = toReview(portal, portal.forensicForm(CONVICTED));

        PortalClient.Response licence = portal.draft(number, "LICENCE", "Пытаюсь выдать");
        assertEquals(409, licence.status());
        assertEquals("adverse-registry-answer", licence.problem());

        JsonObject refused = refuse(portal, number);
        String reason = refused.getJsonObject("result").getString("refusalReason");
        assertTrue(reason.contains("criminal record of the expert " + CONVICTED + ": HIT"), reason);
    }

    @Test
    void fewerThanFiveYearsOfExpertWorkEndInTheRefusalConclusion() {
        PortalClient portal = PortalClient.forTestServer();
        String number = toReview(portal, portal.forensicForm(CLEAN_EXPERT).experienceYears(3));
        assertEquals(Map.of("INDIVIDUAL", "FOUND", "CRIMINAL_RECORD", "CLEAR"),
                portal.read(number, "executor").json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                        .collect(Collectors.toMap(c -> c.getString("check"), c -> c.getString("outcome"))),
                "the registries find nothing");

        PortalClient.Response licence = portal.draft(number, "LICENCE", "Пытаюсь выдать");
        assertEquals(409, licence.status());
        assertTrue(licence.json().getString("detail").contains("3 full years, at least 5"), licence.body());

        JsonObject refused = refuse(portal, number);
        assertTrue(refused.getJsonObject("result").getString("refusalReason").contains("at least 5"));
    }

    @Test
    void anUnknownIdentityAndAnUnpaidFeeBothStandInTheWay() {
        PortalClient portal = PortalClient.forTestServer();
        // no forensic licence fee of this person is in the payment gateway
        String number = toReview(portal, portal.forensicForm(UNKNOWN_TO_THE_INDIVIDUALS_DATABASE).feePaidThroughGateway());
        PortalClient.Response licence = portal.draft(number, "LICENCE", "Пытаюсь выдать");
        assertEquals(409, licence.status());
        String detail = licence.json().getString("detail");
        assertTrue(detail.contains("NOT_FOUND") && detail.contains("UNPAID"), detail);
        refuse(portal, number);
    }

    @Test
    void incompleteDocumentsEndInTheRefusalConclusionWithoutAskingTheRegistries() {
        PortalClient portal = PortalClient.forTestServer();
        String number = portal.forensicForm(CLEAN_EXPERT).without("EMPLOYMENT_RECORD").without("INTERNSHIP_CONCLUSION")
                .submitted();
        portal.receive(number).expect(200);
        portal.assign(number, "executor", "unithead", "Рассмотреть").expect(200);

        PortalClient.Response complete = portal.completeness(number, true, null);
        assertEquals(409, complete.status());
        assertEquals("checklist-not-satisfied", complete.problem());
        String detail = complete.json().getString("detail");
        assertTrue(detail.contains("employment record") && detail.contains("internship"), detail);

        JsonObject incomplete = portal.completeness(number, false, null).expect(200).json();
        assertEquals("HEAD_SIGNATURE", incomplete.getString("currentStep"));
        assertEquals("MOTIVATED_REFUSAL", incomplete.getJsonObject("result").getString("kind"));
        assertEquals(0, incomplete.getJsonArray("checks").size());

        assertEquals("MOTIVATED_REFUSAL", portal.sign(number).expect(200).json().getString("result"));
        JsonObject refused = portal.read(number, CLEAN_EXPERT).expect(200).json();
        assertEquals("REFUSED", refused.getString("status"));
        assertTrue(refused.getJsonObject("result").getString("refusalReason").contains("employment record"));
        assertDispatchedToTheCabinet(number);
    }

    @Test
    void aLegalEntityCannotApplyForAnExpertsLicence() {
        PortalClient portal = PortalClient.forTestServer();
        PortalClient.Response byCompany = portal.forensicForm("150440001011").signedWith("applicants/150440001011")
                .submit();
        assertEquals(400, byCompany.status());
        assertEquals("applicant-kind", byCompany.problem());
    }

    @Test
    void theAssignmentIsTheDepartmentHeadsAndComesAfterTheOfficesRegistration() {
        PortalClient portal = PortalClient.forTestServer();
        String number = portal.forensicForm(CLEAN_EXPERT).submitted();

        PortalClient.Response beforeReceipt = portal.assign(number, "executor", "unithead", "Рассмотреть");
        assertEquals(409, beforeReceipt.status());
        assertEquals("wrong-step", beforeReceipt.problem());
        assertEquals(403, portal.post("applications/" + number + "/receipt", "executor", "").status());

        portal.receive(number).expect(200);
        PortalClient.Response byChairman = portal.assign(number, "executor", "head", "Рассмотреть");
        assertEquals(403, byChairman.status());
        assertEquals("forbidden", byChairman.problem());
        assertEquals("ASSIGN_EXECUTOR", portal.read(number, "unithead").json().getString("currentStep"));

        portal.assign(number, "executor", "unithead", "Рассмотреть").expect(200);
    }

    // --- shared paths

    /** Submitted, registered by the office, assigned by the department head, complete, registries answered. */
    private static String toReview(PortalClient portal, ForensicExpertForm form) {
        String number = form.submitted();
        portal.receive(number).expect(200);
        portal.assign(number, "executor", "unithead", "Рассмотреть").expect(200);
        portal.completeness(number, true, null).expect(200);
        portal.awaitApplication(number, PortalClient.atStep("REPORT_AND_RESULT"), Duration.ofSeconds(60));
        return number;
    }

    /** The expert drafts the refusal conclusion on the registries' grounds, the chairman signs, it is sent. */
    private JsonObject refuse(PortalClient portal, String number) {
        portal.draft(number, "MOTIVATED_REFUSAL", "Основания для отказа установлены.").expect(200);
        JsonObject signed = portal.sign(number).expect(200).json();
        assertEquals("MOTIVATED_REFUSAL", signed.getString("result"));
        JsonObject refused = portal.read(number, "executor").expect(200).json();
        assertEquals("REFUSED", refused.getString("status"));
        assertNotNull(refused.getJsonObject("result").getString("signedAt", null), "the conclusion is signed");
        assertDispatchedToTheCabinet(number);
        return refused;
    }

    private void assertDispatchedToTheCabinet(String number) {
        List<JournalLine> outgoing = journals.ofApplication(number).stream()
                .filter(l -> l.journal().equals("OUTGOING")).toList();
        assertEquals(1, outgoing.size(), "one outgoing entry: " + outgoing);
        assertEquals("PORTAL", outgoing.get(0).dispatchMethod());
        assertTrue(outgoing.get(0).subject().startsWith("Motivated refusal"), outgoing.get(0).subject());
    }

    private static JsonObject step(JsonObject application, String code) {
        return application.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .filter(s -> code.equals(s.getString("code"))).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no step " + code + " in " + application));
    }
}
