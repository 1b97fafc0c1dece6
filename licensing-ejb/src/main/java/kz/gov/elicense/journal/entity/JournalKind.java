package kz.gov.elicense.journal.entity;

/** The two journals of an office. */
public enum JournalKind {
    /** Входящие / кіріс: documents received. */
    INCOMING,
    /** Исходящие / шығыс: documents sent. */
    OUTGOING
}
