package kz.gov.elicense.weaponregistration.boundary;

import kz.gov.elicense.application.boundary.ProcedureForm;
import kz.gov.elicense.application.entity.Bin;
import kz.gov.elicense.problem.Rejection;
import kz.gov.elicense.weaponregistration.entity.PermitKind;

/** What the registration and the re-registration forms share: the applicant, the permit asked for, the weapon. */
public interface WeaponForm extends ProcedureForm {

    WeaponApplicant applicant();

    /** STORE or STORE_AND_CARRY, as the form gives it. */
    String permitKind();

    /** The make and serial number of the unit the application is about. */
    String make();

    String serialNumber();

    default PermitKind kind() {
        return PermitKind.valueOf(permitKind());
    }

    default boolean byLegalEntity() {
        return Bin.isBin(applicantId());
    }

    @Override
    default String applicantId() {
        return applicant().id();
    }

    @Override
    default String applicantName() {
        return applicant().name();
    }

    /**
     * The rules of seed 003 annex 1 item 3 that the format cannot say: a legal entity is permitted to store a
     * weapon, never to carry it. Throws a {@link Rejection} (400) naming the field.
     */
    default void checkPermitRules() {
        if (byLegalEntity() && kind() == PermitKind.STORE_AND_CARRY) {
            throw Rejection.invalid("permit-kind-not-allowed", "A legal entity is permitted to store a weapon only",
                    "permitKind: a legal entity (BIN " + applicantId() + ") may ask only for a permit to STORE the"
                            + " weapon; a permit to STORE_AND_CARRY is issued to individuals");
        }
    }
}
