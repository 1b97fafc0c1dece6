package kz.gov.elicense.securityactivity.control;

import kz.gov.elicense.application.boundary.ChecklistItem;
import kz.gov.elicense.application.boundary.ProcedureDefinition;
import kz.gov.elicense.application.boundary.ProcedureForm;
import kz.gov.elicense.application.boundary.Provider;
import kz.gov.elicense.application.boundary.StepDefinition;
import kz.gov.elicense.application.entity.ApplicantKind;
import kz.gov.elicense.application.entity.ProcedureType;
import kz.gov.elicense.application.entity.ResultKind;

import java.util.List;

/**
 * What the three security activity services (§4.1 issue, reissue, duplicate) declare alike: a legal entity applies
 * to a territorial police department; each names its code, title, number prefix, term, form, steps, checklist and
 * result once, in its constructor.
 */
abstract class SecurityActivityProcedure implements ProcedureDefinition {

    private final ProcedureType type;
    private final String title;
    private final String numberPrefix;
    private final int totalTermWorkingDays;
    private final Class<? extends ProcedureForm> formType;
    private final List<StepDefinition> steps;
    private final List<ChecklistItem> checklist;
    private final ResultKind positiveResult;

    SecurityActivityProcedure(ProcedureType type, String title, String numberPrefix, int totalTermWorkingDays,
                              Class<? extends ProcedureForm> formType, List<StepDefinition> steps,
                              List<ChecklistItem> checklist, ResultKind positiveResult) {
        this.type = type;
        this.title = title;
        this.numberPrefix = numberPrefix;
        this.totalTermWorkingDays = totalTermWorkingDays;
        this.formType = formType;
        this.steps = steps;
        this.checklist = checklist;
        this.positiveResult = positiveResult;
    }

    @Override
    public ProcedureType type() {
        return type;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String numberPrefix() {
        return numberPrefix;
    }

    @Override
    public int totalTermWorkingDays() {
        return totalTermWorkingDays;
    }

    @Override
    public ApplicantKind applicantKind() {
        return ApplicantKind.LEGAL_ENTITY;
    }

    @Override
    public Class<? extends ProcedureForm> formType() {
        return formType;
    }

    @Override
    public Provider provider() {
        return Provider.internalAffairs();
    }

    @Override
    public List<StepDefinition> steps() {
        return steps;
    }

    @Override
    public List<ChecklistItem> checklist() {
        return checklist;
    }

    @Override
    public ResultKind positiveResult() {
        return positiveResult;
    }
}
