package kz.gov.elicense.application.control;

import kz.gov.elicense.application.entity.DocumentKind;

/**
 * A document of a procedure's checklist. {@code required} documents must be attached; a document with a
 * {@code validUntil} date must still be valid on the day of the completeness check.
 */
public record ChecklistItem(DocumentKind kind, boolean required, String description) {
}
