package kz.gov.elicense.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The licences with annexes of §4.3 (weapons and cartridges) and §4.4 (civil pyrotechnics) through the public API
 * only: the portal's signed forms, the seven steps of seed 003 (office, head, executor, registry checks over JMS,
 * head's signature, outgoing journal) and the register's public view and history of the licence and its annexes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WeaponsAndPyrotechnicsLicenceIT {

    private static final String WEAPONS = "WEAPONS_AND_CARTRIDGES";
    private static final String PYROTECHNICS = "CIVIL_PYROTECHNICS";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final PortalClient portal = PortalClient.forTestServer();

    @Test
    void aWeaponsLicenceGetsItsAnnexesAThirdOneANewNameAndADuplicateOfAnAnnex() {
        String bin = "150440001011";
        String application = LicensingForm.issue(portal, WEAPONS, bin, "WEAPONS_SALE", "WEAPONS_REPAIR").submitted();
        assertTrue(application.matches("WPN-\\d{4}-\\d{6}"), application);
        JsonObject signed = throughToSignature(application, "LICENCE");
        String licence = signed.getString("licenceNumber");
        assertTrue(licence.matches("KZ\\d{2}WPN\\d{7}"), licence);

        JsonObject issued = resultIssued(application);
        assertEquals(licence, issued.getJsonObject("result").getString("licenceNumber"));
        assertEquals(List.of("RECEIPT", "ASSIGN_EXECUTOR", "COMPLETENESS_CHECK", "REGISTRY_CHECKS", "REPORT_AND_RESULT",
                        "HEAD_SIGNATURE", "DISPATCH"),
                issued.getJsonArray("steps").getValuesAs(JsonObject.class).stream().map(s -> s.getString("code")).toList());
        assertEquals(List.of("15 min", "2 h", "2 WD", "13 WD", "13 WD", "3 h", "15 min"),
                issued.getJsonArray("steps").getValuesAs(JsonObject.class).stream().map(s -> s.getString("limit")).toList());
        List<JsonObject> steps = issued.getJsonArray("steps").getValuesAs(JsonObject.class);
        assertEquals(steps.get(3).getString("deadline"), steps.get(4).getString("deadline"),
                "the report keeps the deadline of the executor's review");
        assertTrue(steps.get(6).getString("outcome").endsWith("portal"), "the electronic result goes to the cabinet");
        assertEquals(List.of("LEGAL_ENTITY"), issued.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("check")).toList(), "a fee paid by receipt is not asked of the gateway");

        JsonObject view = portal.get("licences/" + licence, null).expect(200).json();
        assertEquals(WEAPONS, view.getString("activity"));
        assertEquals(bin, view.getString("holderId"));
        assertEquals("ТОО test " + bin, view.getString("holderName"));
        assertTrue(view.getBoolean("signatureValid"));
        assertEquals(List.of("1 WEAPONS_SALE ACTIVE", "2 WEAPONS_REPAIR ACTIVE"), annexes(view));
        assertEquals("Ремонт гражданского и служебного оружия и патронов к нему",
                view.getJsonArray("annexes").getJsonObject(1).getString("nameRu"));
        assertEquals(List.of("OBJECT Склад / storage", "BRANCH Филиал в Алматы"), view.getJsonArray("sites")
                .getValuesAs(JsonObject.class).stream().map(s -> s.getString("kind") + " " + s.getString("name")).toList());
        assertEquals(List.of("ISSUE", "ANNEX_ISSUE 1", "ANNEX_ISSUE 2"), history(licence));

        String annex = LicensingForm.annex(portal, WEAPONS, bin, licence, "WEAPONS_EXHIBITION").submitted();
        assertTrue(annex.startsWith("WPNA-"), annex);
        assertEquals(licence + "/3", throughToSignature(annex, "LICENCE").getString("reference"));
        resultIssued(annex);
        assertEquals(List.of("1 WEAPONS_SALE ACTIVE", "2 WEAPONS_REPAIR ACTIVE", "3 WEAPONS_EXHIBITION ACTIVE"),
                annexes(portal.get("licences/" + licence, null).expect(200).json()));

        // the name the legal entities database has for this BIN: a new name it does not know would stand in the way
        String newName = "ТОО «Қалқан Күзет»";
        String reissue = LicensingForm.reissue(portal, WEAPONS, bin, licence, "NAME_CHANGE",
                        "re-registered under a new name on 01.11.2026").licenceItself()
                .with("newHolderName", newName).submitted();
        assertTrue(reissue.startsWith("WPNR-"), reissue);
        assertEquals(licence, throughToSignature(reissue, "LICENCE").getString("licenceNumber"));
        assertEquals(licence, resultIssued(reissue).getJsonObject("result").getString("licenceNumber"));
        JsonObject reissued = portal.get("licences/" + licence, null).expect(200).json();
        assertEquals(licence, reissued.getString("number"));
        assertEquals(newName, reissued.getString("holderName"));
        assertEquals(3, reissued.getJsonArray("annexes").size());
        JsonObject why = lastEvent(licence);
        assertEquals("REISSUE", why.getString("operation"));
        assertTrue(why.getString("legalBasis").contains("change of the legal entity's name"), why.toString());
        assertTrue(why.getString("legalBasis").contains("holder was «ТОО test " + bin + "»"), why.toString());

        String duplicate = LicensingForm.duplicate(portal, WEAPONS, bin, licence).annexes(2).submitted();
        assertTrue(duplicate.startsWith("WPND-"), duplicate);
        JsonObject duplicated = throughToSignature(duplicate, "DUPLICATE");
        assertEquals("DUPLICATE", duplicated.getString("result"));
        assertEquals(licence + "/2", duplicated.getString("reference"));
        resultIssued(duplicate);
        assertEquals(List.of("ISSUE", "ANNEX_ISSUE 1", "ANNEX_ISSUE 2", "ANNEX_ISSUE 3", "REISSUE", "ANNEX_DUPLICATE 2"),
                history(licence), "a duplicate of annex 2 only, not of the licence");
    }

    @Test
    void incompleteDocumentsEndInASignedMotivatedRefusalAndNoLicence() {
        String application = LicensingForm.issue(portal, WEAPONS, "140340009091", "WEAPONS_PRODUCTION")
                .without("STAFF_QUALIFICATION").submitted();
        portal.post("applications/" + application + "/receipt", "clerk", "").expect(200);
        portal.assign(application, "executor").expect(200);
        JsonObject findings = portal.get("applications/" + application + "/completeness", "executor").expect(200).json();
        assertTrue(findings.toString().contains("documents on the qualification of the specialists"), findings.toString());
        PortalClient.Response notComplete = portal.completeness(application, true, null);
        assertEquals(409, notComplete.status());
        assertEquals("checklist-not-satisfied", notComplete.problem());

        JsonObject refused = portal.completeness(application, false, null).expect(200).json();
        assertEquals("HEAD_SIGNATURE", refused.getString("currentStep"));
        assertEquals("MOTIVATED_REFUSAL", portal.sign(application).expect(200).json().getString("result"));
        JsonObject done = portal.awaitApplication(application, a -> "REFUSED".equals(a.getString("status")),
                Duration.ofSeconds(30));
        assertTrue(done.getJsonObject("result").getString("refusalReason")
                .contains("documents on the qualification of the specialists"), done.toString());
        assertTrue(PortalClient.isNull(done.getJsonObject("result"), "licenceNumber"));
        assertTrue(done.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .noneMatch(s -> "REGISTRY_CHECKS".equals(s.getString("code"))), "refused before the review");
    }

    @Test
    void aFeeTheGatewayHasNotReceivedStandsInTheWayOfTheLicence() {
        String application = LicensingForm.issue(portal, PYROTECHNICS, "140340009091", "PYROTECHNICS_SALE")
                .without("FEE_RECEIPT").with("feePaidThroughGateway", JsonValue.TRUE).submitted();
        toReport(application);
        JsonObject fee = portal.read(application, "executor").expect(200).json().getJsonArray("checks")
                .getValuesAs(JsonObject.class).stream().filter(c -> "FEE_PAYMENT".equals(c.getString("check")))
                .findFirst().orElseThrow();
        assertEquals("UNPAID", fee.getString("outcome"));
        PortalClient.Response licence = portal.draft(application, "LICENCE", "Requirements met");
        assertEquals(409, licence.status());
        assertEquals("adverse-registry-answer", licence.problem());
    }

    @Test
    void aPyrotechnicsLicenceGetsADuplicateAndItsAnnexIsReissuedForANewObjectAddress() {
        String bin = "221140008086";
        String application = LicensingForm.issue(portal, PYROTECHNICS, bin, "PYROTECHNICS_USE").submitted();
        assertTrue(application.startsWith("PYR-"), application);
        String licence = throughToSignature(application, "LICENCE").getString("licenceNumber");
        assertTrue(licence.matches("KZ\\d{2}PYR\\d{7}"), licence);
        resultIssued(application);
        JsonObject view = portal.get("licences/" + licence, null).expect(200).json();
        assertEquals(PYROTECHNICS, view.getString("activity"));
        assertEquals(List.of("1 PYROTECHNICS_USE ACTIVE"), annexes(view));

        String duplicate = LicensingForm.duplicate(portal, PYROTECHNICS, bin, licence).licenceItself().submitted();
        assertEquals(licence, throughToSignature(duplicate, "DUPLICATE").getString("reference"));
        resultIssued(duplicate);
        assertEquals("DUPLICATE", lastEvent(licence).getString("operation"));

        String reissue = LicensingForm.reissue(portal, PYROTECHNICS, bin, licence, "OBJECT_ADDRESS_CHANGE",
                "the storage moved to Астана, ул. Жұмабаева, 7").annexes(1).submitted();
        assertEquals(licence + "/1", throughToSignature(reissue, "LICENCE").getString("reference"));
        resultIssued(reissue);
        JsonObject why = lastEvent(licence);
        assertEquals("ANNEX_REISSUE", why.getString("operation"));
        assertEquals(1, why.getInt("annexNumber"));
        assertTrue(why.getString("legalBasis").contains("change of the address of a licensed object"), why.toString());
        assertTrue(why.getString("legalBasis").contains("Жұмабаева, 7"), why.toString());
        assertEquals(List.of("ISSUE", "ANNEX_ISSUE 1", "DUPLICATE", "ANNEX_REISSUE 1"), history(licence));
        assertEquals("ТОО test " + bin, portal.get("licences/" + licence, null).expect(200).json().getString("holderName"));
    }

    @Test
    void whatTheRegisterDoesNotAllowIsAConflictAndNothingIsStored() {
        String bin = "140340009091";
        String application = LicensingForm.issue(portal, PYROTECHNICS, bin, "PYROTECHNICS_SALE").submitted();
        String licence = throughToSignature(application, "LICENCE").getString("licenceNumber");
        resultIssued(application);
        int before = portal.get("applications?max=500", bin).expect(200).jsonArray().size();

        assertProblem(409, "subtype-already-covered",
                LicensingForm.annex(portal, PYROTECHNICS, bin, licence, "PYROTECHNICS_SALE").submit());
        assertProblem(409, "licence-not-held", LicensingForm.reissue(portal, PYROTECHNICS, "221140008086", licence,
                "OBJECT_ADDRESS_CHANGE", "a licence of someone else").licenceItself().submit());
        assertProblem(409, "licence-other-activity",
                LicensingForm.annex(portal, WEAPONS, bin, licence, "WEAPONS_SALE").submit());
        assertProblem(409, "annex-unknown",
                LicensingForm.duplicate(portal, PYROTECHNICS, bin, licence).annexes(1, 5).submit());
        assertProblem(409, "licence-unknown",
                LicensingForm.duplicate(portal, PYROTECHNICS, bin, "KZ26PYR9999999").licenceItself().submit());
        assertProblem(400, "subtype-unknown",
                LicensingForm.annex(portal, PYROTECHNICS, bin, licence, "WEAPONS_SALE").submit());
        assertProblem(400, "licence-reissue-required", LicensingForm.reissue(portal, PYROTECHNICS, bin, licence,
                "NAME_CHANGE", "new name").annexes(1).with("newHolderName", "ТОО «Шекара»").submit());
        assertProblem(400, "fee-receipt-missing",
                LicensingForm.duplicate(portal, PYROTECHNICS, bin, licence).licenceItself().without("FEE_RECEIPT").submit());
        assertProblem(400, "form-invalid", LicensingForm.reissue(portal, PYROTECHNICS, bin, licence,
                "PERSONAL_NAME_CHANGE", "not for a legal entity").licenceItself().submit());
        assertEquals(before, portal.get("applications?max=500", bin).expect(200).jsonArray().size());
    }

    // --- the case through its steps

    /** Office receipt, executor, completeness, registry checks: the case waits for the executor's report. */
    private void toReport(String application) {
        JsonObject receipt = portal.post("applications/" + application + "/receipt", "clerk", "").expect(200).json();
        assertEquals("INCOMING", receipt.getString("journal"));
        portal.assign(application, "executor").expect(200);
        portal.completeness(application, true, null).expect(200);
        portal.awaitApplication(application, PortalClient.atStep("REPORT_AND_RESULT"), Duration.ofSeconds(60));
    }

    private JsonObject throughToSignature(String application, String proposal) {
        toReport(application);
        portal.draft(application, proposal, "The requirements are met; the registries' answers are clear.")
                .expect(200);
        return portal.sign(application).expect(200).json();
    }

    /** A portal application's electronic result reaches the cabinet by itself: the case ends with the result issued. */
    private JsonObject resultIssued(String application) {
        return portal.awaitApplication(application, a -> "RESULT_ISSUED".equals(a.getString("status")),
                Duration.ofSeconds(30));
    }

    private List<String> annexes(JsonObject licence) {
        return licence.getJsonArray("annexes").getValuesAs(JsonObject.class).stream()
                .map(a -> a.getInt("number") + " " + a.getString("subtype") + " " + a.getString("status")).toList();
    }

    private List<String> history(String licence) {
        return portal.get("licences/" + licence + "/history", null).expect(200).jsonArray()
                .getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("operation") + (PortalClient.isNull(e, "annexNumber") ? "" : " " + e.getInt("annexNumber")))
                .toList();
    }

    private JsonObject lastEvent(String licence) {
        List<JsonObject> events = portal.get("licences/" + licence + "/history", null).expect(200).jsonArray()
                .getValuesAs(JsonObject.class);
        return events.get(events.size() - 1);
    }

    private static void assertProblem(int status, String type, PortalClient.Response response) {
        assertEquals(status, response.status(), response.body());
        assertEquals(type, response.problem(), response.body());
    }
}
