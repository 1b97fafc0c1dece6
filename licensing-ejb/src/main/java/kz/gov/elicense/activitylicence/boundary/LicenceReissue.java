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

/**
 * The reissue of a licence and/or of some of its annexes under the same number, on one of the grounds of the law:
 * a new name, a new legal address, new branches or objects, a renamed activity.
 */
public abstract class LicenceReissue extends ActivityLicenceProcedure {

    private static final List<ChecklistItem> CHECKLIST = List.of(
            new ChecklistItem(DocumentKind.REISSUE_GROUNDS, true,
                    "document confirming the grounds of the reissue (re-registration certificate, new address…)"),
            new ChecklistItem(DocumentKind.PREMISES_TITLE, false,
                    "title deed or lease of the premises at their new address, when objects moved"),
            new ChecklistItem(DocumentKind.FEE_RECEIPT, false,
                    "receipt of the licence fee (when not paid through the payment gateway)"));

    protected LicenceReissue(LicensedActivity licensed) {
        super(licensed, LicenceService.REISSUE);
    }

    @Override
    public Class<? extends ProcedureForm> formType() {
        return ReissueForm.class;
    }

    @Override
    public List<ChecklistItem> checklist() {
        return CHECKLIST;
    }

    @Override
    protected void admitAgainstRegister(ActivityLicenceForm form) {
        ReissueForm reissue = (ReissueForm) form;
        HeldLicence.requireAnnexes(heldLicence(reissue.licenceNumber(), form), reissue.annexes());
    }

    /** A new name must be the one the legal entities database has registered. */
    @Override
    protected String newHolderName(ActivityLicenceForm form) {
        return ((ReissueForm) form).newHolderName();
    }

    @Override
    public IssuedResult issue(Application application, ResultIssue issue) {
        ReissueForm form = (ReissueForm) formOf(application);
        List<IssuedResult> reissued = new ArrayList<>();
        if (form.reissueLicence()) {
            reissued.add(licences.reissueLicence(application, issue, provider(), form.licenceNumber(),
                    form.reissueReason(), form.detail(), form.newHolderName(), form.newHolderAddress(),
                    form.siteList()));
        }
        for (int annex : form.annexes()) {
            reissued.add(licences.reissueAnnex(application, issue, provider(), form.licenceNumber(), annex,
                    form.reissueReason(), form.detail()));
        }
        return together(form.licenceNumber(), reissued);
    }
}
