package kz.gov.elicense.securityactivity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.elicense.application.boundary.ProcedureForm;
import kz.gov.elicense.application.boundary.CheckRequest;
import kz.gov.elicense.application.boundary.ChecklistItem;
import kz.gov.elicense.application.boundary.IssuedResult;
import kz.gov.elicense.application.boundary.LicenceResults;
import kz.gov.elicense.application.boundary.ResultIssue;
import kz.gov.elicense.application.boundary.StepDefinition;
import kz.gov.elicense.application.entity.Application;
import kz.gov.elicense.application.entity.DocumentKind;
import kz.gov.elicense.application.entity.OfficerRole;
import kz.gov.elicense.application.entity.ProcedureType;
import kz.gov.elicense.application.entity.ResultKind;
import kz.gov.elicense.application.entity.StepCode;
import kz.gov.elicense.calendar.entity.StepLimit;
import kz.gov.elicense.checks.entity.RegistryCheck;
import kz.gov.elicense.register.entity.Activity;
import kz.gov.elicense.securityactivity.boundary.SecurityLicenceDuplicateForm;

import java.util.List;
import java.util.Set;

/**
 * A duplicate of a lost or damaged security activity licence, as regulation §4.1 declares it: the executor
 * determined within 1 hour, completeness within 1 WD, the registry checks of the reissue within 5 hours, and the
 * report, result and the head's signature together within 2 hours. The licence itself does not change.
 */
@ApplicationScoped
public class SecurityActivityDuplicateProcedure extends SecurityActivityProcedure {

    public static final ProcedureType TYPE = ProcedureType.of("SECURITY_ACTIVITY_DUPLICATE");

    private static final List<StepDefinition> STEPS = List.of(
            new StepDefinition(StepCode.ASSIGN_EXECUTOR, OfficerRole.HEAD_OF_PROVIDER, StepLimit.workingHours(1),
                    "The head of the provider determines the executor"),
            new StepDefinition(StepCode.COMPLETENESS_CHECK, OfficerRole.EXECUTOR, StepLimit.workingDays(1),
                    "The executor checks the completeness of the documents"),
            new StepDefinition(StepCode.REGISTRY_CHECKS, OfficerRole.EXECUTOR, StepLimit.workingHours(5),
                    "Checks through the gateway, the legal address included"),
            new StepDefinition(StepCode.REPORT_AND_RESULT, OfficerRole.EXECUTOR, StepLimit.workingHours(2),
                    "The executor reports to the head and forms the duplicate"),
            new StepDefinition(StepCode.HEAD_SIGNATURE, OfficerRole.HEAD_OF_PROVIDER, StepLimit.workingHours(2),
                    "The head signs the duplicate with the EDS (within the 2 hours of the report step)").sharingPreviousLimit());

    private static final List<ChecklistItem> CHECKLIST = List.of(
            new ChecklistItem(DocumentKind.FEE_RECEIPT, false,
                    "receipt of the licence fee (when not paid through the payment gateway)"));

    @Inject
    LicenceResults licences;

    public SecurityActivityDuplicateProcedure() {
        super(TYPE,
                "Күзет қызметіне лицензияның телнұсқасын беру / Выдача дубликата лицензии на охранную деятельность",
                "SECD", 2, SecurityLicenceDuplicateForm.class, STEPS, CHECKLIST, ResultKind.DUPLICATE);
    }

    /** Only of the applicant's own security licence, not terminated; the fee must be shown. */
    @Override
    public void admit(ProcedureForm form) {
        SecurityLicenceDuplicateForm duplicate = (SecurityLicenceDuplicateForm) form;
        SecurityChecks.requireFeeEvidence(duplicate);
        licences.requireHeldBy(duplicate.licenceNumber(), duplicate.applicantId(), Set.of(Activity.SECURITY_ACTIVITY));
    }

    /** The reissue's step 3: the issue's checks plus the legal address, no special-accounts request. */
    @Override
    public List<CheckRequest> checks(StepCode step, ProcedureForm form) {
        return SecurityChecks.questions(SecurityChecks.Service.REISSUE_OR_DUPLICATE, step,
                (SecurityLicenceDuplicateForm) form);
    }

    @Override
    public List<String> adverseFindings(List<RegistryCheck> checks, ProcedureForm form) {
        return SecurityChecks.findings(checks, (SecurityLicenceDuplicateForm) form);
    }

    /** The duplicate of the licence document as the register has the licence; the case history says why. */
    @Override
    public IssuedResult issue(Application application, ResultIssue issue) {
        SecurityLicenceDuplicateForm form = (SecurityLicenceDuplicateForm) formOf(application);
        IssuedResult duplicate = licences.duplicateLicence(application, issue, provider(), form.licenceNumber());
        return new IssuedResult(duplicate.reference(), duplicate.account() + " (" + form.why() + ")");
    }
}
