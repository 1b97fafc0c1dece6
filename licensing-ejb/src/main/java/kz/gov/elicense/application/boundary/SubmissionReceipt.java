package kz.gov.elicense.application.boundary;

import java.time.Instant;

/**
 * The answer to an accepted submission: the application's number and status, whether its EDS is confirmed
 * (VALID) or held for a retry (INDETERMINATE, with the reason), and when the service is due.
 */
public record SubmissionReceipt(String number, String status, String signatureStatus, String signatureNote,
                                Instant submittedAt, Instant dueAt) {
}
