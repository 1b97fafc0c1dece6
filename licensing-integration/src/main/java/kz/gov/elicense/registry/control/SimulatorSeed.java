package kz.gov.elicense.registry.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The seed of one simulated registry: a JSON file {@code {"description": "...", "entries": [ {...}, ... ]}}
 * under {@code simulators/} on the class path. Growing a registry means appending entries; a broken entry
 * fails the deployment with its file and position instead of surfacing as a wrong answer later.
 */
public final class SimulatorSeed {

    /** Folder of the seed files on the class path. */
    public static final String FOLDER = "simulators/";

    private final String source;
    private final List<JsonObject> entries;

    private SimulatorSeed(String source, List<JsonObject> entries) {
        this.source = source;
        this.entries = entries;
    }

    /** Loads {@code simulators/<file>} from the class path. */
    public static SimulatorSeed fromResource(String file) {
        String resource = FOLDER + file;
        try (InputStream in = SimulatorSeed.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("simulator seed " + resource + " is missing from the class path");
            }
            try (JsonReader reader = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return of(resource, reader.readObject());
            }
        } catch (IOException | JsonException e) {
            throw new IllegalStateException("simulator seed " + resource + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads a seed given as JSON text, e.g. a small seed written inside a test. */
    public static SimulatorSeed parse(String source, String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return of(source, reader.readObject());
        } catch (JsonException e) {
            throw new IllegalStateException("simulator seed " + source + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static SimulatorSeed of(String source, JsonObject seed) {
        if (!(seed.get("entries") instanceof JsonArray array)) {
            throw new IllegalStateException("simulator seed " + source + " has no 'entries' array");
        }
        List<JsonObject> entries = array.stream()
                .map(entry -> {
                    if (entry.getValueType() != JsonValue.ValueType.OBJECT) {
                        throw new IllegalStateException("simulator seed " + source + " has an entry that is not an object");
                    }
                    return entry.asJsonObject();
                })
                .toList();
        return new SimulatorSeed(source, entries);
    }

    /**
     * Reads every entry and indexes it by its key.
     *
     * @throws IllegalStateException naming the file and entry when an entry is incomplete or a key repeats
     */
    public <T> Map<String, T> index(Function<JsonObject, T> read, Function<T, String> key) {
        Map<String, T> index = new LinkedHashMap<>();
        for (int position = 0; position < entries.size(); position++) {
            T value;
            try {
                value = read.apply(entries.get(position));
            } catch (RuntimeException e) {
                throw new IllegalStateException(
                        "simulator seed " + source + ", entry " + (position + 1) + ": " + e.getMessage(), e);
            }
            if (index.putIfAbsent(key.apply(value), value) != null) {
                throw new IllegalStateException("simulator seed " + source + ", entry " + (position + 1)
                        + ": duplicate key " + key.apply(value));
            }
        }
        return Map.copyOf(index);
    }

    public int size() {
        return entries.size();
    }

    static String text(JsonObject entry, String name) {
        if (entry.get(name) instanceof JsonString value && !value.getString().isBlank()) {
            return value.getString();
        }
        throw new IllegalArgumentException("'" + name + "' must be a non-empty string");
    }

    static String textOrNull(JsonObject entry, String name) {
        return entry.containsKey(name) && entry.get(name).getValueType() != JsonValue.ValueType.NULL
                ? text(entry, name) : null;
    }

    static String identifier(JsonObject entry, String name) {
        String value = text(entry, name);
        if (!value.matches("\\d{12}")) {
            throw new IllegalArgumentException("'" + name + "' must be 12 digits, was " + value);
        }
        return value;
    }

    static LocalDate date(JsonObject entry, String name) {
        try {
            return LocalDate.parse(text(entry, name));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + name + "' must be an ISO date (yyyy-MM-dd)", e);
        }
    }

    static OffsetDateTime dateTime(JsonObject entry, String name) {
        try {
            return OffsetDateTime.parse(text(entry, name));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + name + "' must be an ISO date-time with offset", e);
        }
    }

    static <E extends Enum<E>> E constant(JsonObject entry, String name, Class<E> type) {
        try {
            return Enum.valueOf(type, text(entry, name));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + name + "' must be one of "
                    + Arrays.toString(type.getEnumConstants()), e);
        }
    }

    static long wholeNumber(JsonObject entry, String name) {
        if (entry.get(name) instanceof JsonNumber number && number.isIntegral()) {
            return number.longValueExact();
        }
        throw new IllegalArgumentException("'" + name + "' must be a whole number");
    }

    static boolean flag(JsonObject entry, String name) {
        JsonValue value = entry.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.FALSE) {
            return false;
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE) {
            return true;
        }
        throw new IllegalArgumentException("'" + name + "' must be true or false");
    }
}
