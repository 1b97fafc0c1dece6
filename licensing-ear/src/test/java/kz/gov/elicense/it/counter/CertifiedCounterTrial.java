package kz.gov.elicense.it.counter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kz.gov.elicense.application.boundary.FormDocument;
import kz.gov.elicense.application.boundary.ProcedureForm;
import kz.gov.elicense.application.boundary.ChecklistItem;
import kz.gov.elicense.application.boundary.IssuedResult;
import kz.gov.elicense.application.boundary.LicenceResults;
import kz.gov.elicense.application.boundary.ProcedureDefinition;
import kz.gov.elicense.application.boundary.Provider;
import kz.gov.elicense.application.boundary.ResultIssue;
import kz.gov.elicense.application.boundary.StepDefinition;
import kz.gov.elicense.application.entity.ApplicantKind;
import kz.gov.elicense.application.entity.Application;
import kz.gov.elicense.application.entity.DocumentKind;
import kz.gov.elicense.application.entity.OfficerRole;
import kz.gov.elicense.application.entity.ProcedureType;
import kz.gov.elicense.application.entity.ResultKind;
import kz.gov.elicense.application.entity.StepCode;
import kz.gov.elicense.calendar.entity.StepLimit;
import kz.gov.elicense.register.entity.Activity;

import java.util.List;

/**
 * A service deployed only in the counter test's EAR, whose counter form the officer certifies with an EDS as seed
 * 004 has it: the counter must refuse its form without the officer's valid signature, whatever else is right.
 */
@ApplicationScoped
public class CertifiedCounterTrial implements ProcedureDefinition {

    public static final String CODE = "COUNTER_CERTIFIED_TRIAL";

    @Inject
    LicenceResults licences;

    @Override
    public ProcedureType type() {
        return ProcedureType.of(CODE);
    }

    @Override
    public String title() {
        return "Trial service certified at the counter";
    }

    @Override
    public String numberPrefix() {
        return "TRL";
    }

    @Override
    public int totalTermWorkingDays() {
        return 15;
    }

    @Override
    public ApplicantKind applicantKind() {
        return ApplicantKind.LEGAL_ENTITY;
    }

    @Override
    public Class<? extends ProcedureForm> formType() {
        return TrialForm.class;
    }

    @Override
    public Provider provider() {
        return Provider.internalAffairs();
    }

    @Override
    public List<StepDefinition> steps() {
        return List.of(
                new StepDefinition(StepCode.ASSIGN_EXECUTOR, OfficerRole.HEAD_OF_PROVIDER, StepLimit.workingHours(1),
                        "The head determines the executor"),
                new StepDefinition(StepCode.REPORT_AND_RESULT, OfficerRole.EXECUTOR, StepLimit.workingDays(1),
                        "The executor forms the result"),
                new StepDefinition(StepCode.HEAD_SIGNATURE, OfficerRole.HEAD_OF_PROVIDER, StepLimit.workingDays(1),
                        "The head signs the result"));
    }

    @Override
    public List<ChecklistItem> checklist() {
        return List.of(new ChecklistItem(DocumentKind.QUALIFICATION_FORM, true, "qualification form"));
    }

    @Override
    public ResultKind positiveResult() {
        return ResultKind.LICENCE;
    }

    @Override
    public boolean officerCertifiesCounterForm() {
        return true;
    }

    @Override
    public IssuedResult issue(Application application, ResultIssue issue) {
        return licences.issueLicence(application, issue, Activity.SECURITY_ACTIVITY, provider(), null);
    }

    /** The trial service's form: the applicant and the documents. */
    public record TrialForm(
            @NotNull @Pattern(regexp = CODE, message = "must be " + CODE) String procedure,
            @NotNull @Pattern(regexp = "\\d{12}", message = "must be 12 digits") String bin,
            @NotBlank @Size(max = 500) String name,
            @NotNull @Size(min = 1, max = 30) List<@NotNull @Valid FormDocument> documents) implements ProcedureForm {

        @Override
        public String applicantId() {
            return bin;
        }

        @Override
        public String applicantName() {
            return name;
        }
    }
}
