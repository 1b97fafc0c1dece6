package kz.gov.elicense.journal.entity;

/** How an outgoing document reaches the applicant. */
public enum DispatchMethod {
    /** Automatically to the personal cabinet on the portal. */
    PORTAL,
    /** By post to the applicant's address; the posting date is recorded. */
    POST,
    /** Handed over at the provider's office. */
    IN_PERSON
}
