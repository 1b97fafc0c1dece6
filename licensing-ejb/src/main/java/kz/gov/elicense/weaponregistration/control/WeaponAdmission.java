package kz.gov.elicense.weaponregistration.control;

import kz.gov.elicense.problem.Rejection;
import kz.gov.elicense.weaponregistration.boundary.WeaponForm;
import kz.gov.elicense.weaponregistration.boundary.WeaponRegistrationForm;
import kz.gov.elicense.weaponregistration.boundary.WeaponReregistrationForm;
import kz.gov.elicense.weaponregistration.entity.ReregistrationGround;
import kz.gov.elicense.weaponregistration.entity.WeaponPermit;
import kz.gov.elicense.weaponregistration.entity.WeaponUnit;

import java.util.Optional;

/**
 * Whether the register allows what an application asks: a first registration only of a unit nobody holds, a
 * re-registration only of a unit in the register, to a new holder or renewed by its holder. Asked at submission and
 * again when the permit is issued, since the register may have changed in between. Conflicts are 409 problems.
 */
public final class WeaponAdmission {

    private WeaponAdmission() {
    }

    public static void admitRegistration(WeaponRegistrationForm form, Optional<WeaponUnit> registered) {
        registered.flatMap(WeaponUnit::activePermit).ifPresent(permit -> {
            throw Rejection.conflict("weapon-already-registered", "The weapon is already registered",
                    describe(form) + " is already in the weapon register under permit " + permit.number()
                            + "; a registered weapon changes holder or is renewed by re-registration (WEAPON_REREGISTRATION)");
        });
    }

    /** @return the unit's permit in force, which the re-registration will supersede */
    public static WeaponPermit admitReregistration(WeaponReregistrationForm form, Optional<WeaponUnit> registered) {
        WeaponPermit inForce = registered.flatMap(WeaponUnit::activePermit).orElseThrow(() ->
                Rejection.conflict("weapon-not-registered", "The weapon is not in the register",
                        describe(form) + " is not in the weapon register; a weapon is first registered (WEAPON_REGISTRATION)"));
        boolean holder = inForce.holderId().equals(form.applicantId());
        ReregistrationGround ground = form.reregistrationGround();
        if (ground == ReregistrationGround.NEW_HOLDER && holder) {
            throw Rejection.conflict("weapon-holder-unchanged", "The applicant already holds the weapon",
                    describe(form) + " is already registered to " + form.applicantId() + "; ask for a RENEWAL instead");
        }
        if (ground == ReregistrationGround.RENEWAL && !holder) {
            throw Rejection.conflict("weapon-held-by-another", "Only the holder renews a permit",
                    describe(form) + " is not registered to " + form.applicantId()
                            + "; a new holder asks for re-registration on the ground NEW_HOLDER");
        }
        return inForce;
    }

    private static String describe(WeaponForm form) {
        return "Weapon " + form.make().strip() + " No. " + form.serialNumber().strip();
    }
}
