package kz.gov.elicense.counter.boundary;

import jakarta.json.JsonObject;

import java.time.Instant;
import java.util.List;

/**
 * A counter lookup as the officer sees it: PENDING, FOUND with the registries' data (name, address, head…), or
 * NOT_AVAILABLE with the message "data cannot be obtained" and the reason; the application entered on it, if any.
 */
public record CounterLookupView(
        long id,
        String procedure,
        String applicantId,
        String state,
        String message,
        String reason,
        String requestedBy,
        Instant requestedAt,
        String applicationNumber,
        List<Answer> answers) {

    /** One registry's answer; {@code data} is what the registry holds on the applicant. */
    public record Answer(String check, String subject, String purpose, Instant answeredAt, String outcome,
                         String summary, JsonObject data) {
    }
}
