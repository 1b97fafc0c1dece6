package kz.gov.elicense.counter.entity;

/** Where a counter lookup stands: waiting for the registries, answered with the applicant's data, or without it. */
public enum LookupState {
    /** A question is still on its way through the gateway. */
    PENDING,
    /** Every registry asked knows the applicant: the officer may enter the application. */
    FOUND,
    /** A registry does not know the applicant, failed, or did not answer in time: "data cannot be obtained". */
    NOT_AVAILABLE
}
