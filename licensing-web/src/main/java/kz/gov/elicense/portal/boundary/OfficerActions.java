package kz.gov.elicense.portal.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies of the officers' actions on an application. */
public final class OfficerActions {

    private OfficerActions() {
    }

    /** The head names the executor (their user name), with an instruction if any. */
    public record ExecutorAssignment(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,100}", message = "must be an officer's user name") String executor,
            @Size(max = 2000) String instruction) {
    }

    /** The office sends the result: by POST (to the address), IN_PERSON or to the PORTAL cabinet. */
    public record Dispatch(
            @NotNull @Pattern(regexp = "POST|IN_PERSON|PORTAL", message = "must be POST, IN_PERSON or PORTAL") String method,
            @Size(max = 500) String address) {
    }

    /** Step 2: the executor's completeness decision; a refusal may state its grounds. */
    public record CompletenessDecision(@NotNull Boolean complete, @Size(max = 4000) String reason) {
    }

    /** The executor's decision on the scanned fee receipt; a rejection says why in the note. */
    public record FeeReceiptDecision(@NotNull Boolean confirmed, @Size(max = 2000) String note) {
    }

    /** Step 5: the executor's report and proposed result. */
    public record ResultDraft(
            @NotNull @Pattern(regexp = "LICENCE|PERMIT|DUPLICATE|MOTIVATED_REFUSAL", message = "must be LICENCE, PERMIT, DUPLICATE or MOTIVATED_REFUSAL") String proposal,
            @NotBlank @Size(max = 10000) String report,
            @Size(max = 4000) String refusalReason) {
    }

    /**
     * The answer to the head's signature: the licence number when a licence was issued, and the register reference
     * of any positive result (licence or permit number).
     */
    public record SignatureResult(String applicationNumber, String result, String licenceNumber, String reference) {
    }
}
