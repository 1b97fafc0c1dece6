package kz.gov.elicense.registry.entity;

import jakarta.json.spi.JsonProvider;

import java.time.Instant;
import java.util.Objects;

/**
 * Tells the requester that its question waits for a registry, as the body of a notice message:
 * {@code {"registry":"individuals","reason":"...","round":2,"askAgainAt":"2026-11-02T10:15:42Z"}}.
 *
 * @param registry   the registry's name, as in its URL
 * @param reason     why it gave no answer, in English for the officer
 * @param round      how many rounds of calls the question has had
 * @param askAgainAt when the gateway asks again
 */
public record RegistryNotice(String registry, String reason, int round, Instant askAgainAt) {

    private static final JsonProvider JSON = JsonProvider.provider();

    public RegistryNotice {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(askAgainAt, "askAgainAt");
    }

    public String toJson() {
        return JSON.createObjectBuilder()
                .add("registry", registry)
                .add("reason", reason)
                .add("round", round)
                .add("askAgainAt", askAgainAt.toString())
                .build()
                .toString();
    }
}
