package kz.gov.elicense.weaponregistration.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Who applies and will hold the weapon: an individual by IIN or a legal entity by BIN, with the name and the
 * address the permit and its cover letter are made out to.
 */
public record WeaponApplicant(
        @NotNull @Pattern(regexp = "\\d{12}", message = "must be the 12 digits of an IIN or a BIN") String id,
        @NotBlank @Size(max = 500) String name,
        @NotBlank @Size(max = 500) String address,
        @Size(max = 30) @Pattern(regexp = "[+0-9 ()-]*", message = "must be a phone number") String phone) {
}
