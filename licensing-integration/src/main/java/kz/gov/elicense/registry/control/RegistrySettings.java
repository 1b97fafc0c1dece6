package kz.gov.elicense.registry.control;

import kz.gov.elicense.registry.entity.Registry;

import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Where the registries are and how patiently they are asked. Each value is a system property, or the environment
 * variable of the same name in upper case with {@code _} for {@code .} and {@code -}, as every setting in
 * {@code config/README.md}. The defaults point at the simulators the server itself serves on loopback, so a real
 * connector replaces only {@code licensing.registry.<registry>.url}.
 *
 * @param endpoints        the URL of each registry; a subject is appended as the last path segment
 * @param connectTimeout   how long to wait for a connection
 * @param answerTimeout    how long to wait for the whole answer
 * @param retries          how many times a failed call is repeated before the registry counts as unavailable
 * @param backoff          the pause before the first repetition; it doubles for each further one
 * @param breakerFailures  consecutive failures that open a registry's circuit breaker
 * @param breakerOpenFor   how long an open breaker refuses calls before it lets one trial through
 * @param askAgainAfter    the delay before a question to an unavailable registry is asked again; it doubles for each
 *                         further round
 * @param askAgainAtMost   the longest such delay
 */
public record RegistrySettings(Map<Registry, URI> endpoints, Duration connectTimeout, Duration answerTimeout,
                               int retries, Duration backoff, int breakerFailures, Duration breakerOpenFor,
                               Duration askAgainAfter, Duration askAgainAtMost) {

    public static final String PREFIX = "licensing.registry.";

    public RegistrySettings {
        endpoints = Map.copyOf(endpoints);
        if (retries < 0 || breakerFailures < 1) {
            throw new IllegalArgumentException("retries must be >= 0 and breaker failures >= 1");
        }
    }

    /** The settings of this server: system properties, then environment variables, then the defaults. */
    public static RegistrySettings fromEnvironment() {
        return read(RegistrySettings::lookUp);
    }

    /** Reads settings from any source of {@code name -> value}, {@code null} meaning "not set". */
    static RegistrySettings read(UnaryOperator<String> source) {
        String base = orDefault(source.apply(PREFIX + "base-url"), defaultBaseUrl());
        Map<Registry, URI> endpoints = new EnumMap<>(Registry.class);
        for (Registry registry : Registry.values()) {
            String url = orDefault(source.apply(PREFIX + registry.path() + ".url"),
                    base.replaceAll("/+$", "") + "/" + registry.path());
            endpoints.put(registry, URI.create(url));
        }
        return new RegistrySettings(endpoints,
                Duration.ofMillis(number(source, "connect-timeout-ms", 2000)),
                Duration.ofMillis(number(source, "timeout-ms", 5000)),
                (int) number(source, "retries", 2),
                Duration.ofMillis(number(source, "backoff-ms", 200)),
                (int) number(source, "breaker.failures", 5),
                Duration.ofSeconds(number(source, "breaker.open-seconds", 10)),
                Duration.ofSeconds(number(source, "ask-again.initial-seconds", 2)),
                Duration.ofSeconds(number(source, "ask-again.max-seconds", 60)));
    }

    public URI endpoint(Registry registry) {
        return endpoints.get(registry);
    }

    /** The pause before repetition {@code n} (1-based) of a failed call. */
    public Duration backoffBefore(int repetition) {
        return doubled(backoff, repetition - 1, Duration.ofMinutes(1));
    }

    /** The delay before the question is asked again after its {@code round}-th (1-based) unanswered round. */
    public Duration askAgainAfter(int round) {
        return doubled(askAgainAfter, round - 1, askAgainAtMost);
    }

    private static Duration doubled(Duration first, int times, Duration cap) {
        Duration delay = first;
        for (int i = 0; i < times && delay.compareTo(cap) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(cap) > 0 ? cap : delay;
    }

    /**
     * The simulators are served by this very server, under {@code /registries} of the web module, on its HTTP port
     * (shifted by the port offset the server was started with).
     */
    private static String defaultBaseUrl() {
        int port = Integer.getInteger("jboss.http.port", 8080) + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return "http://127.0.0.1:" + port + "/registries";
    }

    private static String lookUp(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            value = System.getenv(name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String orDefault(String value, String otherwise) {
        return value == null ? otherwise : value;
    }

    private static long number(UnaryOperator<String> source, String name, long otherwise) {
        String value = source.apply(PREFIX + name);
        if (value == null) {
            return otherwise;
        }
        try {
            long parsed = Long.parseLong(value);
            if (parsed >= 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below together with the negative case
        }
        throw new IllegalStateException(PREFIX + name + " must be a whole number >= 0, was '" + value + "'");
    }
}
