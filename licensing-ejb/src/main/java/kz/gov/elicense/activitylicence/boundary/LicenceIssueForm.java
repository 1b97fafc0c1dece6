package kz.gov.elicense.activitylicence.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kz.gov.elicense.application.boundary.FormDocument;
import kz.gov.elicense.problem.Rejection;
import kz.gov.elicense.register.entity.Site;

import java.util.List;

/**
 * The application for a licence (§4.3, §4.4), exactly as the applicant signs it (JSON): the sub-types of activity it
 * asks for (one annex each), its licensed objects and branches, and the digests of its documents.
 *
 * @param subtypes codes of the sub-types of activity, e.g. {@code WEAPONS_SALE}
 * @param sites    the premises, storage and production sites ({@code OBJECT}) and the branches ({@code BRANCH})
 */
public record LicenceIssueForm(
        @NotNull String procedure,
        @NotNull @Valid Licensee applicant,
        @NotNull @Size(min = 1, max = 10) List<@NotBlank String> subtypes,
        @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid SiteEntry> sites,
        @NotNull @Size(max = 30) List<@NotNull @Valid FormDocument> documents,
        boolean feePaidThroughGateway) implements ActivityLicenceForm {

    @Override
    public void checkRules() {
        ActivityLicenceForm.requireDistinct(subtypes, "subtypes");
        if (sites.stream().noneMatch(s -> "OBJECT".equals(s.kind()))) {
            throw Rejection.invalid("object-required", "No licensed object is declared",
                    "sites: name at least one OBJECT (premises, storage or production site) where the activity is done");
        }
        requireFeeEvidence();
    }

    public List<Site> siteList() {
        return sites.stream().map(SiteEntry::site).toList();
    }
}
