package kz.gov.elicense.forensicexpert.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kz.gov.elicense.application.boundary.FormDocument;

import java.util.List;

/**
 * The application of an individual expert for a duplicate of their forensic expert licence (§4.5), as the expert
 * signs it (JSON): the licence and why a duplicate is needed (the document was lost or damaged).
 */
public record ForensicExpertDuplicateForm(
        @NotNull @Pattern(regexp = "FORENSIC_EXPERT_DUPLICATE", message = "must be FORENSIC_EXPERT_DUPLICATE") String procedure,
        @NotNull @Valid ForensicExpertLicenceForm.Expert expert,
        @NotNull @Pattern(regexp = ForensicExpertReissueForm.LICENCE_NUMBER, message = "must be a forensic expert licence number such as KZ26FEX0000001") String licenceNumber,
        @NotNull @Pattern(regexp = "LOST|DAMAGED", message = "must be LOST or DAMAGED") String reason,
        @Size(max = 1000) String reasonDetail,
        boolean feePaidThroughGateway,
        @NotNull @Size(max = 30) List<@NotNull @Valid FormDocument> documents) implements ExpertApplication {

    /** Why the duplicate, as the case history says it. */
    public String why() {
        String what = "LOST".equals(reason) ? "the licence document was lost" : "the licence document was damaged";
        return reasonDetail == null || reasonDetail.isBlank() ? what : what + ": " + reasonDetail.strip();
    }
}
