package kz.gov.elicense.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reissue and the duplicate of a forensic expert licence (§4.5, seed 004) through the public API, each on a
 * licence the test first has issued to the expert through the portal: the reissue for a change of name under the same
 * number with the name the individuals database has, a name it does not have standing in the way, the duplicate
 * signed and sent to the cabinet leaving the licence as it is, and only the expert's own licence, not terminated,
 * admitted.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ForensicExpertReissueIT {

    /** A clean expert; the individuals database has them as {@link #REGISTERED_NAME}. */
    private static final String EXPERT = "800101300125";
    private static final String REGISTERED_NAME = "Ахметов Нурлан Серикович";
    /** Another clean expert with a demo EDS and a portal account of their own. */
    private static final String OTHER_EXPERT = "850721403453";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final PortalClient portal = PortalClient.forTestServer();

    @Test
    void aChangeOfNameReissuesTheLicenceUnderItsNumberWithTheNameOfTheIndividualsDatabase() {
        String licence = issued(EXPERT);
        String issuedDocument = portal.get("licences/" + licence + "/document", null).expect(200).body();
        assertEquals("Эксперт " + EXPERT, portal.get("licences/" + licence, null).expect(200).json()
                .getString("holderName"));

        String number = ForensicLicenceChangeForm.reissue(portal, EXPERT, licence, "PERSONAL_NAME_CHANGE")
                .expertName(REGISTERED_NAME).field("newFullName", REGISTERED_NAME)
                .field("reasonDetail", "свидетельство о перемене имени № 0457").submitted();
        assertTrue(number.matches("FEXR-\\d{4}-\\d{6}"), number);
        JsonObject reviewed = toReview(number);
        assertEquals(Map.of("INDIVIDUAL", "FOUND", "CRIMINAL_RECORD", "CLEAR"), answers(reviewed),
                "the issue's questions: identity and criminal record");
        assertEquals("15 WD", limitOf(reviewed, "COMPLETENESS_CHECK"), "the expert's review of a reissue");
        assertEquals(deadlineOf(reviewed, "COMPLETENESS_CHECK"), deadlineOf(reviewed, "REPORT_AND_RESULT"),
                "the registry checks and the draft are within the review's 15 WD");

        portal.draft(number, "LICENCE", "Смена фамилии подтверждена; судимости нет.").expect(200);
        JsonObject signed = portal.sign(number).expect(200).json();
        assertEquals(licence, signed.getString("licenceNumber"), "reissued under the same number");

        JsonObject application = portal.read(number, EXPERT).expect(200).json();
        assertEquals("RESULT_ISSUED", application.getString("status"));
        assertEquals(licence, application.getJsonObject("result").getString("licenceNumber"));
        assertEquals("system", step(application, "DISPATCH").getString("completedBy"),
                "the reissued licence goes to the cabinet by itself");

        JsonObject entry = portal.get("licences/" + licence, null).expect(200).json();
        assertEquals(REGISTERED_NAME, entry.getString("holderName"), "the register has the expert's new name");
        assertEquals(EXPERT, entry.getString("holderId"));
        assertEquals("FORENSIC_EXPERT", entry.getString("activity"));
        assertEquals("ACTIVE", entry.getString("status"));
        assertTrue(entry.getBoolean("signatureValid"), "the public check verifies the reissued document");
        assertNotEquals(issuedDocument, portal.get("licences/" + licence + "/document", null).expect(200).body(),
                "the register hands out the reissued document");

        List<JsonObject> history = history(licence);
        assertEquals(List.of("ISSUE", "REISSUE"), history.stream().map(e -> e.getString("operation")).toList());
        String basis = history.get(1).getString("legalBasis");
        assertTrue(basis.contains("change of the individual's surname, name or patronymic")
                && basis.contains("свидетельство о перемене имени № 0457")
                && basis.contains("holder was «Эксперт " + EXPERT + "»"), basis);
    }

    @Test
    void aNewNameTheIndividualsDatabaseDoesNotHaveEndsInTheRefusalConclusion() {
        String licence = issued(EXPERT);
        String number = ForensicLicenceChangeForm.reissue(portal, EXPERT, licence, "PERSONAL_NAME_CHANGE")
                .field("newFullName", "Ахметов Нурлан Серикұлы").submitted();
        toReview(number);

        PortalClient.Response proposed = portal.draft(number, "LICENCE", "Пытаюсь переоформить");
        assertEquals(409, proposed.status(), proposed.body());
        assertEquals("adverse-registry-answer", proposed.problem());
        String detail = proposed.json().getString("detail");
        assertTrue(detail.contains(REGISTERED_NAME) && detail.contains("Серикұлы"), detail);

        portal.draft(number, "MOTIVATED_REFUSAL", "Новая фамилия не подтверждена ГБД ФЛ").expect(200);
        assertEquals("MOTIVATED_REFUSAL", portal.sign(number).expect(200).json().getString("result"));
        JsonObject refused = portal.read(number, EXPERT).expect(200).json();
        assertEquals("REFUSED", refused.getString("status"));
        assertTrue(refused.getJsonObject("result").getString("refusalReason").contains("new name of the expert"),
                refused.getJsonObject("result").toString());
        assertEquals(List.of("ISSUE"), history(licence).stream().map(e -> e.getString("operation")).toList(),
                "a refused reissue leaves the register as it was");
        assertEquals("Эксперт " + EXPERT, portal.get("licences/" + licence, null).json().getString("holderName"));
    }

    @Test
    void aDuplicateIsSignedSentToTheCabinetAndLeavesTheLicenceAsItIs() {
        String licence = issued(EXPERT);
        String document = portal.get("licences/" + licence + "/document", null).expect(200).body();

        String number = ForensicLicenceChangeForm.duplicate(portal, EXPERT, licence, "LOST")
                .field("reasonDetail", "утерян при переезде").submitted();
        assertTrue(number.matches("FEXD-\\d{4}-\\d{6}"), number);
        JsonObject reviewed = toReview(number);
        assertEquals("2 WD", limitOf(reviewed, "COMPLETENESS_CHECK"), "the expert's review of a duplicate");
        assertEquals("2 WD", limitOf(reviewed, "REPORT_AND_RESULT"));
        assertEquals(Map.of("INDIVIDUAL", "FOUND", "CRIMINAL_RECORD", "CLEAR"), answers(reviewed));
        PortalClient.Response licenceProposed = portal.draft(number, "LICENCE", "Wrong result");
        assertEquals(400, licenceProposed.status(), "a duplicate service ends in a duplicate, not a licence");

        portal.draft(number, "DUPLICATE", "Лицензия действует; утеря заявлена.").expect(200);
        assertEquals(licence, portal.sign(number).expect(200).json().getString("licenceNumber"));

        JsonObject application = portal.read(number, EXPERT).expect(200).json();
        assertEquals("RESULT_ISSUED", application.getString("status"));
        JsonObject result = application.getJsonObject("result");
        assertEquals("DUPLICATE", result.getString("kind"));
        assertEquals(licence, result.getString("licenceNumber"));
        assertNotNull(result.getString("signedAt", null), "the duplicate is signed: " + result);
        assertFalse(result.getString("signedBy", "").isBlank(), "the signer is named: " + result);
        assertTrue(step(application, "HEAD_SIGNATURE").getString("outcome").contains("the licence document was lost"),
                step(application, "HEAD_SIGNATURE").toString());
        JsonObject dispatch = step(application, "DISPATCH");
        assertEquals("system", dispatch.getString("completedBy"), "the duplicate goes to the cabinet by itself");
        assertTrue(dispatch.getString("outcome").contains("portal"), dispatch.toString());
        assertTrue(portal.get("notifications", EXPERT).expect(200).jsonArray().getValuesAs(JsonObject.class).stream()
                        .anyMatch(n -> number.equals(n.getString("applicationNumber", null))
                                && n.getString("message").contains("duplicate issued")),
                "the expert is told in the cabinet");

        assertEquals(List.of("ISSUE", "DUPLICATE"), history(licence).stream().map(e -> e.getString("operation"))
                .toList());
        JsonObject entry = portal.get("licences/" + licence, null).expect(200).json();
        assertEquals("Эксперт " + EXPERT, entry.getString("holderName"));
        assertEquals("ACTIVE", entry.getString("status"));
        assertEquals(document, portal.get("licences/" + licence + "/document", null).expect(200).body(),
                "the licence document itself is unchanged");
    }

    @Test
    void onlyTheExpertsOwnLicenceNotTerminatedIsAdmittedAndARefusalStoresNothing() {
        String licence = issued(EXPERT);
        int othersBefore = portal.get("applications", OTHER_EXPERT).expect(200).jsonArray().size();
        int expertsBefore = portal.get("applications", EXPERT).expect(200).jsonArray().size();

        assertRefused(ForensicLicenceChangeForm.reissue(portal, OTHER_EXPERT, licence, "PERSONAL_NAME_CHANGE")
                .field("newFullName", "Касымов Тимур Болатович").submit(), 409, "licence-not-held");
        assertRefused(ForensicLicenceChangeForm.duplicate(portal, OTHER_EXPERT, licence, "DAMAGED").submit(),
                409, "licence-not-held");
        assertRefused(ForensicLicenceChangeForm.duplicate(portal, EXPERT, "KZ26FEX9999999", "LOST").submit(),
                409, "licence-unknown");
        assertRefused(ForensicLicenceChangeForm.reissue(portal, EXPERT, licence, "PERSONAL_NAME_CHANGE").submit(),
                400, "reissue-change-missing");
        assertRefused(ForensicLicenceChangeForm.reissue(portal, EXPERT, licence, "NAME_CHANGE")
                .field("newFullName", REGISTERED_NAME).submit(), 400, "form-invalid");
        assertEquals(othersBefore, portal.get("applications", OTHER_EXPERT).expect(200).jsonArray().size(),
                "nothing stored");
        assertEquals(expertsBefore, portal.get("applications", EXPERT).expect(200).jsonArray().size(),
                "nothing stored");

        portal.post("licences/" + licence + "/termination", "head",
                "{\"legalBasis\":\"Заявление лицензиата\",\"effectiveDate\":\"2026-12-01\"}").expect(200);
        assertRefused(ForensicLicenceChangeForm.reissue(portal, EXPERT, licence, "PERSONAL_NAME_CHANGE")
                .field("newFullName", REGISTERED_NAME).submit(), 409, "licence-terminated");
        assertRefused(ForensicLicenceChangeForm.duplicate(portal, EXPERT, licence, "LOST").submit(),
                409, "licence-terminated");
    }

    // --- shared paths

    /** Issues a forensic expert licence to the expert through the whole issue procedure; returns its number. */
    private String issued(String iin) {
        String number = portal.forensicForm(iin).submitted();
        toReview(number);
        portal.draft(number, "LICENCE", "Требования выполнены; судимости нет.").expect(200);
        return portal.sign(number).expect(200).json().getString("licenceNumber");
    }

    /** Registered by the office, assigned by the department head, complete, registries answered. */
    private JsonObject toReview(String number) {
        portal.receive(number).expect(200);
        portal.assign(number, "executor", "unithead", "Рассмотреть").expect(200);
        portal.completeness(number, true, null).expect(200);
        return portal.awaitApplication(number, PortalClient.atStep("REPORT_AND_RESULT"), Duration.ofSeconds(60));
    }

    private List<JsonObject> history(String licence) {
        return portal.get("licences/" + licence + "/history", null).expect(200).jsonArray()
                .getValuesAs(JsonObject.class);
    }

    private static Map<String, String> answers(JsonObject application) {
        return application.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getString("check"), c -> c.getString("outcome")));
    }

    private static JsonObject step(JsonObject application, String code) {
        return application.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .filter(s -> code.equals(s.getString("code"))).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no step " + code + " in " + application));
    }

    private static String limitOf(JsonObject application, String code) {
        return step(application, code).getString("limit");
    }

    private static String deadlineOf(JsonObject application, String code) {
        return step(application, code).getString("deadline");
    }

    private static void assertRefused(PortalClient.Response response, int status, String problem) {
        assertEquals(status, response.status(), response.body());
        assertEquals(problem, response.problem());
    }
}
