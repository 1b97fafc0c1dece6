package kz.gov.elicense.activitylicence.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kz.gov.elicense.application.boundary.FormDocument;
import kz.gov.elicense.problem.Rejection;

import java.util.List;

/**
 * The application for a duplicate of a licence and/or of some of its annexes (the document was lost or damaged).
 *
 * @param duplicateLicence whether a duplicate of the licence itself is asked for
 * @param annexes          numbers of the annexes to duplicate
 * @param reason           why, e.g. "lost"
 */
public record DuplicateForm(
        @NotNull String procedure,
        @NotNull @Valid Licensee applicant,
        @NotNull @Pattern(regexp = LicenceNumbers.PATTERN, message = LicenceNumbers.MESSAGE) String licenceNumber,
        boolean duplicateLicence,
        @Size(max = 20) List<@NotNull @Min(1) Integer> annexes,
        @Size(max = 1000) String reason,
        @NotNull @Size(max = 30) List<@NotNull @Valid FormDocument> documents,
        boolean feePaidThroughGateway) implements ActivityLicenceForm {

    public DuplicateForm {
        annexes = annexes == null ? List.of() : annexes;
    }

    @Override
    public void checkRules() {
        if (!duplicateLicence && annexes.isEmpty()) {
            throw Rejection.invalid("nothing-to-duplicate", "Nothing to duplicate",
                    "Ask for the licence (duplicateLicence) and/or for annexes by their numbers");
        }
        ActivityLicenceForm.requireDistinct(annexes, "annexes");
        requireFeeEvidence();
    }
}
