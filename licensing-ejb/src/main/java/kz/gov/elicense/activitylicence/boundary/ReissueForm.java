package kz.gov.elicense.activitylicence.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kz.gov.elicense.application.boundary.FormDocument;
import kz.gov.elicense.problem.Rejection;
import kz.gov.elicense.register.entity.ReissueReason;
import kz.gov.elicense.register.entity.Site;

import java.util.List;

/**
 * The application to reissue a licence and/or some of its annexes (переоформление): the grounds, what changed, and
 * the licence's new holder name, legal address or branches and objects when those are what changed.
 *
 * @param reissueLicence   whether the licence itself is reissued
 * @param annexes          numbers of the annexes to reissue (none: only the licence)
 * @param reason           the grounds; a legal entity cannot have {@code PERSONAL_NAME_CHANGE}
 * @param detail           what changed, e.g. the new name and the date of the re-registration
 * @param newHolderName    the legal entity's new name (a change of name, a reorganisation)
 * @param newHolderAddress the new legal address (a change of location)
 * @param sites            the branches and objects as they are now, when they change; omitted, they stay as they are
 */
public record ReissueForm(
        @NotNull String procedure,
        @NotNull @Valid Licensee applicant,
        @NotNull @Pattern(regexp = LicenceNumbers.PATTERN, message = LicenceNumbers.MESSAGE) String licenceNumber,
        boolean reissueLicence,
        @Size(max = 20) List<@NotNull @Min(1) Integer> annexes,
        @NotNull @Pattern(regexp = "REORGANISATION|NAME_CHANGE|LEGAL_ADDRESS_CHANGE|ACTIVITY_RENAMED_BY_LAW|OBJECT_ADDRESS_CHANGE",
                message = "must be one of REORGANISATION, NAME_CHANGE, LEGAL_ADDRESS_CHANGE, ACTIVITY_RENAMED_BY_LAW,"
                        + " OBJECT_ADDRESS_CHANGE") String reason,
        @NotBlank @Size(max = 2000) String detail,
        @Size(max = 500) String newHolderName,
        @Size(max = 500) String newHolderAddress,
        @Size(max = 100) List<@NotNull @Valid SiteEntry> sites,
        @NotNull @Size(max = 30) List<@NotNull @Valid FormDocument> documents,
        boolean feePaidThroughGateway) implements ActivityLicenceForm {

    public ReissueForm {
        annexes = annexes == null ? List.of() : annexes;
    }

    @Override
    public void checkRules() {
        if (!reissueLicence && annexes.isEmpty()) {
            throw rule("nothing-to-reissue", "Nothing to reissue",
                    "Ask for the licence (reissueLicence) and/or for annexes by their numbers");
        }
        ActivityLicenceForm.requireDistinct(annexes, "annexes");
        ReissueReason grounds = reissueReason();
        if (grounds == ReissueReason.NAME_CHANGE && isBlank(newHolderName)) {
            throw rule("new-name-required", "The new name is missing", "A change of name needs newHolderName");
        }
        if (grounds == ReissueReason.LEGAL_ADDRESS_CHANGE && isBlank(newHolderAddress)) {
            throw rule("new-address-required", "The new legal address is missing",
                    "A change of location needs newHolderAddress");
        }
        boolean aboutTheHolder = grounds == ReissueReason.NAME_CHANGE || grounds == ReissueReason.REORGANISATION
                || grounds == ReissueReason.LEGAL_ADDRESS_CHANGE;
        if (!reissueLicence && (aboutTheHolder || !isBlank(newHolderName) || !isBlank(newHolderAddress) || sites != null)) {
            // the holder's name and address and the branches and objects are entered on the licence itself
            throw rule("licence-reissue-required", "The licence itself must be reissued",
                    "A reissue for " + grounds + " or with a new name, address or sites reissues the licence"
                            + " (reissueLicence)");
        }
        requireFeeEvidence();
    }

    public ReissueReason reissueReason() {
        return ReissueReason.valueOf(reason);
    }

    /** The sites as they are now, or null when the form leaves them as they are. */
    public List<Site> siteList() {
        return sites == null ? null : sites.stream().map(SiteEntry::site).toList();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static Rejection rule(String type, String title, String detail) {
        return Rejection.invalid(type, title, detail);
    }
}
