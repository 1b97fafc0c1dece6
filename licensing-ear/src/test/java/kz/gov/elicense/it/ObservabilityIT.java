package kz.gov.elicense.it;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the operators watch the running system by: the readiness and liveness checks at the management port, one
 * correlation id in the JSON log lines of an application's REST calls and of the JMS consumers that answer its
 * registry checks (and its number in the timers' lines), and the Prometheus endpoint counting the application and
 * the registries' round trips.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ObservabilityIT {

    private static final String BIN = "150440001011";
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{([^}]*)})? (\\S+)$");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI management = URI.create("http://127.0.0.1:" + System.getProperty("it.management.port"));
    private final URI web = URI.create("http://127.0.0.1:" + System.getProperty("it.http.port"));

    @Test
    void readinessAndLivenessShowEachCheckUpWithItsData() {
        Map<String, JsonObject> ready = checks("/health/ready");
        for (String name : List.of("licensing-database", "licensing-broker", "licensing-pki")) {
            assertEquals("UP", ready.get(name) == null ? null : ready.get(name).getString("status"),
                    name + " in " + ready);
        }
        JsonObject pki = ready.get("licensing-pki").getJsonObject("data");
        assertNotEquals("0", pki.getString("trustAnchors"), "trust anchors loaded: " + pki);
        assertTrue(pki.getString("timeStampAuthority").contains("/api/v1/demo/pki/tsa"), pki.toString());
        assertEquals("LicensingRegistryRequests",
                ready.get("licensing-broker").getJsonObject("data").getString("RegistryRequests"));

        Map<String, JsonObject> live = checks("/health/live");
        for (String name : List.of("licensing-deployment", "licensing-timers")) {
            assertEquals("UP", live.get(name) == null ? null : live.get(name).getString("status"), name + " in " + live);
        }
    }

    @Test
    void aCorrelationIdFollowsAnApplicationThroughRestAndJms() {
        String id = "obs-" + UUID.randomUUID();
        processedApplication(PortalClient.forTestServer().correlatedAs(id));

        List<JsonObject> lines = awaitLogLines(id, found -> found.stream().anyMatch(ObservabilityIT::fromJms)
                && found.stream().anyMatch(ObservabilityIT::fromRest));
        JsonObject rest = lines.stream().filter(ObservabilityIT::fromRest).findFirst().orElseThrow();
        assertTrue(rest.getString("message").contains("sent for application"), rest.toString());
        List<String> consumers = lines.stream().filter(ObservabilityIT::fromJms)
                .map(line -> line.getString("loggerName")).distinct().toList();
        assertTrue(consumers.contains("kz.gov.elicense.registry.boundary.RegistryRequestConsumer"),
                "the gateway's consumer logged under the id: " + consumers);
        assertTrue(consumers.contains("kz.gov.elicense.checks.boundary.RegistryChecks"),
                "the reply consumer's recording logged under the id: " + consumers);
        assertTrue(lines.stream().allMatch(line -> line.containsKey("timestamp") && line.containsKey("level")),
                "JSON log lines: " + lines.get(0));
    }

    @Test
    void timerWorkOnAnApplicationLogsUnderItsNumber() {
        String number;
        try {
            DemoPkiOutage.set(true, true);
            PortalClient.Response held = PortalClient.forTestServer().form("140340009091").submit();
            assertEquals(202, held.status(), "held while no revocation status can be had: " + held.body());
            number = held.json().getString("number");
            // the retry of held signatures (every minute; every 5 s on the test server) logs each one it still holds
            List<JsonObject> lines = awaitLogLines(number, Duration.ofSeconds(30), found -> found.stream()
                    .anyMatch(line -> line.getString("loggerName").endsWith("HeldSignatures")));
            JsonObject retried = lines.stream().filter(line -> line.getString("loggerName").endsWith("HeldSignatures"))
                    .findFirst().orElseThrow();
            assertTrue(retried.getString("message").contains("still held"), retried.toString());
            assertFalse(fromRest(retried), "written by the timer, not a request: " + retried);
        } finally {
            DemoPkiOutage.set(false, false);
        }
    }

    @Test
    void theResponseReturnsTheCallersCorrelationIdOrANewOne() {
        HttpResponse<String> given = get(web.resolve("/api/v1/licences"), Map.of("X-Correlation-Id", "portal-42"));
        assertEquals("portal-42", given.headers().firstValue("X-Correlation-Id").orElse(null));

        HttpResponse<String> none = get(web.resolve("/api/v1/licences"), Map.of());
        String made = none.headers().firstValue("X-Correlation-Id").orElse("");
        assertDoesNotContainAnythingButAToken(made);

        HttpResponse<String> unsafe = get(web.resolve("/api/v1/licences"), Map.of("X-Correlation-Id", "a\"b{}"));
        assertNotEquals("a\"b{}", unsafe.headers().firstValue("X-Correlation-Id").orElse(null),
                "a header unfit for log lines is replaced");
    }

    @Test
    void prometheusCountsApplicationsByStatusAndRegistryRoundTrips() {
        String number = processedApplication(PortalClient.forTestServer());
        String status = PortalClient.forTestServer().read(number, "executor").expect(200).json().getString("status");

        Instant end = Instant.now().plusSeconds(20);
        Map<String, Double> samples = Map.of();
        while (Instant.now().isBefore(end)) {
            samples = metrics();
            if (value(samples, "licensing_applications", "status=\"" + status + "\"").orElse(0.0) >= 1) {
                break;
            }
            pause();
        }
        assertTrue(value(samples, "licensing_applications", "status=\"" + status + "\"").orElse(0.0) >= 1,
                "licensing_applications{status=" + status + "} counts the application: " + samples.keySet());
        double roundTrips = samples.entrySet().stream()
                .filter(e -> e.getKey().startsWith("licensing_registry_latency_seconds_count{"))
                .mapToDouble(Map.Entry::getValue).sum();
        assertTrue(roundTrips > 0, "registry round trips counted: " + samples.keySet());
        assertTrue(samples.keySet().stream().anyMatch(k -> k.startsWith("licensing_steps_overdue")),
                "the overdue steps gauge: " + samples.keySet());
        assertTrue(samples.entrySet().stream().anyMatch(e -> e.getKey().startsWith("licensing_signatures_seconds_count{")
                        && e.getKey().contains("operation=\"verify\"") && e.getValue() > 0),
                "the applicant's signature verified and counted: " + samples.keySet());
        assertTrue(samples.entrySet().stream().anyMatch(e -> e.getKey().startsWith("licensing_step_duration_seconds_count{")
                        && e.getValue() > 0), "completed steps timed: " + samples.keySet());

        assertEquals(403, get(web.resolve("/metrics"), Map.of("X-Forwarded-For", "203.0.113.7")).statusCode(),
                "what a proxy forwards is not local");
    }

    /** Submitted, assigned, found complete, and its registry answers in: at the executor's report. */
    private static String processedApplication(PortalClient portal) {
        String number = portal.form(BIN).submitted();
        portal.assign(number, "executor").expect(200);
        portal.completeness(number, true, null).expect(200);
        portal.awaitApplication(number, PortalClient.atStep("REPORT_AND_RESULT"), Duration.ofSeconds(60));
        return number;
    }

    private static boolean fromRest(JsonObject line) {
        return line.getString("threadName", "").startsWith("default task");
    }

    private static boolean fromJms(JsonObject line) {
        return line.getString("threadName", "").toLowerCase(Locale.ROOT).contains("activemq");
    }

    private static void assertDoesNotContainAnythingButAToken(String id) {
        assertFalse(id.isBlank(), "a new id is made when none is sent");
        assertTrue(id.matches("[A-Za-z0-9._:\\-]+"), id);
    }

    private Map<String, JsonObject> checks(String path) {
        HttpResponse<String> response = get(management.resolve(path), Map.of());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                    .collect(Collectors.toMap(c -> c.getString("name"), Function.identity(), (a, b) -> a));
        }
    }

    /** The server's JSON log lines that carry the id, once the condition holds (the consumers write a little later). */
    private static List<JsonObject> awaitLogLines(String id, Predicate<List<JsonObject>> condition) {
        return awaitLogLines(id, Duration.ofSeconds(20), condition);
    }

    private static List<JsonObject> awaitLogLines(String id, Duration timeout, Predicate<List<JsonObject>> condition) {
        Path log = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
        Instant end = Instant.now().plus(timeout);
        List<JsonObject> found = List.of();
        while (Instant.now().isBefore(end)) {
            try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
                found = lines.filter(line -> line.contains(id)).map(ObservabilityIT::json).flatMap(Optional::stream)
                        .filter(line -> line.containsKey("mdc")
                                && id.equals(line.getJsonObject("mdc").getString("correlationId", null)))
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (condition.test(found)) {
                return found;
            }
            pause();
        }
        throw new AssertionError("No JSON log lines with correlation id " + id + " from both REST and JMS in " + log
                + "; found: " + found);
    }

    private static Optional<JsonObject> json(String line) {
        try (JsonReader reader = Json.createReader(new StringReader(line))) {
            return Optional.of(reader.readObject());
        } catch (JsonException notJson) {
            return Optional.empty();
        }
    }

    /** The Prometheus samples by series (name with labels, as written) and their value. */
    private Map<String, Double> metrics() {
        HttpResponse<String> response = get(web.resolve("/metrics"), Map.of());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"),
                "the Prometheus text format");
        return response.body().lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(SAMPLE::matcher).filter(Matcher::matches)
                .collect(Collectors.toMap(m -> m.group(1) + (m.group(2) == null ? "" : m.group(2)),
                        m -> Double.parseDouble(m.group(4)), (a, b) -> a));
    }

    private static Optional<Double> value(Map<String, Double> samples, String name, String label) {
        return samples.entrySet().stream()
                .filter(e -> e.getKey().startsWith(name + "{") && e.getKey().contains(label))
                .map(Map.Entry::getValue).findFirst();
    }

    private HttpResponse<String> get(URI uri, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
