package kz.gov.elicense.securityactivity.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kz.gov.elicense.application.boundary.FormDocument;
import kz.gov.elicense.register.entity.ReissueReason;
import kz.gov.elicense.register.entity.Site;

import java.util.List;

/**
 * The application to reissue a security activity licence under its number, as the applicant signs it (JSON): the
 * licence, the ground of the reissue with its detail, what changed (the new name and/or the new legal address, the
 * branches and objects as they now are), the head and the personnel to check, and the documents confirming the
 * ground. {@code sites} left out keeps the licence's branches and objects; an empty list removes them all.
 */
public record SecurityLicenceReissueForm(
        @NotNull @Pattern(regexp = "SECURITY_ACTIVITY_REISSUE", message = "must be SECURITY_ACTIVITY_REISSUE") String procedure,
        @NotNull @Valid SecurityLicenceForm.Applicant applicant,
        @NotNull @Pattern(regexp = "KZ\\d{2}SEC\\d{7}", message = "must be a security activity licence number such as KZ26SEC0000001") String licenceNumber,
        @NotNull @Pattern(regexp = REASONS, message = "must be one of " + REASONS) String reason,
        @Size(max = 1000) String reasonDetail,
        @Size(max = 500) String newName,
        @Size(max = 500) String newLegalAddress,
        @NotNull @Valid SecurityLicenceForm.Person head,
        @NotNull @Size(max = 500) List<SecurityLicenceForm.@NotNull @Valid Person> personnel,
        @Size(max = 200) List<@NotNull @Valid LicenseeSite> sites,
        @NotNull @Size(min = 1, max = 30) List<@NotNull @Valid FormDocument> documents,
        boolean feePaidThroughGateway) implements SecurityActivityForm {

    /** The grounds of a reissue that apply to a legal entity (a surname change is an individual's). */
    static final String REASONS = "REORGANISATION|NAME_CHANGE|LEGAL_ADDRESS_CHANGE|ACTIVITY_RENAMED_BY_LAW|OBJECT_ADDRESS_CHANGE";

    public ReissueReason reissueReason() {
        return ReissueReason.valueOf(reason);
    }

    /** The new legal address when there is one, else the current one: the database must confirm it either way. */
    @Override
    public String addressToConfirm() {
        return isGiven(newLegalAddress) ? newLegalAddress : applicant.legalAddress();
    }

    /** The branches and objects as they now are, or null to keep the licence's. */
    public List<Site> licenseeSites() {
        return LicenseeSite.toSites(sites);
    }

    public boolean declaresNewName() {
        return isGiven(newName);
    }

    public boolean declaresNewLegalAddress() {
        return isGiven(newLegalAddress);
    }

    private static boolean isGiven(String value) {
        return value != null && !value.isBlank();
    }
}
