package kz.gov.elicense.checks.entity;

/** Fired (synchronously, in the answer's transaction) when a registry answer has been recorded for the first time. */
public record RegistryAnswerRecorded(Long applicationId, CheckKind kind, CheckOutcome outcome) {
}
