package kz.gov.elicense.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The service catalogue from the procedures' declarations, the cabinet's notifications and the journal queries. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServiceCatalogueIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final PortalClient portal = PortalClient.forTestServer();

    @Test
    void theCatalogueDescribesEachDeclaredServiceWithItsStepsAndChecklist() {
        JsonArray services = portal.get("procedures", "clerk").expect(200).jsonArray();
        JsonObject issue = services.getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("code").equals("SECURITY_ACTIVITY_ISSUE")).findFirst().orElseThrow();
        assertEquals(15, issue.getInt("totalTermWorkingDays"));
        assertEquals("LEGAL_ENTITY", issue.getString("applicantKind"));
        assertEquals(6, issue.getJsonArray("steps").size());
        assertEquals("head-of-provider", issue.getJsonArray("steps").getJsonObject(0).getString("role"));
        assertTrue(issue.getJsonArray("checklist").getValuesAs(JsonObject.class).stream()
                .anyMatch(d -> d.getString("kind").equals("PREMISES_TITLE") && d.getBoolean("required")));
    }

    @Test
    void theApplicantFindsTheResultInTheCabinetsNotificationsAndNoOneElsesThere() {
        String number = portal.toReportStep("140340009091");
        portal.draft(number, "LICENCE", "Clear").expect(200);
        portal.sign(number).expect(200);

        JsonArray mine = portal.get("notifications", "140340009091").expect(200).jsonArray();
        assertTrue(mine.getValuesAs(JsonObject.class).stream()
                        .anyMatch(n -> n.getString("applicationNumber").equals(number)
                                && n.getString("subject").startsWith("Result ready")),
                "the applicant is told the result is ready: " + mine);
        JsonArray others = portal.get("notifications", "221140008086").expect(200).jsonArray();
        assertTrue(others.getValuesAs(JsonObject.class).stream()
                .noneMatch(n -> n.getString("applicationNumber").equals(number)), "another applicant sees nothing of it");
    }

    @Test
    void journalQueriesCheckTheirPeriodAndJournal() {
        String today = LocalDate.now(ZoneId.of("Asia/Almaty")).toString();
        assertEquals(200, portal.get("office/journals/incoming?from=" + today, "clerk").status());
        PortalClient.Response unknown = portal.get("office/journals/sideways?from=" + today, "clerk");
        assertEquals(400, unknown.status());
        assertTrue(unknown.body().contains("journal-unknown"));
        assertEquals(400, portal.get("office/journals/outgoing?from=2026-02-30", "clerk").status());
        assertEquals(403, portal.get("office/journals/outgoing?from=" + today, "140340009091").status());
    }
}
