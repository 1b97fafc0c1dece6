package kz.gov.elicense.application.entity;

/** Fired in the confirming transaction when a held application's EDS has been confirmed on a retry. */
public record SignatureConfirmed(Long applicationId) {
}
