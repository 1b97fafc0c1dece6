package kz.gov.elicense.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit trail of a real licence issue: the case engine's acts are entered in order in one valid chain, and
 * each kind of tampering done with SQL directly in the database (change, delete, insert, swap, cutting off the
 * tail, a forged checkpoint) is reported by the verification endpoint with its kind and place; put back, the
 * trail verifies again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditTrailIT {

    private static final String APPLICANT = "150440001011";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final PortalClient portal = PortalClient.forTestServer();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theTrailOfALicenceIssueIsChainedAndEveryTamperingIsFoundWhereItIs() {
        String number = issueLicence();
        String licence = portal.read(number, APPLICANT).expect(200).json().getJsonObject("result")
                .getString("licenceNumber");
        portal.post("licences/" + licence + "/suspension", "head",
                "{\"legalBasis\":\"Court order No. 7\",\"effectiveDate\":\"2026-03-02\"}").expect(200);

        List<String> trail = new java.util.ArrayList<>(Arrays.asList(intruder("GET", "entries?subject=" + number)
                .split("\n")));
        trail.addAll(Arrays.asList(intruder("GET", "entries?subject=" + licence).split("\n")));
        assertEquals(List.of("ASSIGNMENT head", "DECISION executor", "DRAFT executor", "SIGNATURE head",
                "REGISTER_OPERATION head"), trail.stream().map(line -> line.substring(line.indexOf(' ') + 1)).toList(),
                trail.toString());
        long[] sequences = trail.stream().mapToLong(line -> Long.parseLong(line.substring(0, line.indexOf(' '))))
                .toArray();
        for (int i = 1; i < sequences.length; i++) {
            assertTrue(sequences[i] > sequences[i - 1], "entered in the order they happened: " + trail);
        }
        // tampered with in the middle of the trail, away from the signed head
        long decision = sequences[1];

        JsonObject intact = verification();
        assertTrue(intact.getBoolean("valid"), intact.toString());
        assertTrue(intact.getJsonNumber("entries").longValue() >= sequences[4]);
        assertEquals(403, portal.get("audit/verification", "executor").status(), "the auditor only");
        assertEquals(403, portal.get("audit/verification", "head").status(), "not the head of the provider either");

        long last = Long.parseLong(intruder("POST", "snapshot"));
        assertTrue(verification().getBoolean("valid"), "the head's checkpoint verifies");
        try {
            detected("change/" + decision, "CHANGED", decision);
            detected("delete/" + decision, "DELETED", decision);
            // renumbering the rest also moves another entry under the head's checkpoint: the rewrite shows there too
            detected("insert/" + decision, "INSERTED", decision + 1, "CHECKPOINT_MISMATCH");
            detected("swap/" + decision, "REORDERED", decision);
            detected("truncate/" + (last - 1), "TRUNCATED", last - 1);
            detected("forge-checkpoint/" + last, "CHECKPOINT_SIGNATURE_INVALID", last);
        } finally {
            intruder("POST", "restore");
        }
    }

    /**
     * A checkpoint signed while the national PKI's OCSP responder is down and its CRLs stale could never be verified
     * from its own material: it is not stored, the trail stays valid, and the next checkpoint covers those entries.
     */
    @Test
    void noCheckpointIsStoredThatCouldNeverBeVerified() {
        long signed = Long.parseLong(intruder("POST", "snapshot"));
        portal.assign(portal.form(APPLICANT).submitted(), "executor").expect(200);
        int checkpoints = verification().getInt("checkpoints");
        DemoPkiOutage.set(true, true);
        try {
            intruder("POST", "snapshot");
        } finally {
            DemoPkiOutage.set(false, false);
        }
        JsonObject during = verification();
        assertTrue(during.getJsonNumber("entries").longValue() > signed, "entries came since: " + during);
        assertEquals(checkpoints, during.getInt("checkpoints"), "nothing signed in the outage: " + during);
        assertTrue(during.getBoolean("valid"), during.toString());

        long after = Long.parseLong(intruder("POST", "snapshot"));
        JsonObject verdict = verification();
        assertEquals(checkpoints + 1, verdict.getInt("checkpoints"), "signed once the PKI is back: " + verdict);
        assertTrue(verdict.getBoolean("valid"), verdict.toString());
        assertTrue(after > signed);
    }

    private void detected(String tampering, String kind, long sequence, String... alsoFound) {
        intruder("POST", tampering);
        JsonObject verdict = verification();
        assertFalse(verdict.getBoolean("valid"), tampering + " went unnoticed");
        JsonObject first = verdict.getJsonObject("first");
        assertEquals(kind + "@" + sequence, first.getString("kind") + "@" + first.getJsonNumber("sequence").longValue(),
                tampering + ": " + verdict);
        List<String> kinds = verdict.getJsonArray("problems").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("kind")).toList();
        List<String> expected = new java.util.ArrayList<>(List.of(kind));
        expected.addAll(List.of(alsoFound));
        assertEquals(expected, kinds, tampering + ": " + verdict);
        intruder("POST", "restore");
        JsonObject restored = verification();
        assertTrue(restored.getBoolean("valid"), "after " + tampering + " was put back: " + restored);
    }

    private JsonObject verification() {
        return portal.get("audit/verification", "auditor").expect(200).json();
    }

    private String issueLicence() {
        String number = portal.form(APPLICANT).submitted();
        portal.assign(number, "executor").expect(200);
        portal.completeness(number, true, null).expect(200);
        portal.awaitApplication(number, PortalClient.atStep("REPORT_AND_RESULT"), Duration.ofSeconds(60));
        portal.draft(number, "LICENCE", "All registry answers are clear; the requirements are met.").expect(200);
        portal.sign(number).expect(200);
        return number;
    }

    /** The test module's intruder, next to the API on the same server. */
    private String intruder(String method, String path) {
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 100);
        URI address = URI.create("http://127.0.0.1:" + (8080 + offset) + "/licensing-it/tampering/audit/" + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(60));
        request = "POST".equals(method) ? request.POST(HttpRequest.BodyPublishers.noBody()) : request.GET();
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError(method + " " + path + ": HTTP " + response.statusCode() + " "
                        + response.body());
            }
            return response.body();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(method + " " + address + " failed: " + e, e);
        }
    }
}
