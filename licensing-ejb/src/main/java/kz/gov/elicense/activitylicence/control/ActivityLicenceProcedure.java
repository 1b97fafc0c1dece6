package kz.gov.elicense.activitylicence.control;

import kz.gov.elicense.activitylicence.boundary.LicensedActivity;
import kz.gov.elicense.activitylicence.entity.ActivitySubtype;

import jakarta.inject.Inject;
import kz.gov.elicense.activitylicence.boundary.ActivityLicenceForm;
import kz.gov.elicense.application.boundary.ProcedureForm;
import kz.gov.elicense.application.boundary.CheckRequest;
import kz.gov.elicense.application.boundary.IssuedResult;
import kz.gov.elicense.application.boundary.LicenceResults;
import kz.gov.elicense.application.boundary.ProcedureDefinition;
import kz.gov.elicense.application.boundary.Provider;
import kz.gov.elicense.application.boundary.StepDefinition;
import kz.gov.elicense.application.entity.ApplicantKind;
import kz.gov.elicense.application.entity.ProcedureType;
import kz.gov.elicense.application.entity.ResultKind;
import kz.gov.elicense.application.entity.StepCode;
import kz.gov.elicense.checks.entity.CheckKind;
import kz.gov.elicense.checks.entity.RegistryCheck;
import kz.gov.elicense.register.boundary.LicenceRegister.LicenceFacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A service of a licence with annexes (§4.3, §4.4) for one activity: legal entities apply, the territorial police
 * provides, the steps and term are the {@link LicenceService}'s. The registry checks are those the seed's flows name:
 * the legal entities database (counter flow, process 4) and the fee in E-licensing (portal flow, condition 2), the
 * latter only when the form says the fee went through the gateway, since a receipt's scan is checked by the executor.
 */
public abstract class ActivityLicenceProcedure implements ProcedureDefinition {

    private final LicensedActivity licensed;
    private final LicenceService service;

    @Inject
    protected LicenceResults licences;

    protected ActivityLicenceProcedure(LicensedActivity licensed, LicenceService service) {
        this.licensed = licensed;
        this.service = service;
    }

    public LicensedActivity licensed() {
        return licensed;
    }

    /** The sub-types of activity a form names ({@code subtypes}): the activity's own. */
    @Override
    public java.util.Map<String, List<String>> formChoices() {
        return java.util.Map.of("subtypes", licensed.subtypes().stream().map(ActivitySubtype::name).toList());
    }

    public LicenceService service() {
        return service;
    }

    @Override
    public ProcedureType type() {
        return licensed.type(service);
    }

    @Override
    public String title() {
        return licensed.title(service);
    }

    @Override
    public String numberPrefix() {
        return licensed.numberPrefix(service);
    }

    @Override
    public int totalTermWorkingDays() {
        return service.totalTermWorkingDays();
    }

    @Override
    public ApplicantKind applicantKind() {
        return ApplicantKind.LEGAL_ENTITY;
    }

    @Override
    public Provider provider() {
        return Provider.internalAffairs();
    }

    @Override
    public List<StepDefinition> steps() {
        return service.steps();
    }

    @Override
    public ResultKind positiveResult() {
        return service.positiveResult();
    }

    /** The form's own rules, then what the register must allow (the licence held, its annexes, its sub-types). */
    @Override
    public void admit(ProcedureForm form) {
        ActivityLicenceForm activityForm = (ActivityLicenceForm) form;
        activityForm.checkRules();
        admitAgainstRegister(activityForm);
    }

    /** Refuses with 409 what the register does not allow; nothing to check for a new licence. */
    protected abstract void admitAgainstRegister(ActivityLicenceForm form);

    @Override
    public List<CheckRequest> checks(StepCode step, ProcedureForm form) {
        if (step != StepCode.REGISTRY_CHECKS) {
            return List.of();
        }
        ActivityLicenceForm activityForm = (ActivityLicenceForm) form;
        String bin = activityForm.applicantId();
        List<CheckRequest> requests = new ArrayList<>();
        requests.add(new CheckRequest(CheckKind.LEGAL_ENTITY, bin, "state registration of the applicant"));
        if (activityForm.feePaidThroughGateway()) {
            requests.add(new CheckRequest(CheckKind.FEE_PAYMENT, bin, "licence fee paid through the payment gateway"));
        }
        return requests;
    }

    @Override
    public List<String> adverseFindings(List<RegistryCheck> checks, ProcedureForm form) {
        List<String> findings = new ArrayList<>(ProcedureDefinition.super.adverseFindings(checks, form));
        findings.addAll(ApplicantFindings.of(checks, newHolderName((ActivityLicenceForm) form)));
        return findings;
    }

    /** The holder's new name the application asks the licence to bear, if any. */
    protected String newHolderName(ActivityLicenceForm form) {
        return null;
    }

    /** The licence the form names, held by the applicant, of this activity, not terminated; 409 otherwise. */
    protected LicenceFacts heldLicence(String licenceNumber, ActivityLicenceForm form) {
        return licences.requireHeldBy(licenceNumber, form.applicantId(), Set.of(licensed.activity()));
    }

    /**
     * One result for what one signature issued (a licence and some annexes): the licence number when the licence
     * itself is among them, otherwise the annexes' references, e.g. {@code KZ26WPN0000001/2,3}.
     */
    protected static IssuedResult together(String licenceNumber, List<IssuedResult> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        boolean licenceItself = parts.stream().anyMatch(p -> p.reference().equals(licenceNumber));
        String reference = licenceItself ? licenceNumber : licenceNumber + "/" + String.join(",", parts.stream()
                .map(p -> p.reference().substring(licenceNumber.length() + 1)).toList());
        return new IssuedResult(reference, String.join("; ", parts.stream().map(IssuedResult::account).toList()));
    }
}
