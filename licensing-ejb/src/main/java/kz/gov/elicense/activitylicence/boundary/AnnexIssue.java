package kz.gov.elicense.activitylicence.boundary;

import kz.gov.elicense.activitylicence.control.HeldLicence;

import kz.gov.elicense.activitylicence.control.ActivityLicenceProcedure;

import kz.gov.elicense.activitylicence.control.LicenceService;

import kz.gov.elicense.application.boundary.ProcedureForm;
import kz.gov.elicense.application.boundary.ChecklistItem;
import kz.gov.elicense.application.boundary.IssuedResult;
import kz.gov.elicense.application.boundary.ResultIssue;
import kz.gov.elicense.application.entity.Application;

import java.util.List;

/** A new annex to a licence the applicant holds, one per sub-type of activity the licence does not cover yet. */
public abstract class AnnexIssue extends ActivityLicenceProcedure {

    protected AnnexIssue(LicensedActivity licensed) {
        super(licensed, LicenceService.ANNEX);
    }

    @Override
    public Class<? extends ProcedureForm> formType() {
        return AnnexForm.class;
    }

    /** The qualification requirements are met anew for the new sub-type. */
    @Override
    public List<ChecklistItem> checklist() {
        return LicenceIssue.QUALIFICATION_DOCUMENTS;
    }

    @Override
    protected void admitAgainstRegister(ActivityLicenceForm form) {
        AnnexForm annex = (AnnexForm) form;
        annex.subtypes().forEach(licensed()::subtype);
        HeldLicence.requireUncovered(heldLicence(annex.licenceNumber(), form), annex.subtypes());
    }

    @Override
    public IssuedResult issue(Application application, ResultIssue issue) {
        AnnexForm form = (AnnexForm) formOf(application);
        List<IssuedResult> annexes = form.subtypes().stream()
                .map(code -> licences.issueAnnex(application, issue, provider(), form.licenceNumber(),
                        licensed().subtype(code).grant()))
                .toList();
        return together(form.licenceNumber(), annexes);
    }
}
