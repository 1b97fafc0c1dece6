package kz.gov.elicense.forensicexpert.control;

import jakarta.enterprise.context.ApplicationScoped;
import kz.gov.elicense.application.boundary.ProcedureForm;
import kz.gov.elicense.application.boundary.ChecklistItem;
import kz.gov.elicense.application.boundary.IssuedResult;
import kz.gov.elicense.application.boundary.ResultIssue;
import kz.gov.elicense.application.entity.Application;
import kz.gov.elicense.application.entity.DocumentKind;
import kz.gov.elicense.application.entity.ProcedureType;
import kz.gov.elicense.forensicexpert.boundary.ForensicExpertDuplicateForm;

import java.util.List;

/**
 * A duplicate of a lost or damaged forensic expert licence (§4.5): the issue's steps, checks and provider, the
 * expert's review 2 WD. The licence itself does not change; the register records the duplicate.
 */
@ApplicationScoped
public class ForensicExpertDuplicateProcedure extends ForensicExpertProcedure {

    public static final ProcedureType TYPE = ForensicExpertService.DUPLICATE.type();

    private static final List<ChecklistItem> CHECKLIST = List.of(
            ChecklistItem.requiredWhen(DocumentKind.FEE_RECEIPT,
                    "receipt of the licence fee (the fee was not paid through the payment gateway)",
                    form -> !((ForensicExpertDuplicateForm) form).feePaidThroughGateway()));

    public ForensicExpertDuplicateProcedure() {
        super(ForensicExpertService.DUPLICATE);
    }

    @Override
    public Class<? extends ProcedureForm> formType() {
        return ForensicExpertDuplicateForm.class;
    }

    @Override
    public List<ChecklistItem> checklist() {
        return CHECKLIST;
    }

    /** Only of the applicant's own forensic expert licence, not terminated; 409 otherwise. */
    @Override
    public void admit(ProcedureForm form) {
        ForensicExpertDuplicateForm duplicate = (ForensicExpertDuplicateForm) form;
        heldLicence(duplicate.licenceNumber(), duplicate);
    }

    /** The duplicate of the licence document as the register has the licence; the case history says why. */
    @Override
    public IssuedResult issue(Application application, ResultIssue issue) {
        ForensicExpertDuplicateForm form = (ForensicExpertDuplicateForm) formOf(application);
        IssuedResult duplicate = licences.duplicateLicence(application, issue, provider(), form.licenceNumber());
        return new IssuedResult(duplicate.reference(), duplicate.account() + " (" + form.why() + ")");
    }
}
