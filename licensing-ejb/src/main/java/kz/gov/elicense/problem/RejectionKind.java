package kz.gov.elicense.problem;

/** The broad kind of a rejection; the web layer maps each to an HTTP status. */
public enum RejectionKind {
    /** The input breaks a format or structure rule. */
    INVALID_INPUT,
    /** The caller may not do this to this application. */
    FORBIDDEN,
    /** No such application, licence or resource visible to the caller. */
    NOT_FOUND,
    /** The application is not at a step where this can be done. */
    CONFLICT,
    /** Well-formed, but refused on its merits (e.g. the signature is not confirmed). */
    REFUSED,
    /** The caller could not be authenticated (e.g. a payment gateway callback without a valid signature). */
    UNAUTHENTICATED,
    /** A system this request depends on (e.g. the payment gateway) cannot be reached now; try again later. */
    UNAVAILABLE
}
