package kz.gov.elicense.application.control;

import kz.gov.elicense.application.entity.ProcedureType;
import kz.gov.elicense.application.entity.StepCode;

import java.util.List;

/**
 * What a procedure declares: its steps with roles and limits, its document checklist and its total term.
 * The shared case mechanics ({@link CaseWork}) run any procedure from this declaration.
 */
public interface ProcedureDefinition {

    ProcedureType type();

    List<StepDefinition> steps();

    List<ChecklistItem> checklist();

    default StepDefinition step(StepCode code) {
        return steps().stream().filter(s -> s.code() == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(type() + " has no step " + code));
    }
}
