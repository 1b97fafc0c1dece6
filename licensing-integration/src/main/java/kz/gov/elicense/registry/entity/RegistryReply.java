package kz.gov.elicense.registry.entity;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import java.io.StringReader;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A registry's answer as it travels in the body of a reply message:
 * {@code {"check":"...","subject":"...","outcome":"FOUND","summary":"...","data":{"name":"..."}}}.
 *
 * @param check   the check as the request named it; for an {@link Outcome#ERROR} whatever could be read, maybe ""
 * @param subject the BIN or IIN as the request named it; for an {@link Outcome#ERROR} maybe ""
 * @param outcome what the registry answered
 * @param summary one English sentence the officer can read as is
 * @param data    registry facts as string key/values, in a stable order; empty when there is nothing to show
 */
public record RegistryReply(String check, String subject, Outcome outcome, String summary, Map<String, String> data) {

    private static final JsonProvider JSON = JsonProvider.provider();

    public RegistryReply {
        check = check == null ? "" : check;
        subject = subject == null ? "" : subject;
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(summary, "summary");
        // keeps the registry's field order in the JSON so the officer sees e.g. name before address
        data = data == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    public static RegistryReply of(Check check, String subject, Outcome outcome, String summary, Map<String, String> data) {
        if (!check.outcomes().contains(outcome)) {
            throw new IllegalArgumentException(check + " cannot answer " + outcome);
        }
        return new RegistryReply(check.name(), subject, outcome, summary, data);
    }

    public static RegistryReply of(Check check, String subject, Outcome outcome, String summary) {
        return of(check, subject, outcome, summary, Map.of());
    }

    /** The answer to a request that could not be served; never redelivered, so it must be answered. */
    public static RegistryReply error(String check, String subject, String reason) {
        return new RegistryReply(check, subject, Outcome.ERROR,
                "The registry request could not be processed: " + reason + ".", Map.of());
    }

    public String toJson() {
        JsonObjectBuilder facts = JSON.createObjectBuilder();
        data.forEach(facts::add);
        return JSON.createObjectBuilder()
                .add("check", check)
                .add("subject", subject)
                .add("outcome", outcome.name())
                .add("summary", summary)
                .add("data", facts)
                .build()
                .toString();
    }

    /**
     * Reads a reply body; the counterpart of {@link #toJson()} for tests and for a connector that receives
     * replies over another transport.
     *
     * @throws IllegalArgumentException when the body is not a reply
     */
    public static RegistryReply fromJson(String body) {
        try (JsonReader reader = JSON.createReader(new StringReader(body))) {
            JsonObject json = reader.readObject();
            Map<String, String> data = new LinkedHashMap<>();
            JsonObject facts = json.containsKey("data") ? json.getJsonObject("data") : JsonValue.EMPTY_JSON_OBJECT;
            facts.forEach((key, value) -> data.put(key, ((JsonString) value).getString()));
            return new RegistryReply(json.getString("check"), json.getString("subject"),
                    Outcome.valueOf(json.getString("outcome")), json.getString("summary"), data);
        } catch (JsonException | ClassCastException | NullPointerException | IllegalStateException e) {
            throw new IllegalArgumentException("not a registry reply: " + e.getMessage(), e);
        }
    }
}
