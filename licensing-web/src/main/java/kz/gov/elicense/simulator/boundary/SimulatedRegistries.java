package kz.gov.elicense.simulator.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The records of every simulated registry, read from licensing-integration's seed files: the hand-written
 * {@code simulators/<registry>.json}, whose subjects the tests and the README name, and the generated
 * {@code simulators/generated/<registry>.json} that makes the registries look like populated ones. Each record is
 * served as its seed entry, which is the registries' wire format.
 * <p>
 * Also keeps, per registry, whether it is simulated down and how many calls reached it, so that an outage and a
 * circuit breaker can be watched from outside.
 */
@ApplicationScoped
public class SimulatedRegistries {

    /** The registries, named as in their URLs; each names the seed field its records are keyed by. */
    public enum Name {
        LEGAL_ENTITIES("legal-entities", "bin"),
        INDIVIDUALS("individuals", "iin"),
        CRIMINAL_RECORDS("criminal-records", "iin"),
        ADMINISTRATIVE_OFFENCES("administrative-offences", "subject"),
        SPECIAL_ACCOUNTS("special-accounts", "bin"),
        DISMISSED_PERSONS("dismissed-persons", "iin"),
        FEE_PAYMENTS("fee-payments", "payer");

        private final String path;
        private final String key;

        Name(String path, String key) {
            this.path = path;
            this.key = key;
        }

        public String path() {
            return path;
        }

        public static Optional<Name> of(String path) {
            for (Name name : values()) {
                if (name.path.equals(path)) {
                    return Optional.of(name);
                }
            }
            return Optional.empty();
        }
    }

    /** How a registry is doing: whether it is simulated down and how many calls reached it since start. */
    public record Status(String registry, boolean down, long calls, int records) {
    }

    private final Map<Name, Map<String, List<JsonObject>>> records = new EnumMap<>(Name.class);
    private final Map<Name, AtomicInteger> outages = new EnumMap<>(Name.class);
    private final Map<Name, AtomicLong> calls = new EnumMap<>(Name.class);

    @PostConstruct
    void loadSeeds() {
        for (Name name : Name.values()) {
            List<JsonObject> entries = new ArrayList<>(entries("simulators/" + name.path + ".json", true));
            entries.addAll(entries("simulators/generated/" + name.path + ".json", false));
            records.put(name, entries.stream().collect(Collectors.groupingBy(
                    entry -> entry.getString(name.key, ""), HashMap::new, Collectors.toUnmodifiableList())));
            outages.put(name, new AtomicInteger());
            calls.put(name, new AtomicLong());
        }
    }

    /** Observing startup makes the container read the seeds now, so a broken seed fails the deployment. */
    void loadAtStartup(@Observes Startup startup) {
        // nothing more to do: creating the bean has read the seeds
    }

    /**
     * Counts a call to the registry and answers whether the registry is up to serve it.
     */
    public boolean call(Name registry) {
        calls.get(registry).incrementAndGet();
        return outages.get(registry).get() == 0;
    }

    /**
     * The registry's record on the subject; for the payment gateway the latest payment for the procedure, or for
     * any procedure when none is named.
     */
    public Optional<JsonObject> find(Name registry, String subject, String procedure) {
        List<JsonObject> found = records.get(registry).getOrDefault(subject, List.of());
        if (registry != Name.FEE_PAYMENTS) {
            return found.stream().findFirst();
        }
        return found.stream()
                .filter(payment -> procedure == null || procedure.equals(payment.getString("procedure", null)))
                .max(Comparator.comparing((Function<JsonObject, OffsetDateTime>)
                        payment -> OffsetDateTime.parse(payment.getString("paidAt"))));
    }

    public void simulateOutage(Name registry, boolean down) {
        outages.get(registry).set(down ? 1 : 0);
    }

    public Status status(Name registry) {
        return new Status(registry.path, outages.get(registry).get() != 0, calls.get(registry).get(),
                records.get(registry).values().stream().mapToInt(List::size).sum());
    }

    private static List<JsonObject> entries(String resource, boolean required) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                if (required) {
                    throw new IllegalStateException("simulator seed " + resource + " is missing from the class path");
                }
                return List.of();
            }
            try (JsonReader reader = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                JsonValue entries = reader.readObject().get("entries");
                if (!(entries instanceof JsonArray array)) {
                    throw new IllegalStateException("simulator seed " + resource + " has no 'entries' array");
                }
                return array.getValuesAs(JsonObject.class);
            }
        } catch (IOException | JsonException | ClassCastException e) {
            throw new IllegalStateException("simulator seed " + resource + " cannot be read: " + e.getMessage(), e);
        }
    }
}
