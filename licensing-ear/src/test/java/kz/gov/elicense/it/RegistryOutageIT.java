package kz.gov.elicense.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A state registry goes down while an application waits for it: the gateway's HTTP adapter retries, its circuit
 * breaker opens, the check and the application show AWAITING_REGISTRY with the reason, and when the registry comes
 * back the question is answered and the case moves on by itself. The registry is one of the simulators the server
 * serves under {@code /registries}, switched off and on as an operator's outage would.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistryOutageIT {

    private static final String REGISTRY = "individuals";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final PortalClient portal = PortalClient.forTestServer();
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI registries = URI.create("http://127.0.0.1:"
            + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 100)) + "/registries/");

    @AfterEach
    void bringTheRegistryBack() {
        outage(false);
    }

    @Test
    void aRegistryThatIsDownHoldsTheChecksUntilItReturnsAndTheCaseThenMovesOnByItself() {
        outage(true);
        long callsBefore = registryStatus().getJsonNumber("calls").longValue();

        String number = portal.form("221140008086").submitted();
        portal.assign(number, "executor").expect(200);
        portal.completeness(number, true, null).expect(200);

        JsonObject waiting = portal.awaitApplication(number,
                a -> "AWAITING_REGISTRY".equals(a.getString("registryState", null)), Duration.ofSeconds(60));
        assertEquals("REGISTRY_CHECKS", waiting.getString("currentStep"), "the checks step waits");
        assertTrue(waiting.getString("registryStateReason").contains("'" + REGISTRY + "' is unavailable"),
                waiting.getString("registryStateReason"));
        JsonObject individual = check(waiting, "INDIVIDUAL");
        assertEquals("AWAITING_REGISTRY", individual.getString("state"));
        assertTrue(PortalClient.isNull(individual, "answeredAt"));
        assertTrue(check(waiting, "LEGAL_ENTITY").getString("state").equals("ANSWERED"),
                "the other registries answer as usual");

        // several rounds of asking again: without a breaker each round would make 1 + 2 retried calls
        JsonObject rounds = portal.awaitApplication(number, a -> roundsOfIndividualChecks(a) >= 4,
                Duration.ofSeconds(60));
        long calls = registryStatus().getJsonNumber("calls").longValue() - callsBefore;
        int asked = roundsOfIndividualChecks(rounds);
        assertTrue(calls < 3L * asked, "the open circuit breaker kept calls away: " + calls
                + " HTTP calls reached the registry in " + asked + " rounds of asking");
        assertEquals("REGISTRY_CHECKS", rounds.getString("currentStep"), "still waiting");

        outage(false);
        JsonObject resumed = portal.awaitApplication(number, PortalClient.atStep("REPORT_AND_RESULT"),
                Duration.ofSeconds(90));
        JsonObject answered = check(resumed, "INDIVIDUAL");
        assertEquals("ANSWERED", answered.getString("state"));
        assertEquals("FOUND", answered.getString("outcome"));
        assertTrue(answered.getInt("rounds") >= 4, answered.toString());
        assertTrue(PortalClient.isNull(resumed, "registryState"), "nothing waits any more");
        assertTrue(resumed.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .allMatch(c -> List.of("FOUND", "CLEAR", "PAID").contains(c.getString("outcome"))), resumed.toString());
    }

    @Test
    void everyQueryIsRecordedWithWhoAskedWhyWhenAndTheRawExchange() {
        String number = portal.toReportStep("140340009091");

        JsonObject view = portal.read(number, "head").expect(200).json();
        JsonObject entity = check(view, "LEGAL_ENTITY");
        assertEquals("executor", entity.getString("requestedBy"), "the completeness decision raised the questions");
        assertEquals("140340009091", entity.getString("subject"));
        assertTrue(!entity.getString("purpose").isBlank());
        assertTrue(!PortalClient.isNull(entity, "requestedAt") && !PortalClient.isNull(entity, "answeredAt"));
        JsonObject request = parse(entity.getString("request"));
        assertEquals("LEGAL_ENTITY", request.getString("check"));
        assertEquals("140340009091", request.getString("subject"));
        JsonObject reply = parse(entity.getString("reply"));
        assertEquals("FOUND", reply.getString("outcome"));
        assertEquals(entity.getString("summary"), reply.getString("summary"));
        assertEquals(0, entity.getInt("rounds"));

        JsonObject applicantsView = portal.read(number, "140340009091").expect(200).json();
        assertTrue(PortalClient.isNull(check(applicantsView, "LEGAL_ENTITY"), "reply"),
                "the raw exchange is the provider's audit trail");
    }

    @Test
    void theRegistriesAnswerOnlyUnderTheirOwnPathAndServeTheSeededRecords() {
        HttpResponse<String> found = send(HttpRequest.newBuilder(registries.resolve("legal-entities/160540002025")).GET());
        assertEquals(200, found.statusCode());
        assertEquals("750502401237", parse(found.body()).getString("headIin"));
        assertEquals(404, send(HttpRequest.newBuilder(registries.resolve("legal-entities/180740004042")).GET()).statusCode());
        assertEquals(200, send(HttpRequest.newBuilder(registries.resolve("criminal-records/750502401237")).GET()).statusCode());
        assertTrue(registryStatus("legal-entities").getInt("records") >= 300, "a populated registry");
        HttpResponse<String> viaPortal = send(HttpRequest.newBuilder(
                registries.resolve("/api/v1/legal-entities/160540002025")).GET());
        assertTrue(viaPortal.statusCode() == 401 || viaPortal.statusCode() == 404, "not part of the portal API");
    }

    private static int roundsOfIndividualChecks(JsonObject application) {
        return application.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> "INDIVIDUAL".equals(c.getString("check")))
                .mapToInt(c -> c.getInt("rounds"))
                .sum();
    }

    private static JsonObject check(JsonObject application, String kind) {
        return application.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> kind.equals(c.getString("check")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " check in " + application));
    }

    private void outage(boolean down) {
        HttpResponse<String> switched = send(HttpRequest.newBuilder(registries.resolve(REGISTRY + "/outage"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"down\":" + down + "}")));
        assertEquals(200, switched.statusCode(), switched.body());
    }

    private JsonObject registryStatus() {
        return registryStatus(REGISTRY);
    }

    private JsonObject registryStatus(String registry) {
        HttpResponse<String> status = send(HttpRequest.newBuilder(registries.resolve(registry + "/outage")).GET());
        assertEquals(200, status.statusCode(), status.body());
        return parse(status.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
