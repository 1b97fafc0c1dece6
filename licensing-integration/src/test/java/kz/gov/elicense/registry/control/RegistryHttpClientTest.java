package kz.gov.elicense.registry.control;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import kz.gov.elicense.registry.entity.Registry;
import kz.gov.elicense.registry.entity.RegistryUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTTP adapter against a real local HTTP server that answers as the test tells it to. */
class RegistryHttpClientTest {

    private static final String ENTITY = """
            {"bin":"150440001011","name":"ТОО «Қалқан Күзет»","registrationDate":"2015-04-14",
             "legalAddress":"010000, г. Астана","headIin":"800101300125","headName":"Ахметов Нурлан Серикович",
             "status":"ACTIVE"}""";

    private HttpServer server;
    private final AtomicInteger calls = new AtomicInteger();
    private final ConcurrentLinkedQueue<Integer> script = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> paths = new ConcurrentLinkedQueue<>();
    private volatile long stallMillis;

    @BeforeEach
    void startRegistry() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/registries/", this::answer);
        server.start();
    }

    @AfterEach
    void stopRegistry() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        calls.incrementAndGet();
        paths.add(exchange.getRequestURI().toString());
        if (stallMillis > 0) {
            try {
                Thread.sleep(stallMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Integer status = script.poll();
        int code = status == null ? 200 : status;
        byte[] body = (code == 200 ? ENTITY : "{}").getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(code, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private RegistryHttpClient client(String... settings) {
        Map<String, String> values = new java.util.HashMap<>(Map.of(
                "licensing.registry.base-url", "http://127.0.0.1:" + server.getAddress().getPort() + "/registries",
                "licensing.registry.timeout-ms", "300",
                "licensing.registry.retries", "2",
                "licensing.registry.backoff-ms", "10",
                "licensing.registry.breaker.failures", "5",
                "licensing.registry.breaker.open-seconds", "60"));
        for (int i = 0; i < settings.length; i += 2) {
            values.put(settings[i], settings[i + 1]);
        }
        return new RegistryHttpClient(RegistrySettings.read(values::get), Clock.systemUTC());
    }

    @Test
    void readsTheRecordAtTheRegistrysAddress() {
        var found = new HttpLegalEntityRegistry(client()).findByBin("150440001011");

        assertEquals("ТОО «Қалқан Күзет»", found.orElseThrow().name());
        assertEquals("/registries/legal-entities/150440001011", paths.peek());
    }

    @Test
    void aRegistryWithNoRecordAnswers404AndThatIsAnAnswer() {
        script.add(404);

        assertTrue(client().find(Registry.LEGAL_ENTITIES, "180740004042", Map.of()).isEmpty());
        assertEquals(1, calls.get());
    }

    @Test
    void aFailingCallIsRepeatedWithBackoffUntilItSucceeds() {
        script.add(503);
        script.add(502);

        assertTrue(client().find(Registry.LEGAL_ENTITIES, "150440001011", Map.of()).isPresent());
        assertEquals(3, calls.get());
    }

    @Test
    void aRegistryThatNeverAnswersInTimeIsUnavailableAfterTheRetries() {
        stallMillis = 1_000;

        RegistryUnavailableException e = assertThrows(RegistryUnavailableException.class,
                () -> client().find(Registry.INDIVIDUALS, "800101300125", Map.of()));

        assertEquals(3, calls.get(), "one call and two retries");
        assertEquals(Registry.INDIVIDUALS, e.registry());
        assertTrue(e.reason().contains("no answer within 300 ms"), e.reason());
    }

    @Test
    void theOpenBreakerKeepsCallsFromReachingTheRegistry() {
        RegistryHttpClient client = client("licensing.registry.breaker.failures", "4");
        for (int i = 0; i < 6; i++) {
            script.add(503);
        }

        assertThrows(RegistryUnavailableException.class, () -> client.find(Registry.INDIVIDUALS, "800101300125", Map.of()));
        RegistryUnavailableException open = assertThrows(RegistryUnavailableException.class,
                () -> client.find(Registry.INDIVIDUALS, "800101300125", Map.of()));
        RegistryUnavailableException stillOpen = assertThrows(RegistryUnavailableException.class,
                () -> client.find(Registry.INDIVIDUALS, "800101300125", Map.of()));

        assertEquals(4, calls.get(), "three calls of the first question, one of the second; then none");
        assertTrue(open.reason().contains("circuit breaker is open"), open.reason());
        assertTrue(stillOpen.reason().contains("circuit breaker is open"), stillOpen.reason());
        assertEquals(CircuitBreaker.State.OPEN, client.breaker(Registry.INDIVIDUALS).state());
        assertEquals(CircuitBreaker.State.CLOSED, client.breaker(Registry.LEGAL_ENTITIES).state(),
                "each registry has its own breaker");
        assertTrue(client.find(Registry.LEGAL_ENTITIES, "150440001011", Map.of()).isPresent());
    }

    @Test
    void aRequestTheRegistryRefusesIsAPermanentErrorNotRetried() {
        script.add(400);

        assertThrows(IllegalStateException.class, () -> client().find(Registry.LEGAL_ENTITIES, "150440001011", Map.of()));
        assertEquals(1, calls.get());
    }

    @Test
    void theProcedureOfAFeeTravelsAsAQueryParameter() {
        script.add(404);

        assertTrue(new HttpPaymentGateway(client()).findPayment("170640003039", "SECURITY_ACTIVITY_ISSUE").isEmpty());
        assertEquals("/registries/fee-payments/170640003039?procedure=SECURITY_ACTIVITY_ISSUE", paths.peek());
    }

    @Test
    void aConnectorReplacesOnlyTheAddressOfOneRegistry() {
        RegistrySettings settings = RegistrySettings.read(Map.of(
                "licensing.registry.individuals.url", "https://gbdfl.example.kz/api/persons")::get);

        assertEquals("https://gbdfl.example.kz/api/persons", settings.endpoint(Registry.INDIVIDUALS).toString());
        assertTrue(settings.endpoint(Registry.LEGAL_ENTITIES).toString().endsWith("/registries/legal-entities"));
    }
}
