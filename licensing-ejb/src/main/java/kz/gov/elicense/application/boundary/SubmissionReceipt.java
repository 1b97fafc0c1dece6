package kz.gov.elicense.application.boundary;

import java.time.Instant;

/** The answer to an accepted submission: the application's number and status, and when the service is due. */
public record SubmissionReceipt(String number, String status, Instant submittedAt, Instant dueAt) {
}
