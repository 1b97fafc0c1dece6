package kz.gov.elicense.forensicexpert.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kz.gov.elicense.application.boundary.FormDocument;
import kz.gov.elicense.register.entity.ReissueReason;

import java.util.List;

/**
 * The application of an individual expert to reissue their forensic expert licence under its number (§4.5), as the
 * expert signs it (JSON): the licence, the ground, and for a change of surname, name or patronymic the name the
 * licence is to bear, which must be the one the individuals database now has.
 *
 * @param reason       a ground of reissue that applies to an individual: {@code PERSONAL_NAME_CHANGE}, or
 *                     {@code ACTIVITY_RENAMED_BY_LAW} when the law renamed the kind of activity
 * @param reasonDetail what confirms the ground, e.g. the certificate of the change of name
 * @param newFullName  the expert's surname, name and patronymic as they now are (a change of name)
 */
public record ForensicExpertReissueForm(
        @NotNull @Pattern(regexp = "FORENSIC_EXPERT_REISSUE", message = "must be FORENSIC_EXPERT_REISSUE") String procedure,
        @NotNull @Valid ForensicExpertLicenceForm.Expert expert,
        @NotNull @Pattern(regexp = LICENCE_NUMBER, message = "must be a forensic expert licence number such as KZ26FEX0000001") String licenceNumber,
        @NotNull @Pattern(regexp = REASONS, message = "must be one of " + REASONS) String reason,
        @Size(max = 1000) String reasonDetail,
        @Size(max = 300) String newFullName,
        boolean feePaidThroughGateway,
        @NotNull @Size(max = 30) List<@NotNull @Valid FormDocument> documents) implements ExpertApplication {

    /** The number of a forensic expert licence in the register. */
    public static final String LICENCE_NUMBER = "KZ\\d{2}FEX\\d{7}";

    /** The grounds of a reissue that apply to an individual (the others are a legal entity's). */
    static final String REASONS = "PERSONAL_NAME_CHANGE|ACTIVITY_RENAMED_BY_LAW";

    public ReissueReason reissueReason() {
        return ReissueReason.valueOf(reason);
    }

    public boolean declaresNewName() {
        return newFullName != null && !newFullName.isBlank();
    }

    /** The name the reissued licence is to bear, or null when the name does not change. */
    public String nameToBear() {
        return declaresNewName() ? newFullName.strip() : null;
    }
}
