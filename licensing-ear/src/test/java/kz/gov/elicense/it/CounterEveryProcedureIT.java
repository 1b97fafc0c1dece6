package kz.gov.elicense.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The counter flow of §3 for every procedure beyond the security licence issue, through the public API in WildFly
 * with the registries answering over JMS: the officer looks the applicant up, enters the service's own form with the
 * scans of what was shown on paper, and the case runs its steps to a signed result in the register. What an
 * application taken in at the counter gets on paper, the office hands over or posts: its dispatch is the clerk's,
 * even where a portal application's electronic result reaches the cabinet by itself.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CounterEveryProcedureIT {

    /** An individual the individuals database knows, with no record anywhere. */
    private static final String IVANOV = "691115302343";
    /** An individual with a portal account whom the individuals database does not know. */
    private static final String UNKNOWN_PERSON = "880624407890";
    /** Legal entities the legal entities database knows and no other registry holds anything against. */
    private static final String KALKAN = "150440001011";
    private static final String KALKAN_ADDRESS = "010000, г. Астана, район Есиль, пр. Мәңгілік Ел, д. 37, н.п. 12";
    private static final String SAKSHY = "170640003039";
    private static final String ALATAU = "221140008086";
    private static final String SHEKARA = "140340009091";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final PortalClient portal = PortalClient.forTestServer();
    private final CounterOfficer clerk = new CounterOfficer(portal, "clerk");

    @Test
    void anIndividualsWeaponPermitTakenAtTheCounterIsHandedOverInPerson() {
        JsonObject lookup = clerk.found("WEAPON_REGISTRATION", IVANOV);
        JsonObject person = lookup.getJsonArray("answers").getJsonObject(0);
        assertEquals("INDIVIDUAL", person.getString("check"), "an IIN is asked of the individuals database");
        assertEquals("Иванов Сергей Петрович", person.getJsonObject("data").getString("fullName"));

        WeaponApplication form = portal.weapon(IVANOV).permit("STORE_AND_CARRY");
        PortalClient.Response taken = clerk.takeIn(lookup, form.formBytes(), form.documents(),
                Set.of("WEAPON_ACQUISITION", "MEDICAL_CERTIFICATE", "PHOTOGRAPH")).expect(201);
        String number = taken.json().getString("number");
        assertTrue(number.matches("WPR-\\d{4}-\\d{6}"), number);
        assertEquals("REGISTERED", taken.json().getString("status"));

        JsonObject entered = portal.read(number, "clerk").expect(200).json();
        assertTakenInAtTheCounter(entered, IVANOV, "clerk");
        assertEquals(Map.of("WEAPON_ACQUISITION", true, "MEDICAL_CERTIFICATE", true, "PHOTOGRAPH", true,
                "STORAGE_CONDITIONS_ACT", false, "FEE_RECEIPT", false), paperMarks(entered));
        assertEquals("RECEIPT", entered.getString("currentStep"), "the office registers the paper case first");
        assertEquals(number, portal.get("counter/lookups/" + lookup.getJsonNumber("id"), "clerk").expect(200).json()
                .getString("applicationNumber"));

        assertEquals("INCOMING", portal.receive(number).expect(200).json().getString("journal"));
        portal.assign(number, "executor").expect(200);
        portal.completeness(number, true, null).expect(200);
        portal.draft(number, "PERMIT", "Documents shown at the counter are complete; storage inspected.").expect(200);
        String permitNumber = portal.sign(number).expect(200).json().getString("reference");
        assertTrue(permitNumber.matches("WP-\\d{4}-\\d{6}"), permitNumber);
        assertWaitsForTheClerk(number);

        JsonObject handedOver = portal.post("applications/" + number + "/dispatch", "clerk",
                "{\"method\":\"IN_PERSON\"}").expect(200).json();
        assertEquals("OUTGOING", handedOver.getString("journal"));
        assertEquals("IN_PERSON", handedOver.getString("dispatchMethod"));

        JsonObject issued = portal.read(number, IVANOV).expect(200).json();
        assertEquals("RESULT_ISSUED", issued.getString("status"), "the applicant reads it with their own login");
        assertEquals("COUNTER", issued.getString("channel"));
        assertTrue(portal.get("applications", IVANOV).expect(200).jsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(a -> number.equals(a.getString("number"))), "it is among the applicant's applications");
        assertEquals(404, portal.read(number, "800101300125").status(), "another applicant is told nothing");

        JsonObject permit = portal.get("weapons/permits/" + permitNumber, "head").expect(200).json();
        assertEquals("STORE_AND_CARRY", permit.getString("kind"));
        assertEquals("ACTIVE", permit.getString("status"));
        assertEquals(IVANOV, permit.getString("holderId"));
        assertEquals(number, permit.getString("applicationNumber"));
        assertTrue(permit.getBoolean("permitSignatureValid"));
        List<JsonObject> units = portal.get("weapons?make=" + url(form.make()) + "&serialNumber="
                + url(form.serialNumber()), "executor").expect(200).jsonArray().getValuesAs(JsonObject.class);
        assertEquals(1, units.size(), "the weapon register has the unit");
        assertEquals(IVANOV, units.get(0).getString("holderId"));
        assertEquals(List.of(permitNumber), units.get(0).getJsonArray("permits").getValuesAs(JsonObject.class)
                .stream().map(p -> p.getString("number")).toList());
        portal.get("weapons/applications/" + number + "/permit", IVANOV).expect(200);
    }

    @Test
    void aWeaponsLicenceTakenAtTheCounterWaitsForTheClerkWhoPostsIt() {
        LicensingForm form = LicensingForm.issue(portal, "WEAPONS_AND_CARTRIDGES", SHEKARA, "WEAPONS_SALE",
                "WEAPONS_REPAIR");
        String number = clerk.registered(clerk.found("WEAPONS_AND_CARTRIDGES_ISSUE", SHEKARA), form.formBytes(),
                form.documents(), Set.of("QUALIFICATION_FORM", "FEE_RECEIPT"));
        assertTrue(number.matches("WPN-\\d{4}-\\d{6}"), number);
        assertTakenInAtTheCounter(portal.read(number, SHEKARA).expect(200).json(), SHEKARA, "clerk");

        String licence = throughToSignedLicence(number);
        assertTrue(licence.matches("KZ\\d{2}WPN\\d{7}"), licence);
        assertWaitsForTheClerk(number);
        postedTo(number, SHEKARA, "010000, г. Астана, ул. Иманова, д. 19, офис 807");

        JsonObject entry = portal.get("licences/" + licence, null).expect(200).json();
        assertEquals("WEAPONS_AND_CARTRIDGES", entry.getString("activity"));
        assertEquals(SHEKARA, entry.getString("holderId"));
        assertEquals("ACTIVE", entry.getString("status"));
        assertEquals(number, entry.getString("applicationNumber"));
        assertTrue(entry.getBoolean("signatureValid"));
        assertEquals(List.of("1 WEAPONS_SALE ACTIVE", "2 WEAPONS_REPAIR ACTIVE"), annexes(entry));
    }

    @Test
    void aPyrotechnicsLicenceTakenInByTheExecutorAtTheCounterIsPostedByTheClerk() {
        CounterOfficer executor = new CounterOfficer(portal, "executor");
        LicensingForm form = LicensingForm.issue(portal, "CIVIL_PYROTECHNICS", ALATAU, "PYROTECHNICS_USE");
        String number = executor.registered(executor.found("CIVIL_PYROTECHNICS_ISSUE", ALATAU), form.formBytes(),
                form.documents(), Set.of("PREMISES_TITLE", "STAFF_QUALIFICATION"));
        assertTrue(number.matches("PYR-\\d{4}-\\d{6}"), number);
        JsonObject entered = portal.read(number, ALATAU).expect(200).json();
        assertTakenInAtTheCounter(entered, ALATAU, "executor");
        assertEquals(Map.of("QUALIFICATION_FORM", false, "PREMISES_TITLE", true, "STAFF_QUALIFICATION", true,
                "FEE_RECEIPT", false), paperMarks(entered));

        String licence = throughToSignedLicence(number);
        assertTrue(licence.matches("KZ\\d{2}PYR\\d{7}"), licence);
        assertWaitsForTheClerk(number);
        assertEquals(403, portal.post("applications/" + number + "/dispatch", "executor",
                "{\"method\":\"IN_PERSON\"}").status(), "the dispatch is the office's, not the officer's who took it in");
        postedTo(number, ALATAU, "050060, г. Алматы, ул. Розыбакиева, д. 247, офис 12");

        JsonObject entry = portal.get("licences/" + licence, null).expect(200).json();
        assertEquals("CIVIL_PYROTECHNICS", entry.getString("activity"));
        assertEquals(ALATAU, entry.getString("holderId"));
        assertEquals(List.of("1 PYROTECHNICS_USE ACTIVE"), annexes(entry));
    }

    @Test
    void aSecurityLicenceIssuedAtTheCounterIsReissuedAtTheCounter() {
        PortalClient.Form issueForm = portal.form(KALKAN);
        String issue = clerk.registered(clerk.found("SECURITY_ACTIVITY_ISSUE", KALKAN), issueForm.formBytes(),
                issueForm.documents.values(), Set.of("QUALIFICATION_FORM"));
        awaitReport(issue, "ASSIGN_EXECUTOR");
        portal.draft(issue, "LICENCE", "Taken in at the counter; the registries' answers are clear.").expect(200);
        String licence = portal.sign(issue).expect(200).json().getString("licenceNumber");
        assertEquals("RESULT_ISSUED", portal.read(issue, KALKAN).expect(200).json().getString("status"));

        String newName = "ТОО «Қалқан Күзет Плюс»";
        PortalClient.Form reissueForm = portal.reissueForm(KALKAN, licence, "NAME_CHANGE").legalAddress(KALKAN_ADDRESS)
                .field("newName", newName).field("reasonDetail", "решение участника № 4").feeByReceipt();
        String reissue = clerk.registered(clerk.found("SECURITY_ACTIVITY_REISSUE", KALKAN), reissueForm.formBytes(),
                reissueForm.documents.values(), Set.of("REISSUE_GROUNDS", "FEE_RECEIPT"));
        assertTrue(reissue.matches("SECR-\\d{4}-\\d{6}"), reissue);
        JsonObject entered = portal.read(reissue, KALKAN).expect(200).json();
        assertTakenInAtTheCounter(entered, KALKAN, "clerk");
        assertEquals(Map.of("REISSUE_GROUNDS", true, "FEE_RECEIPT", true), paperMarks(entered));

        JsonObject checked = awaitReport(reissue, "ASSIGN_EXECUTOR");
        assertFalse(checked.getJsonArray("checks").isEmpty(), "the reissue asks the registries as a portal one does");
        portal.draft(reissue, "LICENCE", "The name change is confirmed by the legal entities database.").expect(200);
        assertEquals(licence, portal.sign(reissue).expect(200).json().getString("licenceNumber"),
                "reissued under the same number");

        JsonObject done = portal.read(reissue, KALKAN).expect(200).json();
        assertEquals("RESULT_ISSUED", done.getString("status"));
        assertEquals(licence, done.getJsonObject("result").getString("licenceNumber"));
        JsonObject entry = portal.get("licences/" + licence, null).expect(200).json();
        assertEquals(newName, entry.getString("holderName"));
        assertEquals("ACTIVE", entry.getString("status"));
        assertTrue(entry.getBoolean("signatureValid"));
        List<JsonObject> history = portal.get("licences/" + licence + "/history", null).expect(200).jsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(List.of("ISSUE", "REISSUE"), history.stream().map(e -> e.getString("operation")).toList());
        assertTrue(history.get(1).getString("legalBasis").contains("решение участника № 4"), history.toString());
    }

    @Test
    void aRefusalOfIncompleteDocumentsTakenAtTheCounterIsSignedAndHandedOverByTheClerk() {
        LicensingForm form = LicensingForm.issue(portal, "WEAPONS_AND_CARTRIDGES", SAKSHY, "WEAPONS_PRODUCTION")
                .without("STAFF_QUALIFICATION");
        String number = clerk.registered(clerk.found("WEAPONS_AND_CARTRIDGES_ISSUE", SAKSHY), form.formBytes(),
                form.documents(), Set.of("QUALIFICATION_FORM"));
        portal.receive(number).expect(200);
        portal.assign(number, "executor").expect(200);
        assertEquals("checklist-not-satisfied", portal.completeness(number, true, null).problem());
        JsonObject refused = portal.completeness(number, false, null).expect(200).json();
        assertEquals("MOTIVATED_REFUSAL", refused.getJsonObject("result").getString("kind"));
        assertEquals("MOTIVATED_REFUSAL", portal.sign(number).expect(200).json().getString("result"));
        assertWaitsForTheClerk(number);

        JsonObject handedOver = portal.post("applications/" + number + "/dispatch", "clerk",
                "{\"method\":\"IN_PERSON\"}").expect(200).json();
        assertTrue(handedOver.getString("subject").startsWith("Motivated refusal"), handedOver.toString());
        assertEquals("IN_PERSON", handedOver.getString("dispatchMethod"));

        JsonObject done = portal.read(number, SAKSHY).expect(200).json();
        assertEquals("REFUSED", done.getString("status"));
        assertEquals("COUNTER", done.getString("channel"));
        assertTrue(done.getJsonObject("result").getString("refusalReason")
                .contains("documents on the qualification of the specialists"), done.toString());
        assertNotNull(done.getJsonObject("result").getString("signedAt", null), "the refusal is signed");
        assertTrue(PortalClient.isNull(done.getJsonObject("result"), "licenceNumber"));
        assertTrue(done.getJsonArray("journal").getValuesAs(JsonObject.class).stream()
                .anyMatch(l -> "OUTGOING".equals(l.getString("journal"))
                        && "IN_PERSON".equals(l.getString("dispatchMethod"))));
    }

    @Test
    void aLookupFindsNothingForAnUnknownPersonAndRefusesTheWrongKindOfApplicant() {
        JsonObject unknown = clerk.answered(clerk.lookUp("WEAPON_REGISTRATION", UNKNOWN_PERSON).expect(201).json()
                .getJsonNumber("id").longValue());
        assertEquals("NOT_AVAILABLE", unknown.getString("state"));
        assertTrue(unknown.getString("message").toLowerCase().contains("data cannot be obtained"), unknown.toString());
        assertTrue(unknown.getString("reason").startsWith("INDIVIDUAL NOT_FOUND"), unknown.toString());
        WeaponApplication form = portal.weapon(UNKNOWN_PERSON);
        PortalClient.Response refused = clerk.takeIn(unknown, form.formBytes(), form.documents(), Set.of());
        assertEquals(409, refused.status());
        assertEquals("lookup-not-available", refused.problem());

        PortalClient.Response individualForALegalEntitysService = clerk.lookUp("SECURITY_ACTIVITY_ISSUE", IVANOV);
        assertEquals(400, individualForALegalEntitysService.status());
        assertEquals("applicant-kind", individualForALegalEntitysService.problem());
        assertTrue(individualForALegalEntitysService.json().getString("detail").contains("LEGAL_ENTITY"),
                individualForALegalEntitysService.body());
        assertEquals("applicant-kind", clerk.lookUp("CIVIL_PYROTECHNICS_ISSUE", IVANOV).problem());

        JsonObject legalEntityForAnyApplicant = clerk.found("WEAPON_REGISTRATION", KALKAN);
        assertEquals("LEGAL_ENTITY", legalEntityForAnyApplicant.getJsonArray("answers").getJsonObject(0)
                .getString("check"), "a BIN is asked of the legal entities database");
    }

    // --- what every counter application shows

    /** Channel COUNTER, no applicant EDS but the officer's entry, and the officer who registered it in the history. */
    private static void assertTakenInAtTheCounter(JsonObject application, String applicant, String officer) {
        assertEquals("COUNTER", application.getString("channel"));
        assertEquals(applicant, application.getString("applicantId"));
        assertEquals("VALID", application.getString("signatureStatus"));
        assertTrue(application.getString("signatureNote").contains("entered at the counter by " + officer),
                application.getString("signatureNote"));
        List<JsonObject> history = application.getJsonArray("history").getValuesAs(JsonObject.class);
        assertEquals("DELIVERED", history.get(0).getString("to"));
        assertTrue(history.get(0).getString("reason").contains("counter"), history.get(0).toString());
        assertEquals("REGISTERED", history.get(1).getString("to"));
        assertEquals(officer, history.get(1).getString("actor"), "the officer who took it in registered it");
    }

    private static Map<String, Boolean> paperMarks(JsonObject application) {
        Map<String, Boolean> marks = new HashMap<>();
        application.getJsonArray("documents").getValuesAs(JsonObject.class)
                .forEach(d -> marks.put(d.getString("kind"), d.getBoolean("presentedOnPaper")));
        return marks;
    }

    /** A signed result of a counter application is not sent by itself: it waits at DISPATCH for the office. */
    private void assertWaitsForTheClerk(String number) {
        JsonObject signed = portal.read(number, "clerk").expect(200).json();
        assertEquals("DISPATCH", signed.getString("currentStep", null),
                "the result of a counter application waits for the office: " + signed.getString("status"));
        assertEquals("IN_WORK", signed.getString("status"));
        assertTrue(signed.getJsonArray("journal").getValuesAs(JsonObject.class).stream()
                .noneMatch(l -> "OUTGOING".equals(l.getString("journal"))), "nothing is in the outgoing journal yet");
    }

    /** The clerk posts the result: an address is required, and it is in the outgoing journal line. */
    private void postedTo(String number, String applicant, String address) {
        PortalClient.Response noAddress = portal.post("applications/" + number + "/dispatch", "clerk",
                "{\"method\":\"POST\"}");
        assertEquals(400, noAddress.status());
        assertEquals("address-required", noAddress.problem());
        JsonObject line = portal.post("applications/" + number + "/dispatch", "clerk", Json.createObjectBuilder()
                .add("method", "POST").add("address", address).build().toString()).expect(200).json();
        assertEquals("OUTGOING", line.getString("journal"));
        assertEquals("POST", line.getString("dispatchMethod"));
        assertEquals(address, line.getString("address"));
        assertEquals(number, line.getString("applicationNumber"));
        assertEquals("clerk", line.getString("recordedBy"));

        assertTrue(portal.get("office/journals/outgoing?from=" + line.getString("recordedOn"), "clerk").expect(200)
                        .jsonArray().getValuesAs(JsonObject.class).stream()
                        .anyMatch(l -> line.getString("number").equals(l.getString("number"))
                                && address.equals(l.getString("address"))),
                "the office's outgoing journal has the line with the address");
        List<JsonObject> elsewhere = portal.get("office/journals/outgoing?from=" + line.getString("recordedOn"), "head2")
                .expect(200).jsonArray().getValuesAs(JsonObject.class);
        assertTrue(elsewhere.stream().noneMatch(l -> number.equals(l.getString("applicationNumber", null))),
                "another division's head (MVD-ALMATY) sees none of this division's lines: " + elsewhere);
        JsonObject done = portal.read(number, applicant).expect(200).json();
        assertEquals("RESULT_ISSUED", done.getString("status"), "the applicant reads it with their own login");
        List<JsonObject> dispatch = done.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .filter(s -> "DISPATCH".equals(s.getString("code"))).toList();
        assertEquals(1, dispatch.size());
        assertEquals("clerk", dispatch.get(0).getString("completedBy"));
        assertNotEquals("system", dispatch.get(0).getString("completedBy"));
    }

    // --- the case through its steps

    /** The office's receipt, the executor's review with the registry checks, the head's signature: the licence number. */
    private String throughToSignedLicence(String number) {
        portal.receive(number).expect(200);
        awaitReport(number, "ASSIGN_EXECUTOR");
        portal.draft(number, "LICENCE", "The requirements are met; the registries' answers are clear.").expect(200);
        return portal.sign(number).expect(200).json().getString("licenceNumber");
    }

    /** From the given step: the executor assigned, the documents complete, the registries' answers in. */
    private JsonObject awaitReport(String number, String expectedStep) {
        assertEquals(expectedStep, portal.read(number, "head").expect(200).json().getString("currentStep"));
        portal.assign(number, "executor").expect(200);
        portal.completeness(number, true, null).expect(200);
        return portal.awaitApplication(number, PortalClient.atStep("REPORT_AND_RESULT"), Duration.ofSeconds(60));
    }

    private static List<String> annexes(JsonObject licence) {
        return licence.getJsonArray("annexes").getValuesAs(JsonObject.class).stream()
                .map(a -> a.getInt("number") + " " + a.getString("subtype") + " " + a.getString("status")).toList();
    }

    private static String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
