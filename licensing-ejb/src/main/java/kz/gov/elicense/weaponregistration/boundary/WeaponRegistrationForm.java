package kz.gov.elicense.weaponregistration.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kz.gov.elicense.application.boundary.FormDocument;
import kz.gov.elicense.problem.Rejection;
import kz.gov.elicense.weaponregistration.entity.WeaponType;

import java.time.Year;
import java.util.List;

/**
 * The application for the first registration of a weapon unit, exactly as the applicant signs it (JSON): the
 * applicant, the permit asked for, the weapon's identity and the SHA-256 of every attached document.
 */
public record WeaponRegistrationForm(
        @NotNull @Pattern(regexp = "WEAPON_REGISTRATION", message = "must be WEAPON_REGISTRATION") String procedure,
        @NotNull @Valid WeaponApplicant applicant,
        @NotNull @Pattern(regexp = "STORE|STORE_AND_CARRY", message = "must be STORE or STORE_AND_CARRY") String permitKind,
        @NotNull @Valid WeaponIdentity weapon,
        @NotNull @Size(min = 1, max = 30) List<@NotNull @Valid FormDocument> documents) implements WeaponForm {

    @Override
    public String make() {
        return weapon.make();
    }

    @Override
    public String serialNumber() {
        return weapon.serialNumber();
    }

    /**
     * Beyond the permit kind: a service weapon is registered only to a legal entity, and a weapon cannot be made
     * after the year it is registered in.
     */
    public void checkRules(Year thisYear) {
        checkPermitRules();
        if (!byLegalEntity() && weapon.weaponType() == WeaponType.SERVICE) {
            throw Rejection.invalid("weapon-type-not-allowed", "A service weapon is registered to a legal entity only",
                    "weapon.type: an individual (IIN " + applicantId() + ") cannot register a SERVICE weapon");
        }
        if (weapon.yearOfManufacture() > thisYear.getValue()) {
            throw Rejection.invalid("form-invalid", "The application form breaks its format rules",
                    "weapon.yearOfManufacture: " + weapon.yearOfManufacture() + " is after " + thisYear);
        }
    }
}
