package kz.gov.elicense.application.boundary;

import kz.gov.elicense.application.control.FormJson;

import kz.gov.elicense.application.control.CaseWork;

import kz.gov.elicense.application.entity.ApplicantKind;
import kz.gov.elicense.application.entity.Application;
import kz.gov.elicense.application.entity.Bin;
import kz.gov.elicense.application.entity.ProcedureType;
import kz.gov.elicense.application.entity.ResultKind;
import kz.gov.elicense.application.entity.StepCode;
import kz.gov.elicense.checks.entity.CheckKind;
import kz.gov.elicense.checks.entity.RegistryCheck;

import java.util.List;

/**
 * What a procedure declares: who may apply and with which form, its steps with roles and limits, its document
 * checklist, the registry checks of its check steps, its total term, and how its positive result is issued.
 * The shared case mechanics ({@link CaseWork}, {@code application.boundary.CaseFlow}) run any procedure from this
 * declaration. A procedure component provides one CDI bean implementing this per service; adding a service is
 * adding such a bean.
 */
public interface ProcedureDefinition {

    ProcedureType type();

    /** The service's name in Kazakh and Russian, "kk / ru". */
    String title();

    /** Prefix of this service's application numbers, e.g. {@code SEC} in SEC-2026-000001. */
    String numberPrefix();

    /** The whole service's term in working days (§2). */
    int totalTermWorkingDays();

    ApplicantKind applicantKind();

    /** The record the signed JSON form is read into; it implements {@link ProcedureForm}. */
    Class<? extends ProcedureForm> formType();

    /**
     * The codes a field of the form takes that its record cannot say by a pattern, because the declaration holds
     * them: the sub-types of activity of a licence with annexes, the kinds of forensic expertise. Keyed by the
     * field's name in the form record; the screens offer these as the field's choices.
     */
    default java.util.Map<String, List<String>> formChoices() {
        return java.util.Map.of();
    }

    Provider provider();

    List<StepDefinition> steps();

    List<ChecklistItem> checklist();

    /** What a positive result is called: a licence, a permit, a duplicate… */
    ResultKind positiveResult();

    /**
     * Whether the service takes a fee (§2 process 4): then no positive result is drafted or signed before the fee
     * stands confirmed (paid through the gateway, answered PAID by E-licensing, or a receipt the executor confirmed).
     * A service free of charge says {@code false}.
     */
    default boolean feeRequired() {
        return true;
    }

    /** Whether the result is a paper document the office sends, even for a portal application. */
    default boolean paperResult() {
        return false;
    }

    /**
     * Refuses, before anything is stored, a form that cannot be accepted for reasons beyond its format: e.g. a
     * reissue of a licence that is not the applicant's. Throws {@link kz.gov.elicense.problem.Rejection}.
     */
    default void admit(ProcedureForm form) {
    }

    /** The questions a check step of this procedure sends to the registries. */
    default List<CheckRequest> checks(StepCode step, ProcedureForm form) {
        return List.of();
    }

    /**
     * The registry questions of the counter lookup (§3, step 3) when an officer enters the applicant's BIN or IIN:
     * the legal entities database for a BIN, the individuals database for an IIN. A procedure whose counter flow
     * asks more (the forensic expert licence also asks the special accounts for a criminal record) overrides this.
     */
    default List<CheckRequest> counterLookups(String applicantId) {
        return List.of(Bin.isBin(applicantId)
                ? new CheckRequest(CheckKind.LEGAL_ENTITY, applicantId, "counter lookup: the applicant's registration")
                : new CheckRequest(CheckKind.INDIVIDUAL, applicantId, "counter lookup: the applicant's identity"));
    }

    /** Whether the officer certifies a form entered at the counter with their EDS (§3, step 4; seed 004). */
    default boolean officerCertifiesCounterForm() {
        return false;
    }

    /** What in the registries' answers stands in the way of the positive result, one line per finding. */
    default List<String> adverseFindings(List<RegistryCheck> checks, ProcedureForm form) {
        return checks.stream().filter(RegistryCheck::isAdverse)
                .map(c -> c.purpose() + ": " + c.outcome()
                        + (c.summary() == null || c.summary().isBlank() ? "" : " — " + c.summary()))
                .toList();
    }

    /**
     * Issues the positive result when the head signs: renders it, has it signed through {@code issue} and enters
     * it in the register, all in the signing transaction.
     */
    IssuedResult issue(Application application, ResultIssue issue);

    default StepDefinition step(StepCode code) {
        return steps().stream().filter(s -> s.code() == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(type() + " has no step " + code));
    }

    default boolean has(StepCode code) {
        return steps().stream().anyMatch(s -> s.code() == code);
    }

    /** The step after the given one, if any. */
    default java.util.Optional<StepDefinition> after(StepCode code) {
        List<StepDefinition> steps = steps();
        for (int i = 0; i < steps.size() - 1; i++) {
            if (steps.get(i).code() == code) {
                return java.util.Optional.of(steps.get(i + 1));
            }
        }
        return java.util.Optional.empty();
    }

    /** Reads an application's stored form as this procedure's form. */
    default ProcedureForm formOf(Application application) {
        return FormJson.read(application.form(), formType());
    }
}
