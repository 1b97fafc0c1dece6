package kz.gov.elicense.application.entity;

/**
 * The kinds of step the regulations are made of. A procedure declares which it uses, in which order, with which
 * role and limit; the shared case mechanics know what each kind of step does.
 */
public enum StepCode {
    /** The office registers the documents in the incoming journal (number, date, registration stamp). */
    RECEIPT(false),
    /** A head (of the provider, or of the department) determines the executor by resolution. */
    ASSIGN_EXECUTOR(false),
    /** The executor checks the completeness of the documents. */
    COMPLETENESS_CHECK(false),
    /** Requests to the state registries through the gateway; completes by itself when every answer is in. */
    REGISTRY_CHECKS(true),
    /** The check against the register of persons dismissed for negative reasons; completes by itself. */
    DISMISSED_PERSONS_CHECK(true),
    /** The executor reviews the materials, reports and drafts the result or a motivated refusal. */
    REPORT_AND_RESULT(false),
    /** The authorised person signs the result (and its cover letter) with the provider's EDS. */
    HEAD_SIGNATURE(false),
    /** The office records the result in the outgoing journal and sends it (by post, in person or to the cabinet). */
    DISPATCH(false);

    private final boolean automatic;

    StepCode(boolean automatic) {
        this.automatic = automatic;
    }

    /** Whether the system does this step by itself, from the registries' answers. */
    public boolean isAutomatic() {
        return automatic;
    }
}
