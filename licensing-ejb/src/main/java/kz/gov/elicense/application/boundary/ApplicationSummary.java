package kz.gov.elicense.application.boundary;

import java.time.Instant;

/** One line of a list of applications ("history of services" for the applicant, the provider's list). */
public record ApplicationSummary(String number, String procedure, String applicantId, String applicantName,
                                 String status, String signatureStatus, Instant submittedAt, Instant dueAt, String currentStep,
                                 Instant currentStepDeadline, boolean overdue) {
}
