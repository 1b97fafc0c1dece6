package kz.gov.elicense.securityactivity.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import kz.gov.elicense.application.boundary.FormDocument;
import kz.gov.elicense.register.entity.Site;

import java.util.List;

/**
 * The application form for a security activity licence, exactly as the applicant signs it (JSON). It lists the
 * SHA-256 of every attached document, so the signature covers the documents too. The licensee's branches and
 * objects ({@code sites}) are optional; they go to the register with the licence.
 */
public record SecurityLicenceForm(
        @NotNull @Pattern(regexp = "SECURITY_ACTIVITY_ISSUE", message = "must be SECURITY_ACTIVITY_ISSUE") String procedure,
        @NotNull @Valid Applicant applicant,
        @NotNull @Valid Person head,
        @NotNull @Size(max = 500) List<@NotNull @Valid Person> personnel,
        @NotNull @Size(min = 1, max = 30) List<@NotNull @Valid FormDocument> documents,
        boolean feePaidThroughGateway,
        @Size(max = 200) List<@NotNull @Valid LicenseeSite> sites) implements SecurityActivityForm {

    /** The branches and objects declared, none when the form names none. */
    public List<Site> licenseeSites() {
        List<Site> declared = LicenseeSite.toSites(sites);
        return declared == null ? List.of() : declared;
    }

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
}
