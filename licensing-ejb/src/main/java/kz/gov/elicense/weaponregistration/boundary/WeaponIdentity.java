package kz.gov.elicense.weaponregistration.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kz.gov.elicense.weaponregistration.entity.WeaponType;

/** The identity of a weapon unit as its passport gives it; make and serial number tell it from every other. */
public record WeaponIdentity(
        @NotNull @Pattern(regexp = "SMOOTHBORE_HUNTING|RIFLED_HUNTING|SPORTING|GAS|TRAUMATIC|PNEUMATIC|SERVICE",
                message = "must be SMOOTHBORE_HUNTING, RIFLED_HUNTING, SPORTING, GAS, TRAUMATIC, PNEUMATIC or SERVICE")
        String type,
        @NotBlank @Size(max = 100) String make,
        @NotBlank @Size(max = 100) String model,
        @NotBlank @Size(max = 50) String calibre,
        @NotBlank @Size(max = 60) @Pattern(regexp = "[\\p{L}\\p{N} ./-]+", message = "must be letters, digits, spaces, '.', '/' or '-'")
        String serialNumber,
        @Min(value = 1800, message = "must be 1800 or later") @Max(value = 2999, message = "must be a year")
        int yearOfManufacture) {

    public WeaponType weaponType() {
        return WeaponType.valueOf(type);
    }
}
