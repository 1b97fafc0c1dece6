package kz.gov.elicense.application.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A document an application form lists: its kind, file name and SHA-256, and until when it is valid if it expires. */
public record FormDocument(
        @NotBlank @Pattern(regexp = "[A-Z_]{3,40}", message = "must be a document kind such as QUALIFICATION_FORM") String kind,
        @NotBlank @Size(max = 255) String fileName,
        @NotNull @Pattern(regexp = "[0-9a-f]{64}", message = "must be a lower-case hex SHA-256") String sha256,
        LocalDate validUntil) {
}
