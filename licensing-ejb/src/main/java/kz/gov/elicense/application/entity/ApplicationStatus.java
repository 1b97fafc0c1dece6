package kz.gov.elicense.application.entity;

/**
 * The statuses the applicant and the provider see (regulation §2, seed 004):
 * delivered → registered → in work → result issued, or refused.
 */
public enum ApplicationStatus {
    DELIVERED,
    REGISTERED,
    IN_WORK,
    RESULT_ISSUED,
    REFUSED;

    public boolean isFinal() {
        return this == RESULT_ISSUED || this == REFUSED;
    }
}
