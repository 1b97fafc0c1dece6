package kz.gov.elicense.observability.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * The meters of the e-licensing system and their one registry. WildFly 39's own Micrometer subsystem serves
 * Prometheus only at the "community" stability level (and pushes OTLP otherwise), so the application keeps a
 * Prometheus registry itself, in this library of the EAR: every module records into it and the web module serves
 * it. Static because the library's class loader is the deployment's: a redeployment starts a fresh registry.
 * <p>
 * The names below are what dashboards and alerts use; Prometheus sees them with dots as underscores and a unit
 * suffix ({@code licensing_registry_latency_seconds_count}, ...).
 */
public final class Meters {

    /** Gauge: cases by status ({@code status} tag). */
    public static final String APPLICATIONS = "licensing.applications";
    /** Gauge: open steps past their deadline. */
    public static final String OVERDUE_STEPS = "licensing.steps.overdue";
    /** Timer: how long a step took from start to completion ({@code procedure}, {@code step}, {@code timely} tags). */
    public static final String STEP_DURATION = "licensing.step.duration";
    /** Timer: a registry request's round trip, sent to answer recorded ({@code registry}, {@code outcome} tags). */
    public static final String REGISTRY_LATENCY = "licensing.registry.latency";
    /** Timer: signatures made and verified ({@code operation} sign or verify, {@code outcome} tags). */
    public static final String SIGNATURES = "licensing.signatures";

    private static final PrometheusMeterRegistry REGISTRY = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    private static final Duration[] STEP_BUCKETS = {Duration.ofHours(1), Duration.ofHours(8), Duration.ofDays(1),
            Duration.ofDays(3), Duration.ofDays(5), Duration.ofDays(10), Duration.ofDays(15), Duration.ofDays(30)};
    private static final Duration[] REGISTRY_BUCKETS = {Duration.ofMillis(100), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10),
            Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(10), Duration.ofHours(1)};
    private static final Duration[] SIGNATURE_BUCKETS = {Duration.ofMillis(50), Duration.ofMillis(200),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofSeconds(10)};

    private Meters() {
    }

    public static MeterRegistry registry() {
        return REGISTRY;
    }

    /** The registry's meters in the Prometheus text format (version 0.0.4). */
    public static String scrape() {
        return REGISTRY.scrape();
    }

    /** A gauge read at each scrape; strongly held, since the supplier is often a lambda nobody else keeps. */
    public static Meter gauge(String name, String description, Tags tags, Supplier<Number> value) {
        return Gauge.builder(name, value).description(description).tags(tags).strongReference(true)
                .register(REGISTRY);
    }

    public static void remove(Meter meter) {
        REGISTRY.remove(meter);
    }

    public static void stepCompleted(String procedure, String step, boolean timely, Duration took) {
        Timer.builder(STEP_DURATION).description("Procedure steps from start to completion")
                .tags("procedure", procedure, "step", step, "timely", String.valueOf(timely))
                .serviceLevelObjectives(STEP_BUCKETS).register(REGISTRY).record(took);
    }

    public static void registryAnswered(String registry, String outcome, Duration roundTrip) {
        Timer.builder(REGISTRY_LATENCY).description("Registry requests from sending to the answer recorded")
                .tags("registry", registry, "outcome", outcome)
                .serviceLevelObjectives(REGISTRY_BUCKETS).register(REGISTRY).record(roundTrip);
    }

    public static void signature(String operation, String outcome, Duration took) {
        Timer.builder(SIGNATURES).description("Signatures made (sign) and verified (verify), by outcome")
                .tags("operation", operation, "outcome", outcome)
                .serviceLevelObjectives(SIGNATURE_BUCKETS).register(REGISTRY).record(took);
    }
}
