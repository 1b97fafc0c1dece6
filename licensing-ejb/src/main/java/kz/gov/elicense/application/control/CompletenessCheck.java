package kz.gov.elicense.application.control;

import kz.gov.elicense.application.boundary.ChecklistItem;

import kz.gov.elicense.application.boundary.ProcedureForm;
import kz.gov.elicense.application.entity.ApplicationDocument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Compares the attached documents with a procedure's checklist on a given day. */
public final class CompletenessCheck {

    private CompletenessCheck() {
    }

    public static CompletenessFindings of(List<ChecklistItem> checklist, List<ApplicationDocument> documents,
                                          LocalDate day) {
        return of(checklist, null, documents, day);
    }

    /** The same, with the conditional documents of the checklist decided by the application's form. */
    public static CompletenessFindings of(List<ChecklistItem> checklist, ProcedureForm form,
                                          List<ApplicationDocument> documents, LocalDate day) {
        List<String> missing = new ArrayList<>();
        List<String> expired = new ArrayList<>();
        for (ChecklistItem item : checklist) {
            List<ApplicationDocument> ofKind = documents.stream().filter(d -> d.kind() == item.kind()).toList();
            if (ofKind.isEmpty()) {
                if (item.requiredFor(form)) {
                    missing.add(item.description());
                }
            } else if (ofKind.stream().allMatch(d -> d.isExpiredOn(day))) {
                expired.add(item.description() + " (valid until " + ofKind.get(0).validUntil() + ")");
            }
        }
        return new CompletenessFindings(missing, expired);
    }
}
