package kz.gov.elicense.it;

import jakarta.json.JsonObject;

import java.time.Duration;
import java.util.List;

/**
 * Script and SQL payloads in the text fields of a submission and of the officers' actions, through the portal API
 * as a hostile applicant or a careless officer would send them; public for the browser test that then looks at the
 * screens (PortalClient is this package's).
 */
public final class HostileInput {

    /** Markup, script, SQL and expression-language payloads: each must come back exactly as sent, or be refused. */
    public static final List<String> PAYLOADS = List.of(
            "<script>alert('xss')</script>",
            "\"><img src=x onerror=alert(1)>",
            "' OR 1=1 --",
            "'; DROP TABLE application; --",
            "#{7*7} ${7*7} %s %n");

    private final PortalClient portal = PortalClient.forTestServer();

    /** What came back of one submission and of the officers' texts on it. */
    public record Outcome(String number, int submissionStatus, String submissionProblem, String instruction,
                          String report, JsonObject application) {
    }

    /**
     * A submission whose legal address and site carry the payload, assigned with it as the head's instruction,
     * taken to the report step and drafted with it as the executor's report; the application as the API reads it.
     */
    public Outcome through(String bin, String payload) {
        PortalClient.Response submitted = portal.form(bin).legalAddress(payload).site("OBJECT", payload, payload)
                .submit();
        if (submitted.status() != 201) {
            return new Outcome(null, submitted.status(), problemOf(submitted), null, null, null);
        }
        String number = submitted.json().getString("number");
        portal.assign(number, "executor", "head", payload).expect(200);
        portal.completeness(number, true, null).expect(200);
        portal.awaitApplication(number, PortalClient.atStep("REPORT_AND_RESULT"), Duration.ofSeconds(60));
        portal.draft(number, "LICENCE", payload).expect(200);
        JsonObject application = portal.read(number, "head").expect(200).json();
        String instruction = application.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .filter(s -> "ASSIGN_EXECUTOR".equals(s.getString("code")))
                .map(s -> s.getString("outcome", "")).findFirst().orElse("");
        return new Outcome(number, 201, null, instruction,
                application.getJsonObject("result").getString("report", null), application);
    }

    /** The status the public register search answers a payload in each of its text parameters with. */
    public List<Integer> registerSearchStatuses(String payload) {
        String encoded = java.net.URLEncoder.encode(payload, java.nio.charset.StandardCharsets.UTF_8);
        return List.of("number", "holder", "name", "activity", "status").stream()
                .map(p -> portal.get("licences?" + p + "=" + encoded, null).status())
                .toList();
    }

    /** The register's answer to a name search with the payload: the licences it matched. */
    public int registerNameMatches(String payload) {
        String encoded = java.net.URLEncoder.encode(payload, java.nio.charset.StandardCharsets.UTF_8);
        return portal.get("licences?name=" + encoded, null).expect(200).jsonArray().size();
    }

    /** An executor named by a payload: a clean refusal (400), never a server error. */
    public int assignTo(String number, String executor) {
        return portal.assign(number, executor, "head", "x").status();
    }

    private static String problemOf(PortalClient.Response response) {
        try {
            return response.problem();
        } catch (AssertionError notAProblem) {
            return "not a problem document: " + response.body();
        }
    }
}
