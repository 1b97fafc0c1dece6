package kz.gov.elicense.checks.entity;

/** A registry's answer, as the JMS contract names it. */
public enum CheckOutcome {
    FOUND,
    NOT_FOUND,
    CLEAR,
    HIT,
    PAID,
    UNPAID,
    ERROR;

    /** Whether this answer, for the given question, stands in the way of a licence. */
    public boolean isAdverseFor(CheckKind kind) {
        return switch (this) {
            case FOUND, CLEAR, PAID -> false;
            case NOT_FOUND -> kind == CheckKind.LEGAL_ENTITY || kind == CheckKind.INDIVIDUAL;
            case HIT, UNPAID, ERROR -> true;
        };
    }
}
