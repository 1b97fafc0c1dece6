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
import kz.gov.elicense.problem.Rejection;
import kz.gov.elicense.register.boundary.LicenceRegister.LicenceFacts;
import kz.gov.elicense.register.entity.Activity;
import kz.gov.elicense.securityactivity.boundary.SecurityLicenceReissueForm;

import java.util.List;
import java.util.Set;

/**
 * The reissue of a security activity licence under its number, as regulation §4.1 declares it: the executor
 * determined within 1 hour, completeness within 2 WD, the registry checks within 5 hours (those of the issue with
 * the legal address, without the special-accounts request), and the report, result and the head's signature
 * together within 2 hours.
 */
@ApplicationScoped
public class SecurityActivityReissueProcedure extends SecurityActivityProcedure {

    public static final ProcedureType TYPE = ProcedureType.of("SECURITY_ACTIVITY_REISSUE");

    private static final List<StepDefinition> STEPS = List.of(
            new StepDefinition(StepCode.ASSIGN_EXECUTOR, OfficerRole.HEAD_OF_PROVIDER, StepLimit.workingHours(1),
                    "The head of the provider determines the executor"),
            new StepDefinition(StepCode.COMPLETENESS_CHECK, OfficerRole.EXECUTOR, StepLimit.workingDays(2),
                    "The executor checks the completeness of the documents"),
            new StepDefinition(StepCode.REGISTRY_CHECKS, OfficerRole.EXECUTOR, StepLimit.workingHours(5),
                    "Checks through the gateway, the legal address included"),
            new StepDefinition(StepCode.REPORT_AND_RESULT, OfficerRole.EXECUTOR, StepLimit.workingHours(2),
                    "The executor reports to the head and forms the reissued licence"),
            new StepDefinition(StepCode.HEAD_SIGNATURE, OfficerRole.HEAD_OF_PROVIDER, StepLimit.workingHours(2),
                    "The head signs the result with the EDS (within the 2 hours of the report step)").sharingPreviousLimit());

    private static final List<ChecklistItem> CHECKLIST = List.of(
            new ChecklistItem(DocumentKind.REISSUE_GROUNDS, true,
                    "document confirming the grounds of the reissue (name change, new legal address, reorganisation…)"),
            new ChecklistItem(DocumentKind.FEE_RECEIPT, false,
                    "receipt of the licence fee (when not paid through the payment gateway)"));

    @Inject
    LicenceResults licences;

    public SecurityActivityReissueProcedure() {
        super(TYPE,
                "Күзет қызметіне лицензияны қайта ресімдеу / Переоформление лицензии на охранную деятельность",
                "SECR", 10, SecurityLicenceReissueForm.class, STEPS, CHECKLIST, ResultKind.LICENCE);
    }

    /**
     * Only the applicant's own security licence, not terminated, can be reissued; the ground must come with what it
     * changes (a new name, a new legal address, the branches and objects), and the fee must be shown.
     */
    @Override
    public void admit(ProcedureForm form) {
        SecurityLicenceReissueForm reissue = (SecurityLicenceReissueForm) form;
        SecurityChecks.requireFeeEvidence(reissue);
        LicenceFacts licence = licences.requireHeldBy(reissue.licenceNumber(), reissue.applicantId(),
                Set.of(Activity.SECURITY_ACTIVITY));
        switch (reissue.reissueReason()) {
            case NAME_CHANGE -> {
                if (!reissue.declaresNewName()) {
                    throw changeMissing("a change of name needs the new name (newName)");
                }
                if (reissue.newName().strip().equals(licence.holderName())) {
                    throw changeMissing("the licence is already held under the name «" + licence.holderName() + "»");
                }
            }
            case LEGAL_ADDRESS_CHANGE -> {
                if (!reissue.declaresNewLegalAddress()) {
                    throw changeMissing("a change of legal address needs the new address (newLegalAddress)");
                }
            }
            case OBJECT_ADDRESS_CHANGE -> {
                if (reissue.sites() == null || reissue.sites().isEmpty()) {
                    throw changeMissing("a change of an object's address needs the branches and objects as they now are (sites)");
                }
            }
            case REORGANISATION, ACTIVITY_RENAMED_BY_LAW, PERSONAL_NAME_CHANGE -> {
                // the grounds document says what changed; the licence is reprinted as the register has it
            }
        }
    }

    /** Step 3 as the issue's, plus the legal address, without the request to the special accounts committee. */
    @Override
    public List<CheckRequest> checks(StepCode step, ProcedureForm form) {
        return SecurityChecks.questions(SecurityChecks.Service.REISSUE_OR_DUPLICATE, step,
                (SecurityLicenceReissueForm) form);
    }

    /** Adverse answers, a head other than the registered one, a legal address the database does not confirm. */
    @Override
    public List<String> adverseFindings(List<RegistryCheck> checks, ProcedureForm form) {
        return SecurityChecks.findings(checks, (SecurityLicenceReissueForm) form);
    }

    /** The licence reissued under the same number with the new name, address and branches and objects. */
    @Override
    public IssuedResult issue(Application application, ResultIssue issue) {
        SecurityLicenceReissueForm form = (SecurityLicenceReissueForm) formOf(application);
        return licences.reissueLicence(application, issue, provider(), form.licenceNumber(), form.reissueReason(),
                form.reasonDetail(), form.newName(), form.newLegalAddress(), form.licenseeSites());
    }

    private static Rejection changeMissing(String detail) {
        return Rejection.invalid("reissue-change-missing", "The reissue does not say what changed", detail);
    }
}
