package kz.gov.elicense.weaponregistration.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kz.gov.elicense.application.boundary.FormDocument;
import kz.gov.elicense.weaponregistration.entity.ReregistrationGround;

import java.util.List;

/**
 * The application to re-register a weapon unit already in the register, named by make and serial number: to its new
 * holder (the applicant) or, for the same holder, to renew the permit.
 */
public record WeaponReregistrationForm(
        @NotNull @Pattern(regexp = "WEAPON_REREGISTRATION", message = "must be WEAPON_REREGISTRATION") String procedure,
        @NotNull @Valid WeaponApplicant applicant,
        @NotNull @Pattern(regexp = "STORE|STORE_AND_CARRY", message = "must be STORE or STORE_AND_CARRY") String permitKind,
        @NotNull @Valid WeaponReference weapon,
        @NotNull @Pattern(regexp = "NEW_HOLDER|RENEWAL", message = "must be NEW_HOLDER or RENEWAL") String ground,
        @NotNull @Size(min = 1, max = 30) List<@NotNull @Valid FormDocument> documents) implements WeaponForm {

    @Override
    public String make() {
        return weapon.make();
    }

    @Override
    public String serialNumber() {
        return weapon.serialNumber();
    }

    public ReregistrationGround reregistrationGround() {
        return ReregistrationGround.valueOf(ground);
    }
}
