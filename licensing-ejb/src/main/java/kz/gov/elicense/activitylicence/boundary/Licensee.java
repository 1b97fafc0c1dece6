package kz.gov.elicense.activitylicence.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The applying legal entity as its form gives it: BIN, name, legal address and contacts. */
public record Licensee(
        @NotNull @Pattern(regexp = "\\d{12}", message = "must be 12 digits") String bin,
        @NotBlank @Size(max = 500) String name,
        @NotBlank @Size(max = 500) String legalAddress,
        @Size(max = 30) @Pattern(regexp = "[+0-9 ()-]*", message = "must be a phone number") String phone,
        @Size(max = 200) @Email String email) {
}
