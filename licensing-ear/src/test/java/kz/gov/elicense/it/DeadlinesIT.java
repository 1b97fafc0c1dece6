package kz.gov.elicense.it;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import kz.gov.elicense.application.boundary.Deadlines;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Step deadlines in the real server: the deadline timer's work, run as of a moment past an application's first
 * deadline, reports the overdue step to the head of the provider once; the report counts steps on time and late.
 */
@ExtendWith(ArquillianExtension.class)
class DeadlinesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    Deadlines deadlines;

    @Test
    void anOverdueStepIsReportedToTheHeadOnceAndCountedInTheReport() {
        PortalClient portal = PortalClient.forTestServer();
        String number = portal.form("221140008086").submitted();
        JsonObject application = portal.read(number, "head").expect(200).json();
        Instant deadline = Instant.parse(application.getJsonArray("steps").getJsonObject(0).getString("deadline"));

        assertTrue(deadlines.markOverdueAsOf(deadline.plus(Duration.ofMinutes(1))) >= 1);
        assertEquals(1, notificationsAbout(portal, number, "head").size(), "one notification");
        deadlines.markOverdueAsOf(deadline.plus(Duration.ofHours(2)));
        List<JsonObject> notified = notificationsAbout(portal, number, "head");
        assertEquals(1, notified.size(), "reported once, not on every run");
        assertEquals("ASSIGN_EXECUTOR", notified.get(0).getString("subject"));
        assertTrue(notificationsAbout(portal, number, "executor").isEmpty(), "for the head of the provider");
        assertTrue(notificationsAbout(portal, number, "head2").isEmpty(),
                "not for the head of another division (MVD-ALMATY)");

        JsonObject assignStep = portal.get("office/reports/deadlines", "head").expect(200).jsonArray()
                .getValuesAs(JsonObject.class).stream()
                .filter(r -> "SECURITY_ACTIVITY_ISSUE".equals(r.getString("procedure"))
                        && "ASSIGN_EXECUTOR".equals(r.getString("step")))
                .findFirst().orElseThrow();
        long onTimeBefore = assignStep.getJsonNumber("onTime").longValue();
        long elsewhereBefore = onTimeAssignments(portal, "head2");
        portal.assign(number, "executor").expect(200);
        assertEquals(elsewhereBefore, onTimeAssignments(portal, "head2"), "another division's report is its own");
        JsonObject after = portal.get("office/reports/deadlines", "head").expect(200).jsonArray()
                .getValuesAs(JsonObject.class).stream()
                .filter(r -> "SECURITY_ACTIVITY_ISSUE".equals(r.getString("procedure"))
                        && "ASSIGN_EXECUTOR".equals(r.getString("step")))
                .findFirst().orElseThrow();
        assertEquals(onTimeBefore + 1, after.getJsonNumber("onTime").longValue(), "assigned within its hour");
    }

    /** The on-time count of the security licence's assignment step in the officer's deadline report (0 if none). */
    private static long onTimeAssignments(PortalClient portal, String officer) {
        return portal.get("office/reports/deadlines", officer).expect(200).jsonArray()
                .getValuesAs(JsonObject.class).stream()
                .filter(r -> "SECURITY_ACTIVITY_ISSUE".equals(r.getString("procedure"))
                        && "ASSIGN_EXECUTOR".equals(r.getString("step")))
                .mapToLong(r -> r.getJsonNumber("onTime").longValue()).sum();
    }

    private static List<JsonObject> notificationsAbout(PortalClient portal, String number, String officer) {
        return portal.get("office/notifications", officer).expect(200).jsonArray().getValuesAs(JsonObject.class)
                .stream().filter(n -> number.equals(n.getString("applicationNumber"))).toList();
    }
}
