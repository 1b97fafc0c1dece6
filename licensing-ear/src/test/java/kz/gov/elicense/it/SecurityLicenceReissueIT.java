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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reissue and the duplicate of a security activity licence (§4.1) through the public API, each on a licence
 * the test first has issued: the reissue under the same number with the new name in the register and a new signed
 * document, a legal address the legal entities database does not confirm standing in its way, the duplicate
 * leaving the licence and its document as they are, and only the applicant's own licence, not terminated, admitted.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityLicenceReissueIT {

    /** The legal addresses the simulated legal entities database registers (simulators/legal-entities.json). */
    private static final String KALKAN = "150440001011";
    private static final String KALKAN_ADDRESS = "010000, г. Астана, район Есиль, пр. Мәңгілік Ел, д. 37, н.п. 12";
    private static final String ALATAU = "221140008086";
    private static final String ALATAU_ADDRESS = "050060, г. Алматы, Бостандыкский район, ул. Розыбакиева, д. 247, офис 12";
    private static final String SHEKARA = "140340009091";
    private static final String SHEKARA_ADDRESS = "010000, г. Астана, район Байқоңыр, ул. Иманова, д. 19, офис 807";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final PortalClient portal = PortalClient.forTestServer();

    @Test
    void aReissueForANewNameKeepsTheNumberAndTheBranchesAndGivesANewSignedDocument() {
        String licence = issued(portal.form(KALKAN)
                .site("BRANCH", "Алматинский филиал", "050000, г. Алматы, ул. Абая, д. 10")
                .site("OBJECT", "Пульт централизованной охраны", "010000, г. Астана, ул. Кенесары, д. 5"));
        JsonObject issuedEntry = portal.get("licences/" + licence, null).expect(200).json();
        assertEquals(List.of("BRANCH Алматинский филиал 050000, г. Алматы, ул. Абая, д. 10",
                        "OBJECT Пульт централизованной охраны 010000, г. Астана, ул. Кенесары, д. 5"),
                sites(issuedEntry), "the branches and objects declared at issue are in the register");
        String issuedDocument = portal.get("licences/" + licence + "/document", null).expect(200).body();

        String number = portal.reissueForm(KALKAN, licence, "NAME_CHANGE").legalAddress(KALKAN_ADDRESS)
                .field("newName", "ТОО «Қалқан Күзет Плюс»").field("reasonDetail", "решение участника № 3")
                .feeByReceipt().submitted();
        assertTrue(number.matches("SECR-\\d{4}-\\d{6}"), number);
        JsonObject checked = toReportStep(number);
        List<JsonObject> checks = checked.getJsonArray("checks").getValuesAs(JsonObject.class);
        List<String> kinds = checks.stream().map(c -> c.getString("check")).distinct().toList();
        assertTrue(kinds.containsAll(List.of("LEGAL_ENTITY", "INDIVIDUAL", "CRIMINAL_RECORD",
                "ADMINISTRATIVE_LIABILITY")), kinds.toString());
        assertFalse(kinds.contains("SPECIAL_ACCOUNTS"), "no request to the special accounts committee: " + kinds);
        assertFalse(kinds.contains("DISMISSED_PERSONS"), kinds.toString());
        assertFalse(kinds.contains("FEE_PAYMENT"), "the fee was shown by a receipt: " + kinds);
        assertTrue(checks.stream().anyMatch(c -> "LEGAL_ENTITY".equals(c.getString("check"))
                && c.getString("purpose").contains("legal address")), checks.toString());
        assertStepLimits(checked, "5 h", "2 h");

        portal.draft(number, "LICENCE", "The name change is confirmed; the registries' answers are clear.").expect(200);
        JsonObject signed = portal.sign(number).expect(200).json();
        assertEquals(licence, signed.getString("licenceNumber"), "reissued under the same number");

        JsonObject application = portal.read(number, KALKAN).expect(200).json();
        assertEquals("RESULT_ISSUED", application.getString("status"));
        assertEquals(licence, application.getJsonObject("result").getString("licenceNumber"));
        List<JsonObject> steps = application.getJsonArray("steps").getValuesAs(JsonObject.class);
        assertEquals(deadlineOf(steps, "REPORT_AND_RESULT"), deadlineOf(steps, "HEAD_SIGNATURE"),
                "report, result and signature share one 2-hour limit");

        JsonObject entry = portal.get("licences/" + licence, null).expect(200).json();
        assertEquals("ТОО «Қалқан Күзет Плюс»", entry.getString("holderName"));
        assertEquals(KALKAN, entry.getString("holderId"));
        assertEquals("ACTIVE", entry.getString("status"));
        assertTrue(entry.getBoolean("signatureValid"), "the public check verifies the reissued document");
        assertEquals(sites(issuedEntry), sites(entry), "a reissue that names no sites keeps them");
        assertNotEquals(issuedDocument, portal.get("licences/" + licence + "/document", null).expect(200).body(),
                "the register hands out the reissued document");

        List<JsonObject> history = portal.get("licences/" + licence + "/history", null).expect(200).jsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(List.of("ISSUE", "REISSUE"), history.stream().map(e -> e.getString("operation")).toList());
        String basis = history.get(1).getString("legalBasis");
        assertTrue(basis.contains("change of the legal entity's name") && basis.contains("решение участника № 3")
                && basis.contains("ТОО test " + KALKAN), basis);
    }

    @Test
    void aLegalAddressTheDatabaseDoesNotConfirmStandsInTheWayAndTheReissueIsRefused() {
        String licence = issued(portal.form(ALATAU));
        String number = portal.reissueForm(ALATAU, licence, "LEGAL_ADDRESS_CHANGE").legalAddress(ALATAU_ADDRESS)
                .field("newLegalAddress", "050000, г. Алматы, ул. Жибек Жолы, д. 1").feeByReceipt().submitted();
        toReportStep(number);

        PortalClient.Response proposed = portal.draft(number, "LICENCE", "Proposing the reissue");
        assertEquals(409, proposed.status(), proposed.body());
        assertEquals("adverse-registry-answer", proposed.problem());
        String detail = proposed.json().getString("detail");
        assertTrue(detail.contains("legal address") && detail.contains("Жибек Жолы") && detail.contains("Розыбакиева"),
                detail);

        portal.draft(number, "MOTIVATED_REFUSAL", "The new legal address is not registered").expect(200);
        assertEquals("MOTIVATED_REFUSAL", portal.sign(number).expect(200).json().getString("result"));
        JsonObject refused = portal.read(number, ALATAU).expect(200).json();
        assertEquals("REFUSED", refused.getString("status"));
        assertTrue(refused.getJsonObject("result").getString("refusalReason").contains("legal address"),
                refused.getJsonObject("result").toString());
        assertNotNull(refused.getJsonObject("result").getString("signedAt"));

        assertEquals(List.of("ISSUE"), portal.get("licences/" + licence + "/history", null).expect(200).jsonArray()
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("operation")).toList(),
                "a refused reissue leaves the register as it was");
        assertEquals("ТОО test " + ALATAU, portal.get("licences/" + licence, null).json().getString("holderName"));
    }

    @Test
    void aDuplicateIsRecordedAndLeavesTheLicenceAndItsDocumentAsTheyAre() {
        String licence = issued(portal.form(SHEKARA));
        String document = portal.get("licences/" + licence + "/document", null).expect(200).body();

        String number = portal.duplicateForm(SHEKARA, licence, "LOST").legalAddress(SHEKARA_ADDRESS)
                .field("reasonDetail", "утерян при переезде офиса").feeByReceipt().submitted();
        assertTrue(number.matches("SECD-\\d{4}-\\d{6}"), number);
        JsonObject checked = toReportStep(number);
        assertStepLimits(checked, "5 h", "2 h");
        assertFalse(checked.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> "SPECIAL_ACCOUNTS".equals(c.getString("check"))));
        PortalClient.Response licenceProposed = portal.draft(number, "LICENCE", "Wrong result");
        assertEquals(400, licenceProposed.status(), "a duplicate service ends in a duplicate, not a licence");

        portal.draft(number, "DUPLICATE", "The licence is active; the loss is declared.").expect(200);
        assertEquals(licence, portal.sign(number).expect(200).json().getString("licenceNumber"));

        JsonObject application = portal.read(number, SHEKARA).expect(200).json();
        assertEquals("RESULT_ISSUED", application.getString("status"));
        JsonObject result = application.getJsonObject("result");
        assertEquals("DUPLICATE", result.getString("kind"));
        assertEquals(licence, result.getString("licenceNumber"));
        assertNotNull(result.getString("signedAt"), "the duplicate is signed: " + result);
        assertNotNull(result.getString("signedBy"));
        assertTrue(application.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .anyMatch(s -> "HEAD_SIGNATURE".equals(s.getString("code"))
                        && s.getString("outcome", "").contains("the licence document was lost")),
                application.getJsonArray("steps").toString());

        List<JsonObject> history = portal.get("licences/" + licence + "/history", null).expect(200).jsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(List.of("ISSUE", "DUPLICATE"), history.stream().map(e -> e.getString("operation")).toList());
        JsonObject entry = portal.get("licences/" + licence, null).expect(200).json();
        assertEquals("ТОО test " + SHEKARA, entry.getString("holderName"));
        assertTrue(entry.getBoolean("signatureValid"));
        assertEquals(document, portal.get("licences/" + licence + "/document", null).expect(200).body(),
                "the licence document itself is unchanged");
    }

    @Test
    void aFeeSaidToBePaidThroughTheGatewayIsAskedOfItAndAnUnpaidOneStandsInTheWay() {
        // the simulated gateway has this applicant's issue fee, but no duplicate fee
        String licence = issued(portal.form(SHEKARA));
        String number = portal.duplicateForm(SHEKARA, licence, "DAMAGED").legalAddress(SHEKARA_ADDRESS).submitted();
        JsonObject checked = toReportStep(number);
        assertTrue(checked.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> "FEE_PAYMENT".equals(c.getString("check")) && "UNPAID".equals(c.getString("outcome"))),
                checked.getJsonArray("checks").toString());
        PortalClient.Response proposed = portal.draft(number, "DUPLICATE", "Proposing the duplicate");
        assertEquals(409, proposed.status(), proposed.body());
        assertTrue(proposed.json().getString("detail").contains("licence fee"), proposed.body());
    }

    @Test
    void onlyTheApplicantsOwnLicenceNotTerminatedIsAdmittedAndARefusalStoresNothing() {
        String alatausLicence = issued(portal.form(ALATAU));
        int before = portal.get("applications", KALKAN).expect(200).jsonArray().size();
        int alatausBefore = portal.get("applications", ALATAU).expect(200).jsonArray().size();

        assertRefused(portal.reissueForm(KALKAN, alatausLicence, "NAME_CHANGE").field("newName", "ТОО «Чужая»")
                .feeByReceipt().submit(), 409, "licence-not-held");
        assertRefused(portal.duplicateForm(KALKAN, alatausLicence, "DAMAGED").feeByReceipt().submit(),
                409, "licence-not-held");
        assertRefused(portal.reissueForm(KALKAN, "KZ26SEC9999999", "NAME_CHANGE").field("newName", "ТОО «Новое»")
                .feeByReceipt().submit(), 409, "licence-unknown");
        assertRefused(portal.reissueForm(ALATAU, alatausLicence, "NAME_CHANGE").feeByReceipt().submit(),
                400, "reissue-change-missing");
        PortalClient.Form feeNotShown = portal.duplicateForm(ALATAU, alatausLicence, "LOST");
        feeNotShown.feePaidThroughGateway = false;
        assertRefused(feeNotShown.submit(), 400, "fee-receipt-required");
        assertEquals(alatausBefore, portal.get("applications", ALATAU).expect(200).jsonArray().size(), "nothing stored");
        assertEquals(before, portal.get("applications", KALKAN).expect(200).jsonArray().size(), "nothing stored");

        portal.post("licences/" + alatausLicence + "/termination", "head",
                "{\"legalBasis\":\"Licensee's request\",\"effectiveDate\":\"2026-12-01\"}").expect(200);
        assertRefused(portal.reissueForm(ALATAU, alatausLicence, "NAME_CHANGE").field("newName", "ТОО «Новое»")
                .feeByReceipt().submit(), 409, "licence-terminated");
        assertRefused(portal.duplicateForm(ALATAU, alatausLicence, "LOST").feeByReceipt().submit(),
                409, "licence-terminated");
    }

    /** Issues a security licence on the form through the whole issue procedure; returns its number. */
    private String issued(PortalClient.Form form) {
        String number = form.submitted();
        toReportStep(number);
        portal.draft(number, "LICENCE", "All registry answers are clear.").expect(200);
        return portal.sign(number).expect(200).json().getString("licenceNumber");
    }

    /** Assigns the executor, confirms completeness and waits for the registry answers. */
    private JsonObject toReportStep(String number) {
        portal.assign(number, "executor").expect(200);
        portal.completeness(number, true, null).expect(200);
        return portal.awaitApplication(number, PortalClient.atStep("REPORT_AND_RESULT"), Duration.ofSeconds(60));
    }

    private static void assertStepLimits(JsonObject application, String checks, String report) {
        List<JsonObject> steps = application.getJsonArray("steps").getValuesAs(JsonObject.class);
        assertEquals(checks, limitOf(steps, "REGISTRY_CHECKS"));
        assertEquals(report, limitOf(steps, "REPORT_AND_RESULT"));
    }

    private static String limitOf(List<JsonObject> steps, String code) {
        return steps.stream().filter(s -> code.equals(s.getString("code"))).map(s -> s.getString("limit"))
                .findFirst().orElseThrow(() -> new AssertionError("no step " + code + " in " + steps));
    }

    private static String deadlineOf(List<JsonObject> steps, String code) {
        return steps.stream().filter(s -> code.equals(s.getString("code"))).map(s -> s.getString("deadline"))
                .findFirst().orElseThrow(() -> new AssertionError("no step " + code + " in " + steps));
    }

    private static List<String> sites(JsonObject licence) {
        return licence.getJsonArray("sites").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("kind") + " " + s.getString("name") + " " + s.getString("address")).toList();
    }

    private static void assertRefused(PortalClient.Response response, int status, String problem) {
        assertEquals(status, response.status(), response.body());
        assertEquals(problem, response.problem());
    }
}
