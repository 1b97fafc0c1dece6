package kz.gov.elicense.signature.entity;

/**
 * The three outcomes of a signature validation, as in ETSI EN 319 102-1 (TOTAL-PASSED, TOTAL-FAILED,
 * INDETERMINATE).
 */
public enum VerificationStatus {
    /** Every check passed. */
    VALID,
    /** A check failed for good: the signature must be refused. */
    INVALID,
    /** A check could not be completed (e.g. revocation status unknown): neither accept nor refuse for good; retry later. */
    INDETERMINATE
}
