package kz.gov.elicense.application.entity;

/**
 * Whether the applicant's EDS is confirmed. INDETERMINATE (e.g. no revocation status could be obtained) holds
 * the application for a retry: it is neither accepted as valid nor refused as invalid.
 */
public enum SignatureStatus {
    VALID,
    INDETERMINATE,
    INVALID
}
