package kz.gov.elicense.registry.entity;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import java.io.StringReader;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One registry check as it travels in the body of a request message:
 * {@code {"check":"LEGAL_ENTITY","subject":"150440001011","procedure":"SECURITY_ACTIVITY_ISSUE"}}.
 *
 * @param check     which registry to ask
 * @param subject   the BIN or IIN asked about, exactly 12 digits
 * @param procedure the licensing procedure the check belongs to, or {@code null}; only FEE_PAYMENT uses it
 */
public record RegistryRequest(Check check, String subject, String procedure) {

    /** BIN and IIN share the 12-digit shape; the checksum is the registries' business, not the transport's. */
    public static final Pattern SUBJECT = Pattern.compile("\\d{12}");

    // looked up once: the provider lookup walks the service loader on every Json.* call
    private static final JsonProvider JSON = JsonProvider.provider();

    public RegistryRequest {
        Objects.requireNonNull(check, "check");
        if (subject == null || !SUBJECT.matcher(subject).matches()) {
            throw new IllegalArgumentException("subject must be a 12-digit BIN or IIN: " + subject);
        }
        if (procedure != null && procedure.isBlank()) {
            procedure = null;
        }
    }

    public RegistryRequest(Check check, String subject) {
        this(check, subject, null);
    }

    public Optional<String> procedureIfGiven() {
        return Optional.ofNullable(procedure);
    }

    public String toJson() {
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("check", check.name())
                .add("subject", subject);
        if (procedure != null) {
            body.add("procedure", procedure);
        }
        return body.build().toString();
    }

    /**
     * Reads a request body.
     *
     * @throws MalformedRequestException when the body is not a JSON object, lacks a string {@code check} or
     *                                   {@code subject}, names an unknown check or has a subject that is not
     *                                   12 digits
     */
    public static RegistryRequest fromJson(String body) throws MalformedRequestException {
        if (body == null || body.isBlank()) {
            throw new MalformedRequestException("the request carried no JSON text body", null, null);
        }
        JsonObject json;
        try (JsonReader reader = JSON.createReader(new StringReader(body))) {
            json = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new MalformedRequestException("the request body is not a JSON object", null, null);
        }
        String check = text(json, "check");
        String subject = text(json, "subject");
        if (check == null) {
            throw new MalformedRequestException("the request names no check", null, subject);
        }
        Optional<Check> known = Check.fromWire(check);
        if (known.isEmpty()) {
            throw new MalformedRequestException("the check '" + check + "' is not known to the gateway", check, subject);
        }
        if (subject == null || !SUBJECT.matcher(subject).matches()) {
            throw new MalformedRequestException("the subject must be a 12-digit BIN or IIN", check, subject);
        }
        JsonValue procedure = json.get("procedure");
        if (procedure != null && procedure.getValueType() != JsonValue.ValueType.NULL
                && !(procedure instanceof JsonString)) {
            throw new MalformedRequestException("the procedure must be a string", check, subject);
        }
        return new RegistryRequest(known.get(), subject, text(json, "procedure"));
    }

    /** A string member, or {@code null} when absent or not a string. */
    private static String text(JsonObject json, String name) {
        return json.get(name) instanceof JsonString value ? value.getString() : null;
    }
}
