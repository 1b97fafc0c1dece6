package kz.gov.elicense.application.entity;

/** What a procedure ends in: the licence (or permit), or a motivated refusal. */
public enum ResultKind {
    LICENCE,
    MOTIVATED_REFUSAL
}
