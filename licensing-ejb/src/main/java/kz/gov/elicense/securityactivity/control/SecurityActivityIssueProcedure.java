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
import kz.gov.elicense.securityactivity.boundary.SecurityLicenceForm;

import java.util.List;

/** The issue of a security activity licence as regulation §4.1 declares it. */
@ApplicationScoped
public class SecurityActivityIssueProcedure extends SecurityActivityProcedure {

    public static final ProcedureType TYPE = ProcedureType.of("SECURITY_ACTIVITY_ISSUE");

    private static final List<StepDefinition> STEPS = List.of(
            new StepDefinition(StepCode.ASSIGN_EXECUTOR, OfficerRole.HEAD_OF_PROVIDER, StepLimit.workingHours(1),
                    "The head of the provider determines the executor"),
            new StepDefinition(StepCode.COMPLETENESS_CHECK, OfficerRole.EXECUTOR, StepLimit.workingDays(2),
                    "The executor checks the completeness of the documents"),
            new StepDefinition(StepCode.REGISTRY_CHECKS, OfficerRole.EXECUTOR, StepLimit.workingDays(6),
                    "Checks through the gateway and the request to the special accounts"),
            new StepDefinition(StepCode.DISMISSED_PERSONS_CHECK, OfficerRole.EXECUTOR, StepLimit.workingHours(6),
                    "Check against the register of persons dismissed for negative reasons"),
            new StepDefinition(StepCode.REPORT_AND_RESULT, OfficerRole.EXECUTOR, StepLimit.workingDays(1),
                    "The executor reports to the head and forms the result"),
            new StepDefinition(StepCode.HEAD_SIGNATURE, OfficerRole.HEAD_OF_PROVIDER, StepLimit.workingDays(1),
                    "The head signs the result with the EDS (within the 1 WD of the report step)").sharingPreviousLimit());

    private static final List<ChecklistItem> CHECKLIST = List.of(
            new ChecklistItem(DocumentKind.QUALIFICATION_FORM, true,
                    "form with the information on compliance with the qualification requirements"),
            new ChecklistItem(DocumentKind.HEAD_SPECIAL_TRAINING, true,
                    "certificate of the head's special training"),
            new ChecklistItem(DocumentKind.PREMISES_TITLE, true,
                    "title deed or lease of the office premises"),
            new ChecklistItem(DocumentKind.FEE_RECEIPT, false,
                    "receipt of the licence fee (when not paid through the payment gateway)"));

    @Inject
    LicenceResults licences;

    public SecurityActivityIssueProcedure() {
        super(TYPE,
                "Күзет қызметіне лицензия беру / Выдача лицензии на охранную деятельность",
                "SEC", 15, SecurityLicenceForm.class, STEPS, CHECKLIST, ResultKind.LICENCE);
    }

    /** A fee neither paid through the gateway nor shown by a receipt is refused at once. */
    @Override
    public void admit(ProcedureForm form) {
        SecurityChecks.requireFeeEvidence((SecurityLicenceForm) form);
    }

    /**
     * Step 3: identity, state registration, criminal record, liability and fee through the gateway, and the request
     * to the special accounts committee; step 4: the dismissed-persons register for the head and the personnel.
     */
    @Override
    public List<CheckRequest> checks(StepCode step, ProcedureForm form) {
        return SecurityChecks.questions(SecurityChecks.Service.ISSUE, step, (SecurityLicenceForm) form);
    }

    /** Adverse answers, and a head the legal entities database does not know as the applicant's. */
    @Override
    public List<String> adverseFindings(List<RegistryCheck> checks, ProcedureForm form) {
        return SecurityChecks.findings(checks, (SecurityLicenceForm) form);
    }

    /** The licence, with the legal address and the branches and objects the application declares. */
    @Override
    public IssuedResult issue(Application application, ResultIssue issue) {
        SecurityLicenceForm form = (SecurityLicenceForm) formOf(application);
        return licences.issueLicence(application, issue, Activity.SECURITY_ACTIVITY, provider(), null,
                form.applicant().legalAddress(), List.of(), form.licenseeSites());
    }
}
