package kz.gov.elicense.activitylicence.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kz.gov.elicense.application.boundary.FormDocument;

import java.util.List;

/**
 * The application for a new annex to a licence already held: the sub-types of activity it does not cover yet, one
 * annex each.
 */
public record AnnexForm(
        @NotNull String procedure,
        @NotNull @Valid Licensee applicant,
        @NotNull @Pattern(regexp = LicenceNumbers.PATTERN, message = LicenceNumbers.MESSAGE) String licenceNumber,
        @NotNull @Size(min = 1, max = 10) List<@NotBlank String> subtypes,
        @NotNull @Size(max = 30) List<@NotNull @Valid FormDocument> documents,
        boolean feePaidThroughGateway) implements ActivityLicenceForm {

    @Override
    public void checkRules() {
        ActivityLicenceForm.requireDistinct(subtypes, "subtypes");
        requireFeeEvidence();
    }
}
