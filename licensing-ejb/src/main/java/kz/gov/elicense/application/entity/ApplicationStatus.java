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

    /** The moves the regulations allow: forward only, to a result or a refusal. */
    public boolean canMoveTo(ApplicationStatus next) {
        return switch (this) {
            case DELIVERED -> next == REGISTERED || next == REFUSED;
            case REGISTERED -> next == IN_WORK || next == REFUSED;
            case IN_WORK -> next == RESULT_ISSUED || next == REFUSED;
            case RESULT_ISSUED, REFUSED -> false;
        };
    }
}
