package kz.gov.elicense.application.entity;

/** What a procedure ends in, and the kinds of signed documents it produces. */
public enum ResultKind {
    /** A state licence: issued, or reissued. */
    LICENCE,
    /** A permit (to store, or to store and carry, a weapon unit). */
    PERMIT,
    /** A duplicate of a licence or of an annex. */
    DUPLICATE,
    /** The cover letter that goes with a paper result. */
    COVER_LETTER,
    MOTIVATED_REFUSAL
}
