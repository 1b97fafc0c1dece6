package kz.gov.elicense.weaponregistration.control;

import jakarta.inject.Inject;
import kz.gov.elicense.application.boundary.ProcedureForm;
import kz.gov.elicense.application.boundary.ChecklistItem;
import kz.gov.elicense.application.boundary.IssuedResult;
import kz.gov.elicense.application.boundary.ProcedureDefinition;
import kz.gov.elicense.application.boundary.Provider;
import kz.gov.elicense.application.boundary.ResultIssue;
import kz.gov.elicense.application.boundary.StepDefinition;
import kz.gov.elicense.application.entity.ApplicantKind;
import kz.gov.elicense.application.entity.Application;
import kz.gov.elicense.application.entity.DocumentKind;
import kz.gov.elicense.application.entity.OfficerRole;
import kz.gov.elicense.application.entity.ResultKind;
import kz.gov.elicense.application.entity.StepCode;
import kz.gov.elicense.calendar.entity.StepLimit;
import kz.gov.elicense.weaponregistration.boundary.WeaponForm;

import java.time.Clock;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What registration and re-registration of a weapon unit share (seed 003 annex 1): anyone may apply, an individual
 * or a legal entity; the internal affairs body works through the six steps of item 5 and ends in a paper permit with
 * its cover letter, which the office sends; the documents depend on who applies.
 */
abstract class WeaponProcedure implements ProcedureDefinition {

    /** Item 5 of the regulation, step by step, with its limits. */
    static final List<StepDefinition> STEPS = List.of(
            new StepDefinition(StepCode.RECEIPT, OfficerRole.CLERK, StepLimit.workingMinutes(15),
                    "The office accepts the documents, registers them in the incoming journal and marks their receipt"),
            new StepDefinition(StepCode.ASSIGN_EXECUTOR, OfficerRole.HEAD_OF_PROVIDER, StepLimit.workingHours(2),
                    "The head of the provider determines the executor by resolution"),
            new StepDefinition(StepCode.COMPLETENESS_CHECK, OfficerRole.EXECUTOR, StepLimit.workingDays(2),
                    "The executor checks the completeness of the materials"),
            new StepDefinition(StepCode.REPORT_AND_RESULT, OfficerRole.EXECUTOR, StepLimit.workingDays(13),
                    "The executor prepares the permit or a motivated refusal"),
            new StepDefinition(StepCode.HEAD_SIGNATURE, OfficerRole.HEAD_OF_PROVIDER, StepLimit.workingHours(3),
                    "The authorised person signs the permit and its cover letter, or the motivated refusal"),
            new StepDefinition(StepCode.DISPATCH, OfficerRole.CLERK, StepLimit.workingMinutes(15),
                    "The office records the result in the outgoing journal with its number and packs it for sending"));

    static final ChecklistItem STORAGE = new ChecklistItem(DocumentKind.STORAGE_CONDITIONS_ACT, true,
            "act of inspection of the conditions the weapon is stored in");
    static final ChecklistItem FEE = new ChecklistItem(DocumentKind.FEE_RECEIPT, true,
            "receipt of the fee for the registration of the weapon");
    /** An individual's only: a legal entity needs no medical certificate or photographs. */
    static final ChecklistItem MEDICAL = ChecklistItem.requiredWhen(DocumentKind.MEDICAL_CERTIFICATE,
            "medical certificate of fitness to own a weapon (individuals)", form -> !((WeaponForm) form).byLegalEntity());
    static final ChecklistItem PHOTOGRAPHS = ChecklistItem.requiredWhen(DocumentKind.PHOTOGRAPH,
            "photographs of the applicant (individuals)", form -> !((WeaponForm) form).byLegalEntity());

    @Inject
    WeaponPermits permits;

    @Inject
    Clock clock;

    /**
     * The seed gives no total; its item 8 gives the executor 15 days for the whole review (2 WD completeness + 13 WD
     * preparation of item 5), which §4.3 restates as the executor's 15 WD, and that is the service's term. The
     * office's and the head's steps (5 h 30 min of working time) are not added on top of it.
     */
    @Override
    public int totalTermWorkingDays() {
        return 15;
    }

    @Override
    public ApplicantKind applicantKind() {
        return ApplicantKind.ANY;
    }

    @Override
    public Provider provider() {
        return Provider.internalAffairs();
    }

    @Override
    public List<StepDefinition> steps() {
        return STEPS;
    }

    @Override
    public ResultKind positiveResult() {
        return ResultKind.PERMIT;
    }

    /** The permit is a paper document (item 2): the office sends it, even for a portal application. */
    @Override
    public boolean paperResult() {
        return true;
    }

    /** The documents of §4.2; the medical certificate and photographs only from an individual. */
    @Override
    public List<ChecklistItem> checklist() {
        return List.of(ChecklistItem.requiredWhen(DocumentKind.WEAPON_ACQUISITION,
                        "permit to acquire the weapon or the document it was acquired by (sale, gift, inheritance)",
                        form -> acquisitionDocumentNeeded((WeaponForm) form)),
                MEDICAL, PHOTOGRAPHS, STORAGE, FEE);
    }

    /** Whether the application must prove how the applicant came to hold the weapon. */
    abstract boolean acquisitionDocumentNeeded(WeaponForm form);

    @Override
    public IssuedResult issue(Application application, ResultIssue issue) {
        return permits.issue(application, issue, (WeaponForm) formOf(application), provider());
    }

    Year thisYear() {
        return Year.now(clock.withZone(ZoneOffset.ofHours(5)));
    }
}
