package kz.gov.elicense.activitylicence.boundary;

import kz.gov.elicense.activitylicence.control.ActivityLicenceProcedure;

import kz.gov.elicense.activitylicence.control.LicenceService;

import kz.gov.elicense.activitylicence.entity.ActivitySubtype;
import kz.gov.elicense.application.boundary.ProcedureForm;
import kz.gov.elicense.application.boundary.ChecklistItem;
import kz.gov.elicense.application.boundary.IssuedResult;
import kz.gov.elicense.application.boundary.ResultIssue;
import kz.gov.elicense.application.entity.Application;
import kz.gov.elicense.application.entity.DocumentKind;
import kz.gov.elicense.register.entity.AnnexGrant;

import java.util.List;

/** The issue of a licence with one annex per requested sub-type of activity, and the licensee's objects and branches. */
public abstract class LicenceIssue extends ActivityLicenceProcedure {

    /** The documents of the qualification requirements, for a licence as for a new annex. */
    static final List<ChecklistItem> QUALIFICATION_DOCUMENTS = List.of(
            new ChecklistItem(DocumentKind.QUALIFICATION_FORM, true,
                    "form with the information on compliance with the qualification requirements"),
            new ChecklistItem(DocumentKind.PREMISES_TITLE, true,
                    "title deed or lease of the premises, storage or production sites"),
            new ChecklistItem(DocumentKind.STAFF_QUALIFICATION, true,
                    "documents on the qualification of the specialists"),
            new ChecklistItem(DocumentKind.FEE_RECEIPT, false,
                    "receipt of the licence fee (when not paid through the payment gateway)"));

    protected LicenceIssue(LicensedActivity licensed) {
        super(licensed, LicenceService.ISSUE);
    }

    @Override
    public Class<? extends ProcedureForm> formType() {
        return LicenceIssueForm.class;
    }

    @Override
    public List<ChecklistItem> checklist() {
        return QUALIFICATION_DOCUMENTS;
    }

    @Override
    protected void admitAgainstRegister(ActivityLicenceForm form) {
        ((LicenceIssueForm) form).subtypes().forEach(licensed()::subtype);
    }

    @Override
    public IssuedResult issue(Application application, ResultIssue issue) {
        LicenceIssueForm form = (LicenceIssueForm) formOf(application);
        List<AnnexGrant> annexes = form.subtypes().stream().map(licensed()::subtype).map(ActivitySubtype::grant).toList();
        return licences.issueLicence(application, issue, licensed().activity(), provider(), null,
                form.applicant().legalAddress(), annexes, form.siteList());
    }
}
