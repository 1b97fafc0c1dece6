package kz.gov.elicense.signature.entity;

/** What a revocation check found; UNKNOWN makes a signature indeterminate, never valid and never invalid. */
public enum RevocationStatus {
    GOOD,
    REVOKED,
    UNKNOWN
}
