package kz.gov.elicense.registry.entity;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The registry checks the e-government gateway serves. The enum constant name is the wire value of the
 * {@code check} field and JMS property.
 */
public enum Check {

    /** BIN against the state database of legal entities (ГБД ЮЛ). */
    LEGAL_ENTITY(Outcome.FOUND, Outcome.NOT_FOUND),
    /** IIN against the state database of individuals (ГБД ФЛ). */
    INDIVIDUAL(Outcome.FOUND, Outcome.NOT_FOUND),
    /** IIN against the special accounts: unexpunged convictions and pending criminal proceedings. */
    CRIMINAL_RECORD(Outcome.CLEAR, Outcome.HIT),
    /** IIN or BIN against the register of administrative offences. */
    ADMINISTRATIVE_LIABILITY(Outcome.CLEAR, Outcome.HIT),
    /** BIN or IIN (and optionally the procedure) against the payment gateway. */
    FEE_PAYMENT(Outcome.PAID, Outcome.UNPAID),
    /** BIN: the formal request to the Committee on Legal Statistics and Special Accounts; may answer late. */
    SPECIAL_ACCOUNTS(Outcome.CLEAR, Outcome.HIT),
    /** IIN against the register of persons dismissed from private security organisations for negative reasons. */
    DISMISSED_PERSONS(Outcome.CLEAR, Outcome.HIT);

    private final Set<Outcome> outcomes;

    Check(Outcome positive, Outcome negative) {
        this.outcomes = EnumSet.of(positive, negative, Outcome.ERROR);
    }

    /** The outcomes a reply to this check can carry, {@link Outcome#ERROR} included. */
    public Set<Outcome> outcomes() {
        return EnumSet.copyOf(outcomes);
    }

    /** Reads a wire value; empty for anything that is not exactly a constant name. */
    public static Optional<Check> fromWire(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (Check check : values()) {
            if (check.name().equals(value)) {
                return Optional.of(check);
            }
        }
        return Optional.empty();
    }
}
