package kz.gov.elicense.application.boundary;

import kz.gov.elicense.application.entity.DocumentKind;

import java.util.function.Predicate;

/**
 * A document of a procedure's checklist. {@code required} documents must be attached; a document with a
 * {@code validUntil} date must still be valid on the day of the completeness check. Some documents are required only
 * when the form says so (a paper fee receipt when the fee was not paid through the gateway; §4.5: the internship
 * conclusion when it does not exist electronically): {@code requiredWhen} then decides from the form.
 *
 * @param requiredWhen when the document is required, from the application's form; {@code null} for always
 */
public record ChecklistItem(DocumentKind kind, boolean required, String description,
                            Predicate<ProcedureForm> requiredWhen) {

    public ChecklistItem(DocumentKind kind, boolean required, String description) {
        this(kind, required, description, null);
    }

    /** A document required only when the application's form meets the condition. */
    public static ChecklistItem requiredWhen(DocumentKind kind, String description, Predicate<ProcedureForm> condition) {
        return new ChecklistItem(kind, true, description, condition);
    }

    /** Whether this application must attach the document; without the form a conditional document is required. */
    public boolean requiredFor(ProcedureForm form) {
        return required && (requiredWhen == null || form == null || requiredWhen.test(form));
    }
}
