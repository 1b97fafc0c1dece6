package kz.gov.elicense.forensicexpert.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kz.gov.elicense.application.boundary.FormDocument;

import java.time.LocalDate;
import java.util.List;

/**
 * The application of an individual for a forensic expert licence (§4.5), exactly as the expert signs it (JSON). The
 * portal prefills the expert's identity; the expert adds the speciality, the diploma, the years of forensic expert
 * work in the diploma's speciality, and lists the attached documents with their SHA-256, so the signature covers them.
 *
 * @param speciality                     the kind of forensic expertise, a {@code ForensicSpeciality} code
 * @param experienceYears                full years of work in forensic expertise in the speciality of the diploma
 * @param internshipConclusionElectronic the internship conclusion exists electronically, so none is attached
 * @param feePaidThroughGateway          the licence fee was paid through the payment gateway, so no receipt is attached
 */
public record ForensicExpertLicenceForm(
        @NotNull @Pattern(regexp = "FORENSIC_EXPERT_ISSUE", message = "must be FORENSIC_EXPERT_ISSUE") String procedure,
        @NotNull @Valid Expert expert,
        @NotBlank @Size(max = 60) String speciality,
        @NotNull @Valid Diploma diploma,
        @NotNull @Min(0) @Max(70) Integer experienceYears,
        boolean internshipConclusionElectronic,
        boolean feePaidThroughGateway,
        @NotNull @Size(min = 1, max = 30) List<@NotNull @Valid FormDocument> documents) implements ExpertApplication {

    /** The expert; {@code address} is where the office posts a paper result. */
    public record Expert(
            @NotNull @Pattern(regexp = "\\d{12}", message = "must be 12 digits") String iin,
            @NotBlank @Size(max = 300) String fullName,
            @NotBlank @Size(max = 500) String address,
            @Size(max = 30) @Pattern(regexp = "[+0-9 ()-]*", message = "must be a phone number") String phone,
            @Size(max = 200) @Email String email) {
    }

    /** The higher-education diploma as it reads: number, institution, date, and the speciality it names. */
    public record Diploma(
            @NotBlank @Size(max = 50) String number,
            @NotBlank @Size(max = 500) String institution,
            @NotNull @PastOrPresent LocalDate issuedOn,
            @NotBlank @Size(max = 300) String speciality) {
    }
}
