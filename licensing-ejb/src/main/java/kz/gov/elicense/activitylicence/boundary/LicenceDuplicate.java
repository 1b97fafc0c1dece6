package kz.gov.elicense.activitylicence.boundary;

import kz.gov.elicense.activitylicence.control.HeldLicence;

import kz.gov.elicense.activitylicence.control.ActivityLicenceProcedure;

import kz.gov.elicense.activitylicence.control.LicenceService;

import kz.gov.elicense.application.boundary.ProcedureForm;
import kz.gov.elicense.application.boundary.ChecklistItem;
import kz.gov.elicense.application.boundary.IssuedResult;
import kz.gov.elicense.application.boundary.ResultIssue;
import kz.gov.elicense.application.entity.Application;
import kz.gov.elicense.application.entity.DocumentKind;

import java.util.ArrayList;
import java.util.List;

/** A duplicate of a licence and/or of some of its annexes, as the register has them now. */
public abstract class LicenceDuplicate extends ActivityLicenceProcedure {

    private static final List<ChecklistItem> CHECKLIST = List.of(
            new ChecklistItem(DocumentKind.FEE_RECEIPT, false,
                    "receipt of the licence fee (when not paid through the payment gateway)"));

    protected LicenceDuplicate(LicensedActivity licensed) {
        super(licensed, LicenceService.DUPLICATE);
    }

    @Override
    public Class<? extends ProcedureForm> formType() {
        return DuplicateForm.class;
    }

    @Override
    public List<ChecklistItem> checklist() {
        return CHECKLIST;
    }

    @Override
    protected void admitAgainstRegister(ActivityLicenceForm form) {
        DuplicateForm duplicate = (DuplicateForm) form;
        HeldLicence.requireAnnexes(heldLicence(duplicate.licenceNumber(), form), duplicate.annexes());
    }

    @Override
    public IssuedResult issue(Application application, ResultIssue issue) {
        DuplicateForm form = (DuplicateForm) formOf(application);
        List<IssuedResult> duplicates = new ArrayList<>();
        if (form.duplicateLicence()) {
            duplicates.add(licences.duplicateLicence(application, issue, provider(), form.licenceNumber()));
        }
        for (int annex : form.annexes()) {
            duplicates.add(licences.duplicateAnnex(application, issue, provider(), form.licenceNumber(), annex));
        }
        return together(form.licenceNumber(), duplicates);
    }
}
