package kz.gov.elicense.securityactivity.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kz.gov.elicense.application.boundary.FormDocument;

import java.util.List;

/**
 * The application for a duplicate of a security activity licence, as the applicant signs it (JSON): the licence,
 * why a duplicate is needed (the document was lost or damaged), the head of the organisation, who is checked, and
 * the fee receipt when the fee was not paid through the gateway.
 */
public record SecurityLicenceDuplicateForm(
        @NotNull @Pattern(regexp = "SECURITY_ACTIVITY_DUPLICATE", message = "must be SECURITY_ACTIVITY_DUPLICATE") String procedure,
        @NotNull @Valid SecurityLicenceForm.Applicant applicant,
        @NotNull @Pattern(regexp = "KZ\\d{2}SEC\\d{7}", message = "must be a security activity licence number such as KZ26SEC0000001") String licenceNumber,
        @NotNull @Pattern(regexp = "LOST|DAMAGED", message = "must be LOST or DAMAGED") String reason,
        @Size(max = 1000) String reasonDetail,
        @NotNull @Valid SecurityLicenceForm.Person head,
        @NotNull @Size(max = 30) List<@NotNull @Valid FormDocument> documents,
        boolean feePaidThroughGateway) implements SecurityActivityForm {

    /** The legal address the applicant declares: the database must still confirm it (§4.1, duplicate step 3). */
    @Override
    public String addressToConfirm() {
        return applicant.legalAddress();
    }

    /** Why the duplicate, as the case history says it. */
    public String why() {
        String what = "LOST".equals(reason) ? "the licence document was lost" : "the licence document was damaged";
        return reasonDetail == null || reasonDetail.isBlank() ? what : what + ": " + reasonDetail.strip();
    }
}
