package kz.gov.elicense.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The licence register: suspension, resumption and termination with their legal basis, history and search. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LicenceRegisterIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final PortalClient portal = PortalClient.forTestServer();

    @Test
    void theHeadSuspendsResumesAndTerminatesWithTheirBasisAndAnyoneReadsTheHistory() {
        String number = portal.toReportStep("221140008086");
        portal.draft(number, "LICENCE", "Clear").expect(200);
        String licence = portal.sign(number).expect(200).json().getString("licenceNumber");
        String path = "licences/" + licence;

        String decision = "{\"legalBasis\":\"Court decision No. 2-123/2026\",\"effectiveDate\":\"2026-12-01\"}";
        assertEquals(401, portal.post(path + "/suspension", null, decision).status(), "only signed-in officers");
        assertEquals(403, portal.post(path + "/suspension", "executor", decision).status(), "only the head");
        PortalClient.Response elsewhere = portal.post(path + "/suspension", "head2", decision);
        assertEquals(403, elsewhere.status(), "the head of another division (MVD-ALMATY): " + elsewhere.body());
        JsonObject before = portal.get(path, null).expect(200).json();
        assertEquals("ACTIVE", before.getString("status"), "nothing applied");
        assertTrue(before.getBoolean("signatureValid"), before.toString());
        List<JsonObject> denials = portal.get("audit/entries?actor=head2&subject=" + number,
                "auditor").expect(200).jsonArray().getValuesAs(JsonObject.class);
        assertTrue(denials.stream().anyMatch(d -> "ACCESS_DENIED".equals(d.getString("action"))
                && d.getString("detail").contains("SUSPEND of licence " + licence)), "the refusal is in the audit trail: " + denials);
        assertEquals("SUSPENDED", portal.post(path + "/suspension", "head", decision).expect(200).json().getString("status"));
        // the public check answers the new status at once, while its document's verdict is the remembered one
        JsonObject suspended = portal.get(path, null).expect(200).json();
        assertEquals("SUSPENDED", suspended.getString("status"));
        assertEquals(before.getString("signedBy"), suspended.getString("signedBy"));
        assertTrue(suspended.getBoolean("signatureValid"), suspended.toString());
        PortalClient.Response twice = portal.post(path + "/suspension", "head", decision);
        assertEquals(409, twice.status());
        assertEquals("licence-status-conflict", twice.problem());
        PortalClient.Response noBasis = portal.post(path + "/resumption", "head", "{\"effectiveDate\":\"2026-12-20\"}");
        assertEquals(400, noBasis.status());
        assertEquals("ACTIVE", portal.post(path + "/resumption", "head",
                "{\"legalBasis\":\"Violations removed\",\"effectiveDate\":\"2026-12-20\"}").expect(200).json().getString("status"));
        assertEquals("TERMINATED", portal.post(path + "/termination", "head",
                "{\"legalBasis\":\"Licensee's request\",\"effectiveDate\":\"2027-01-15\"}").expect(200).json().getString("status"));
        JsonObject terminated = portal.get(path, null).expect(200).json();
        assertEquals("TERMINATED", terminated.getString("status"));
        assertEquals(Json.createObjectBuilder(before).remove("status").remove("annexes").build(),
                Json.createObjectBuilder(terminated).remove("status").remove("annexes").build(),
                "only the status (and the annexes', if any) changed in the public check");

        List<JsonObject> history = portal.get(path + "/history", null).expect(200).jsonArray().getValuesAs(JsonObject.class);
        assertEquals(List.of("ISSUE", "SUSPEND", "RESUME", "TERMINATE"),
                history.stream().map(e -> e.getString("operation")).toList());
        assertEquals("Court decision No. 2-123/2026", history.get(1).getString("legalBasis"));
        assertEquals("head", history.get(1).getString("actor"));

        List<JsonObject> byHolder = portal.get("licences?holder=221140008086&status=TERMINATED", null).expect(200)
                .jsonArray().getValuesAs(JsonObject.class);
        assertTrue(byHolder.stream().anyMatch(l -> licence.equals(l.getString("number"))));
        assertTrue(byHolder.stream().allMatch(l -> "TERMINATED".equals(l.getString("status"))));
        List<JsonObject> byName = portal.get("licences?name=test%20221140008086&activity=SECURITY_ACTIVITY", null)
                .expect(200).jsonArray().getValuesAs(JsonObject.class);
        assertTrue(byName.stream().anyMatch(l -> licence.equals(l.getString("number"))), byName.toString());
        assertEquals("status-invalid", portal.get("licences?status=EXPIRED", null).problem());
    }
}
