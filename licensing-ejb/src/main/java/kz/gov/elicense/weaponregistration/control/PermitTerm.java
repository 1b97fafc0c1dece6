package kz.gov.elicense.weaponregistration.control;

import java.time.LocalDate;
import java.time.Period;

/**
 * How long a weapon permit is valid. Seed 003 and the regulations are silent on it; we take the five years the
 * Law on state control over the circulation of certain kinds of weapons gives individuals' permits to store, or to
 * store and carry, and apply the same term to a legal entity's permit to store, since nothing sets another.
 */
public final class PermitTerm {

    public static final Period VALIDITY = Period.ofYears(5);

    private PermitTerm() {
    }

    /** The last day the permit issued on {@code issueDate} is valid. */
    public static LocalDate validUntil(LocalDate issueDate) {
        return issueDate.plus(VALIDITY).minusDays(1);
    }
}
