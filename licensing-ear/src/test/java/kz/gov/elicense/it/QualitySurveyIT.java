package kz.gov.elicense.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The quality and accessibility survey after the service (§5): once per application, after its result. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QualitySurveyIT {

    private static final String ANSWER = "{\"process\":\"SATISFIED\",\"information\":\"PARTLY_SATISFIED\",\"comment\":\"Fast\"}";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final PortalClient portal = PortalClient.forTestServer();

    @Test
    void theApplicantAnswersOnceAfterTheResultAndOfficersSeeTheSummary() {
        String number = portal.toReportStep("140340009091");
        PortalClient.Response early = portal.post("applications/" + number + "/survey", "140340009091", ANSWER);
        assertEquals(409, early.status());
        assertEquals("survey-too-early", early.problem());

        portal.draft(number, "LICENCE", "Clear").expect(200);
        portal.sign(number).expect(200);
        long before = satisfiedWithTheProcess();

        assertEquals(404, portal.post("applications/" + number + "/survey", "150440001011", ANSWER).status(),
                "another applicant cannot answer for this application");
        assertEquals(403, portal.post("applications/" + number + "/survey", "head", ANSWER).status());
        PortalClient.Response invalid = portal.post("applications/" + number + "/survey", "140340009091",
                "{\"process\":\"HAPPY\",\"information\":\"SATISFIED\"}");
        assertEquals(400, invalid.status());
        assertEquals("request-invalid", invalid.problem());

        assertEquals(201, portal.post("applications/" + number + "/survey", "140340009091", ANSWER).status());
        PortalClient.Response again = portal.post("applications/" + number + "/survey", "140340009091", ANSWER);
        assertEquals(409, again.status());
        assertEquals("survey-already-answered", again.problem());

        assertEquals(before + 1, satisfiedWithTheProcess());
        assertEquals(403, portal.get("surveys/summary", "140340009091").status(), "the summary is for officers");
    }

    private long satisfiedWithTheProcess() {
        return portal.get("surveys/summary", "head").expect(200).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(s -> "SECURITY_ACTIVITY_ISSUE".equals(s.getString("procedure")))
                .mapToLong(s -> s.getJsonObject("process").getJsonNumber("SATISFIED").longValue())
                .findFirst().orElse(0);
    }
}
