package kz.gov.elicense.application.boundary;

import java.util.List;

/**
 * What every application form has, whatever the procedure: which service it asks for, who applies, and the
 * documents it lists with their digests (so the applicant's signature over the form covers them too).
 * Each procedure's form is a record implementing this, with its own fields and format rules.
 */
public interface ProcedureForm {

    /** The procedure code, e.g. {@code SECURITY_ACTIVITY_ISSUE}. */
    String procedure();

    /** BIN of the applying legal entity or IIN of the applying individual. */
    String applicantId();

    /** The applicant's name as the form gives it. */
    String applicantName();

    List<FormDocument> documents();

    /**
     * Checks the identifiers the form carries beyond the applicant's (heads, personnel, …) and throws
     * {@link kz.gov.elicense.problem.Rejection} naming the field of the first one that is not valid.
     */
    default void checkIdentifiers() {
    }
}
