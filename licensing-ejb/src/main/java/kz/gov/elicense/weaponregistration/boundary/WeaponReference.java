package kz.gov.elicense.weaponregistration.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A weapon unit already in the register, named by its make and serial number. */
public record WeaponReference(@NotBlank @Size(max = 100) String make, @NotBlank @Size(max = 60) String serialNumber) {
}
