package kz.gov.elicense.securityactivity.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * The application form for a security activity licence, exactly as the applicant signs it (JSON). It lists the
 * SHA-256 of every attached document, so the signature covers the documents too.
 */
public record SecurityLicenceForm(
        @NotNull @Pattern(regexp = "SECURITY_ACTIVITY_ISSUE", message = "must be SECURITY_ACTIVITY_ISSUE") String procedure,
        @NotNull @Valid Applicant applicant,
        @NotNull @Valid Person head,
        @NotNull @Size(max = 500) List<@NotNull @Valid Person> personnel,
        @NotNull @Size(min = 1, max = 30) List<@NotNull @Valid DocumentReference> documents,
        boolean feePaidThroughGateway) {

    public record Applicant(
            @NotNull @Pattern(regexp = "\\d{12}", message = "must be 12 digits") String bin,
            @NotBlank @Size(max = 500) String name,
            @NotBlank @Size(max = 500) String legalAddress,
            @Size(max = 30) @Pattern(regexp = "[+0-9 ()-]*", message = "must be a phone number") String phone,
            @Size(max = 200) @Email String email) {
    }

    public record Person(
            @NotNull @Pattern(regexp = "\\d{12}", message = "must be 12 digits") String iin,
            @NotBlank @Size(max = 300) String fullName,
            @Size(max = 200) String position) {
    }

    public record DocumentReference(
            @NotBlank @Pattern(regexp = "[A-Z_]{3,40}", message = "must be a document kind such as QUALIFICATION_FORM") String kind,
            @NotBlank @Size(max = 255) String fileName,
            @NotNull @Pattern(regexp = "[0-9a-f]{64}", message = "must be a lower-case hex SHA-256") String sha256,
            LocalDate validUntil) {
    }
}
