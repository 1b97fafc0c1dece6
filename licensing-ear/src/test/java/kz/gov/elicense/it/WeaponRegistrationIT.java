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
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Registration and re-registration of weapon units (§4.2) through the public API only, as the portal and the
 * officers drive it: the signed application, the clerk's receipt in the incoming journal, the head's resolution, the
 * executor's completeness check and draft, the head's signature of the permit and its cover letter with the entry in
 * the weapon register, and the clerk's dispatch in the outgoing journal; and every way it is refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WeaponRegistrationIT {

    /** Demo individuals: clean, signing with their own keys of the individuals CA. */
    private static final String AKHMETOV = "800101300125";
    private static final String IVANOV = "691115302343";
    private static final String KALKAN = "150440001011";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final PortalClient portal = PortalClient.forTestServer();

    @Test
    void anIndividualsPermitToStoreAndCarryGoesFromThePortalToTheOutgoingJournal() {
        WeaponApplication form = portal.weapon(AKHMETOV).permit("STORE_AND_CARRY");
        PortalClient.Response submitted = form.submit().expect(201);
        String number = submitted.json().getString("number");
        assertTrue(number.matches("WPR-\\d{4}-\\d{6}"), number);
        assertEquals("REGISTERED", submitted.json().getString("status"));
        JsonObject registered = portal.read(number, AKHMETOV).expect(200).json();
        assertEquals("RECEIPT", registered.getString("currentStep"));
        assertEquals(5, registered.getJsonArray("documents").size());

        assertEquals(403, portal.post("applications/" + number + "/receipt", "executor", "").status(),
                "the receipt is the office's");
        JsonObject incoming = portal.post("applications/" + number + "/receipt", "clerk", "").expect(200).json();
        assertEquals("INCOMING", incoming.getString("journal"));
        assertFalse(incoming.getString("number").isBlank());
        assertTrue(incoming.getString("stamp").contains(incoming.getString("number")), incoming.toString());
        assertEquals("ASSIGN_EXECUTOR", portal.read(number, "head").json().getString("currentStep"));

        assertEquals("COMPLETENESS_CHECK", portal.assign(number, "executor").expect(200).json().getString("currentStep"));
        assertEquals("REPORT_AND_RESULT", portal.completeness(number, true, null).expect(200).json()
                .getString("currentStep"));
        assertEquals("HEAD_SIGNATURE", portal.draft(number, "PERMIT", "Documents complete; storage inspected.")
                .expect(200).json().getString("currentStep"));

        JsonObject signed = portal.sign(number).expect(200).json();
        assertEquals("PERMIT", signed.getString("result"));
        String permitNumber = signed.getString("reference");
        assertTrue(permitNumber.matches("WP-\\d{4}-\\d{6}"), permitNumber);
        JsonObject awaitingDispatch = portal.read(number, "clerk").json();
        assertEquals("DISPATCH", awaitingDispatch.getString("currentStep"), "the paper permit waits for the office");
        assertEquals("IN_WORK", awaitingDispatch.getString("status"));

        JsonObject permit = portal.get("weapons/permits/" + permitNumber, "head").expect(200).json();
        assertEquals("STORE_AND_CARRY", permit.getString("kind"));
        assertEquals("ACTIVE", permit.getString("status"));
        assertEquals(AKHMETOV, permit.getString("holderId"));
        assertEquals(number, permit.getString("applicationNumber"));
        assertTrue(permit.getBoolean("permitSignatureValid"), "the permit is signed with the provider's EDS");
        assertTrue(permit.getBoolean("coverLetterSignatureValid"), "so is its cover letter");
        assertEquals(permit.getString("issueDate").substring(0, 4),
                String.valueOf(Integer.parseInt(permit.getString("validUntil").substring(0, 4)) - 5));

        List<JsonObject> units = portal.get("weapons?make=" + url(form.make()) + "&serialNumber=" + url(form.serialNumber()),
                "executor").expect(200).jsonArray().getValuesAs(JsonObject.class);
        assertEquals(1, units.size());
        assertEquals(AKHMETOV, units.get(0).getString("holderId"));
        assertEquals(List.of(permitNumber), units.get(0).getJsonArray("permits").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("number")).toList());

        for (String document : List.of("permit", "cover-letter")) {
            String path = "weapons/applications/" + number + "/" + document;
            PortalClient.Response holder = portal.get(path, AKHMETOV).expect(200);
            assertTrue(holder.contentType().startsWith("application/pdf"), holder.contentType());
            assertTrue(holder.body().startsWith("%PDF-"), document + " is a PDF");
            portal.get(path, "clerk").expect(200);
            assertEquals("not-found", portal.get(path, IVANOV).problem(), "another applicant is told nothing");
        }
        assertEquals(404, portal.get("weapons/permits/" + permitNumber, IVANOV).status());
        assertEquals(permitNumber, portal.get("weapons/applications/" + number, AKHMETOV).expect(200).json()
                .getString("number"), "the applicant learns the permit's number from their application");
        assertEquals(404, portal.get("weapons/applications/" + number, IVANOV).status());

        PortalClient.Response noAddress = portal.post("applications/" + number + "/dispatch", "clerk",
                "{\"method\":\"POST\"}");
        assertEquals("address-required", noAddress.problem());
        JsonObject outgoing = portal.post("applications/" + number + "/dispatch", "clerk",
                "{\"method\":\"POST\",\"address\":\"Астана, Мәңгілік Ел, 8, кв. 12\"}").expect(200).json();
        assertEquals("OUTGOING", outgoing.getString("journal"));
        assertEquals("POST", outgoing.getString("dispatchMethod"));
        assertFalse(outgoing.getString("number").isBlank());

        JsonObject issued = portal.read(number, AKHMETOV).expect(200).json();
        assertEquals("RESULT_ISSUED", issued.getString("status"));
        assertEquals(List.of("DELIVERED", "REGISTERED", "IN_WORK", "RESULT_ISSUED"),
                issued.getJsonArray("history").getValuesAs(JsonObject.class).stream().map(h -> h.getString("to")).toList());
        List<JsonObject> steps = issued.getJsonArray("steps").getValuesAs(JsonObject.class);
        assertEquals(List.of("RECEIPT", "ASSIGN_EXECUTOR", "COMPLETENESS_CHECK", "REPORT_AND_RESULT", "HEAD_SIGNATURE",
                "DISPATCH"), steps.stream().map(s -> s.getString("code")).toList());
        assertEquals(List.of("15 min", "2 h", "2 WD", "13 WD", "3 h", "15 min"),
                steps.stream().map(s -> s.getString("limit")).toList());
        assertTrue(steps.stream().noneMatch(s -> PortalClient.isNull(s, "completedAt")), "every step is completed");

        assertTrue(portal.get("office/notifications", AKHMETOV).expect(200).jsonArray().getValuesAs(JsonObject.class)
                .stream().anyMatch(n -> number.equals(n.getString("applicationNumber", null))
                        && n.getString("subject").startsWith("Result ready")
                        && n.getString("message").contains("sent by the office")),
                "the applicant is notified in the personal cabinet");
    }

    @Test
    void aLegalEntityIsPermittedToStore() {
        WeaponApplication form = portal.weapon(KALKAN).permit("STORE")
                .weapon("SERVICE", "ПМ", "Макаров", "9x18", "ПМ" + System.nanoTime());
        String permitNumber = throughToPermit(form);
        JsonObject permit = portal.get("weapons/permits/" + permitNumber, "executor").expect(200).json();
        assertEquals("STORE", permit.getString("kind"));
        assertEquals(KALKAN, permit.getString("holderId"));
        assertEquals("SERVICE", permit.getString("weaponType"));
        assertTrue(portal.get("weapons?holder=" + KALKAN, "executor").expect(200).jsonArray()
                .getValuesAs(JsonObject.class).stream().anyMatch(u -> u.getString("serialNumber").equals(form.serialNumber())));
        assertEquals(403, portal.get("weapons?holder=" + KALKAN, KALKAN).status(), "the register search is the officers'");
    }

    @Test
    void aLegalEntityAskingToCarryIsABadRequestAndNothingIsStored() {
        int before = portal.get("applications", KALKAN).expect(200).jsonArray().size();
        PortalClient.Response carry = portal.weapon(KALKAN).permit("STORE_AND_CARRY").submit();
        assertEquals(400, carry.status());
        assertEquals("permit-kind-not-allowed", carry.problem());
        assertTrue(carry.json().getString("detail").contains("STORE"), carry.body());
        assertEquals(before, portal.get("applications", KALKAN).jsonArray().size());
    }

    @Test
    void reregistrationToANewHolderKeepsTheUnitsHistory() {
        WeaponApplication first = portal.weapon(AKHMETOV).permit("STORE")
                .weapon("RIFLED_HUNTING", "Sako", "85 Hunter", ".308 Win", "SK-" + System.nanoTime());
        String firstPermit = throughToPermit(first);

        // the new holder names the unit as the register knows it, whatever the case and spacing
        WeaponApplication second = portal.weapon(IVANOV).permit("STORE_AND_CARRY")
                .reregistration(" sako ", first.serialNumber().toLowerCase(), "NEW_HOLDER");
        String number = second.submitted();
        assertTrue(number.matches("WRR-\\d{4}-\\d{6}"), number);
        String secondPermit = throughToPermit(number);

        JsonObject unit = portal.get("weapons?make=SAKO&serialNumber=" + url(first.serialNumber()), "head").expect(200)
                .jsonArray().getJsonObject(0);
        assertEquals(IVANOV, unit.getString("holderId"));
        assertEquals("85 Hunter", unit.getString("model"), "the unit keeps its identity");
        List<JsonObject> history = portal.get("weapons/" + unit.getJsonNumber("id").longValue() + "/permits", "head")
                .expect(200).jsonArray().getValuesAs(JsonObject.class);
        assertEquals(List.of(firstPermit, secondPermit), history.stream().map(p -> p.getString("number")).toList());
        assertEquals("SUPERSEDED", history.get(0).getString("status"));
        assertEquals(secondPermit, history.get(0).getString("supersededBy"));
        assertEquals(AKHMETOV, history.get(0).getString("holderId"));
        assertEquals("ACTIVE", history.get(1).getString("status"));
        assertEquals("STORE_AND_CARRY", history.get(1).getString("kind"));

        assertTrue(portal.get("weapons?holder=" + AKHMETOV, "head").jsonArray().getValuesAs(JsonObject.class).stream()
                .noneMatch(u -> u.getString("serialNumber").equals(first.serialNumber())), "the former holder holds it no more");
        assertEquals("SUPERSEDED", portal.get("weapons/permits/" + firstPermit, AKHMETOV).expect(200).json()
                .getString("status"), "the former holder still reads the permit they held");
        assertEquals(404, portal.get("weapons/applications/" + number + "/permit", AKHMETOV).status());
        portal.get("weapons/applications/" + number + "/permit", IVANOV).expect(200);

        PortalClient.Response again = portal.weapon(IVANOV).reregistration("Sako", first.serialNumber(), "NEW_HOLDER").submit();
        assertEquals(409, again.status());
        assertEquals("weapon-holder-unchanged", again.problem());
    }

    @Test
    void aWeaponAlreadyRegisteredIsNotRegisteredAgain() {
        WeaponApplication first = portal.weapon(AKHMETOV).permit("STORE");
        throughToPermit(first);
        PortalClient.Response twice = portal.weapon(IVANOV).permit("STORE")
                .weapon("SMOOTHBORE_HUNTING", first.make().toLowerCase(), "27М", "12/70", first.serialNumber()).submit();
        assertEquals(409, twice.status());
        assertEquals("weapon-already-registered", twice.problem());
    }

    @Test
    void aReregistrationOfAnUnknownWeaponIsAConflict() {
        PortalClient.Response unknown = portal.weapon(IVANOV).reregistration("ТОЗ", "NEVER-" + System.nanoTime(),
                "NEW_HOLDER").submit();
        assertEquals(409, unknown.status());
        assertEquals("weapon-not-registered", unknown.problem());
    }

    @Test
    void incompleteDocumentsEndInASignedMotivatedRefusalThatTheOfficeSends() {
        WeaponApplication form = portal.weapon(IVANOV).without("MEDICAL_CERTIFICATE");
        String number = form.submitted();
        portal.post("applications/" + number + "/receipt", "clerk", "").expect(200);
        portal.assign(number, "executor").expect(200);
        PortalClient.Response claimedComplete = portal.completeness(number, true, null);
        assertEquals(409, claimedComplete.status());
        assertEquals("checklist-not-satisfied", claimedComplete.problem());
        assertTrue(claimedComplete.json().getString("detail").contains("medical certificate"), claimedComplete.body());

        JsonObject refused = portal.completeness(number, false, null).expect(200).json();
        assertEquals("HEAD_SIGNATURE", refused.getString("currentStep"));
        assertEquals("MOTIVATED_REFUSAL", refused.getJsonObject("result").getString("kind"));
        assertEquals("MOTIVATED_REFUSAL", portal.sign(number).expect(200).json().getString("result"));
        assertRefusedAndSent(number, IVANOV, "medical certificate");
        assertEquals(0, portal.get("weapons?make=" + url(form.make()) + "&serialNumber=" + url(form.serialNumber()),
                "head").expect(200).jsonArray().size(), "a refused weapon is not in the register");
    }

    @Test
    void theExecutorsMotivatedRefusalIsSignedAndSent() {
        WeaponApplication form = portal.weapon(AKHMETOV);
        String number = form.submitted();
        portal.post("applications/" + number + "/receipt", "clerk", "").expect(200);
        portal.assign(number, "executor").expect(200);
        portal.completeness(number, true, null).expect(200);
        PortalClient.Response noReason = portal.post("applications/" + number + "/result", "executor",
                Json.createObjectBuilder().add("proposal", "MOTIVATED_REFUSAL").add("report", "Storage unsafe")
                        .build().toString());
        assertEquals("reason-required", noReason.problem());
        portal.post("applications/" + number + "/result", "executor", Json.createObjectBuilder()
                .add("proposal", "MOTIVATED_REFUSAL").add("report", "Inspection of the storage found no safe")
                .add("refusalReason", "The weapon is not stored in a locked metal safe (storage conditions act).")
                .build().toString()).expect(200);
        assertEquals("MOTIVATED_REFUSAL", portal.sign(number).expect(200).json().getString("result"));
        assertRefusedAndSent(number, AKHMETOV, "locked metal safe");
        assertEquals(404, portal.get("weapons/applications/" + number + "/permit", "head").status());
    }

    private void assertRefusedAndSent(String number, String applicant, String reason) {
        assertEquals("DISPATCH", portal.read(number, "clerk").json().getString("currentStep"),
                "the paper refusal waits for the office too");
        JsonObject outgoing = portal.post("applications/" + number + "/dispatch", "clerk",
                "{\"method\":\"IN_PERSON\"}").expect(200).json();
        assertTrue(outgoing.getString("subject").startsWith("Motivated refusal"), outgoing.toString());
        JsonObject done = portal.read(number, applicant).expect(200).json();
        assertEquals("REFUSED", done.getString("status"));
        assertTrue(done.getJsonObject("result").getString("refusalReason").contains(reason), done.toString());
        assertNotNull(done.getJsonObject("result").getString("signedAt", null), "the refusal is signed");
        assertTrue(portal.get("office/notifications", applicant).expect(200).jsonArray().getValuesAs(JsonObject.class)
                .stream().anyMatch(n -> number.equals(n.getString("applicationNumber", null))
                        && n.getString("subject").startsWith("Motivated refusal")));
    }

    /** Submits and takes the application to the head's signature; returns the permit number. */
    private String throughToPermit(WeaponApplication form) {
        return throughToPermit(form.submitted());
    }

    private String throughToPermit(String number) {
        portal.post("applications/" + number + "/receipt", "clerk", "").expect(200);
        portal.assign(number, "executor").expect(200);
        portal.completeness(number, true, null).expect(200);
        portal.draft(number, "PERMIT", "Documents complete.").expect(200);
        String permit = portal.sign(number).expect(200).json().getString("reference");
        portal.post("applications/" + number + "/dispatch", "clerk", "{\"method\":\"IN_PERSON\"}").expect(200);
        return permit;
    }

    private static String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
