package kz.gov.elicense.registry.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import kz.gov.elicense.registry.entity.Registry;
import kz.gov.elicense.registry.entity.RegistryUnavailableException;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Asks a registry over HTTP: {@code GET <endpoint>/<subject>[?name=value]} answers {@code 200} with the record as a
 * JSON object or {@code 404} when the registry holds nothing on the subject. Every call has a connect and an answer
 * timeout; a timeout, a refused connection or a 5xx is repeated with exponential backoff, and counts against the
 * registry's {@link CircuitBreaker}. When no repetition succeeds, or the breaker is open, the registry is
 * {@linkplain RegistryUnavailableException unavailable}; any other status is a permanent error of the request.
 */
@ApplicationScoped
public class RegistryHttpClient {

    private static final System.Logger LOG = System.getLogger(RegistryHttpClient.class.getName());

    private RegistrySettings settings;
    private HttpClient http;
    private Map<Registry, CircuitBreaker> breakers;

    /** For CDI: the server's settings. */
    public RegistryHttpClient() {
        this(RegistrySettings.fromEnvironment(), Clock.systemUTC());
    }

    public RegistryHttpClient(RegistrySettings settings, Clock clock) {
        this.settings = settings;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.breakers = new EnumMap<>(Registry.class);
        for (Registry registry : Registry.values()) {
            breakers.put(registry, new CircuitBreaker(settings.breakerFailures(), settings.breakerOpenFor(), clock));
        }
    }

    /**
     * The registry's record on the subject, or empty when it holds none.
     *
     * @param query extra query parameters, e.g. the procedure a fee is paid for; null values are left out
     * @throws RegistryUnavailableException when the registry gave no answer (temporary: ask again later)
     * @throws IllegalStateException        when the registry refused the request itself (permanent)
     */
    public Optional<JsonObject> find(Registry registry, String subject, Map<String, String> query) {
        CircuitBreaker breaker = breakers.get(registry);
        URI uri = uri(registry, subject, query);
        int calls = settings.retries() + 1;
        for (int call = 1; call <= calls; call++) {
            if (call > 1) {
                pause(registry, settings.backoffBefore(call - 1));
            }
            if (!breaker.allowsCall()) {
                throw new RegistryUnavailableException(registry, "its circuit breaker is open after repeated failures"
                        + " (last: " + breaker.lastFailure() + "); next trial at " + breaker.reopensAt());
            }
            String failure;
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                                .timeout(settings.answerTimeout())
                                .header("Accept", "application/json")
                                .GET().build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                int status = response.statusCode();
                if (status == 200) {
                    Optional<JsonObject> record = Optional.of(json(response.body()));
                    breaker.succeeded();
                    return record;
                }
                if (status == 404) {
                    breaker.succeeded();
                    return Optional.empty();
                }
                if (status < 500 && status != 429) {
                    // the registry is alive and answered: the request itself is wrong, repeating cannot help
                    breaker.succeeded();
                    throw new IllegalStateException("The registry '" + registry.path() + "' refused " + uri
                            + " with HTTP " + status);
                }
                failure = "HTTP " + status;
            } catch (HttpTimeoutException e) {
                failure = "no answer within " + settings.answerTimeout().toMillis() + " ms";
            } catch (IOException e) {
                failure = "cannot reach " + uri + ": " + e;
            } catch (JsonException e) {
                failure = "unreadable answer: " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RegistryUnavailableException(registry, "the call was interrupted");
            }
            breaker.failed(failure);
            String reported = failure;
            int attempt = call;
            LOG.log(System.Logger.Level.DEBUG, () -> "Registry " + registry.path() + " call " + attempt + " of "
                    + calls + " failed: " + reported);
            if (call == calls) {
                throw new RegistryUnavailableException(registry, failure + " on each of " + calls + " calls");
            }
        }
        throw new AssertionError("unreachable: the last call returns or throws");
    }

    /** The registry's circuit breaker, for status pages and tests. */
    public CircuitBreaker breaker(Registry registry) {
        return breakers.get(registry);
    }

    public RegistrySettings settings() {
        return settings;
    }

    private URI uri(Registry registry, String subject, Map<String, String> query) {
        StringBuilder uri = new StringBuilder(settings.endpoint(registry).toString().replaceAll("/+$", ""))
                .append('/').append(URLEncoder.encode(subject, StandardCharsets.UTF_8));
        char separator = '?';
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            if (parameter.getValue() != null) {
                uri.append(separator).append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8))
                        .append('=').append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return URI.create(uri.toString());
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (IllegalStateException e) {
            throw new JsonException("not a JSON object", e);
        }
    }

    private static void pause(Registry registry, Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryUnavailableException(registry, "the call was interrupted");
        }
    }
}
