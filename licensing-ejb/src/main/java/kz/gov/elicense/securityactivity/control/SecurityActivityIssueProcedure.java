package kz.gov.elicense.securityactivity.control;

import kz.gov.elicense.application.control.ChecklistItem;
import kz.gov.elicense.application.control.ProcedureDefinition;
import kz.gov.elicense.application.control.StepDefinition;
import kz.gov.elicense.application.entity.DocumentKind;
import kz.gov.elicense.application.entity.OfficerRole;
import kz.gov.elicense.application.entity.ProcedureType;
import kz.gov.elicense.application.entity.StepCode;
import kz.gov.elicense.calendar.entity.StepLimit;

import java.util.List;

/** The issue of a security activity licence as regulation §4.1 declares it. */
public final class SecurityActivityIssueProcedure implements ProcedureDefinition {

    public static final SecurityActivityIssueProcedure INSTANCE = new SecurityActivityIssueProcedure();

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
                    "The head signs the result with the EDS (within the 1 WD of the report step)"));

    private static final List<ChecklistItem> CHECKLIST = List.of(
            new ChecklistItem(DocumentKind.QUALIFICATION_FORM, true,
                    "form with the information on compliance with the qualification requirements"),
            new ChecklistItem(DocumentKind.HEAD_SPECIAL_TRAINING, true,
                    "certificate of the head's special training"),
            new ChecklistItem(DocumentKind.PREMISES_TITLE, true,
                    "title deed or lease of the office premises"),
            new ChecklistItem(DocumentKind.FEE_RECEIPT, false,
                    "receipt of the licence fee (when not paid through the payment gateway)"));

    private SecurityActivityIssueProcedure() {
    }

    @Override
    public ProcedureType type() {
        return ProcedureType.SECURITY_ACTIVITY_ISSUE;
    }

    @Override
    public List<StepDefinition> steps() {
        return STEPS;
    }

    @Override
    public List<ChecklistItem> checklist() {
        return CHECKLIST;
    }
}
