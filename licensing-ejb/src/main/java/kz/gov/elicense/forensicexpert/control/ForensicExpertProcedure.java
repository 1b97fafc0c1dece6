package kz.gov.elicense.forensicexpert.control;

import jakarta.inject.Inject;
import kz.gov.elicense.application.boundary.ProcedureForm;
import kz.gov.elicense.application.boundary.CheckRequest;
import kz.gov.elicense.application.boundary.LicenceResults;
import kz.gov.elicense.application.boundary.ProcedureDefinition;
import kz.gov.elicense.application.boundary.Provider;
import kz.gov.elicense.application.boundary.StepDefinition;
import kz.gov.elicense.application.entity.ApplicantKind;
import kz.gov.elicense.application.entity.ProcedureType;
import kz.gov.elicense.application.entity.ResultKind;
import kz.gov.elicense.application.entity.StepCode;
import kz.gov.elicense.checks.entity.CheckKind;
import kz.gov.elicense.forensicexpert.boundary.ExpertApplication;
import kz.gov.elicense.register.boundary.LicenceRegister.LicenceFacts;
import kz.gov.elicense.register.entity.Activity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the three forensic expert services (§4.5) have in common: an individual expert applies, the Registration
 * Service and Legal Aid Committee provides, the steps are the {@link ForensicExpertService}'s, and the gateway is asked
 * the same questions (the expert's identity in the individuals database and the criminal record in the special
 * accounts, and the fee when it went through the payment gateway). At the counter (§3, seed 004 diagram 2) the
 * officer's lookup asks both registries too, and the officer certifies the entered form with an EDS.
 */
public abstract class ForensicExpertProcedure implements ProcedureDefinition {

    private final ForensicExpertService service;

    @Inject
    LicenceResults licences;

    protected ForensicExpertProcedure(ForensicExpertService service) {
        this.service = service;
    }

    public ForensicExpertService service() {
        return service;
    }

    @Override
    public ProcedureType type() {
        return service.type();
    }

    @Override
    public String title() {
        return service.title();
    }

    @Override
    public String numberPrefix() {
        return service.numberPrefix();
    }

    @Override
    public int totalTermWorkingDays() {
        return service.totalTermWorkingDays();
    }

    @Override
    public ApplicantKind applicantKind() {
        return ApplicantKind.INDIVIDUAL;
    }

    @Override
    public Provider provider() {
        return Provider.justice();
    }

    @Override
    public List<StepDefinition> steps() {
        return service.steps();
    }

    @Override
    public ResultKind positiveResult() {
        return service.positiveResult();
    }

    /**
     * The expert's identity in the individuals database and the criminal record in the special accounts (§3 names
     * both for this service), and the fee when it was paid through the gateway.
     */
    @Override
    public List<CheckRequest> checks(StepCode step, ProcedureForm form) {
        if (step != StepCode.REGISTRY_CHECKS) {
            return List.of();
        }
        ExpertApplication application = (ExpertApplication) form;
        String iin = application.applicantId();
        List<CheckRequest> requests = new ArrayList<>();
        requests.add(new CheckRequest(CheckKind.INDIVIDUAL, iin, "identity of the expert " + iin));
        requests.add(new CheckRequest(CheckKind.CRIMINAL_RECORD, iin, "criminal record of the expert " + iin));
        if (application.feePaidThroughGateway()) {
            requests.add(new CheckRequest(CheckKind.FEE_PAYMENT, iin, "licence fee"));
        }
        return requests;
    }

    /**
     * Seed 004, diagram 2, processes 3–4: the officer's request goes to the individuals database and to the special
     * accounts' criminal records, and the officer sees what both hold before entering the form.
     */
    @Override
    public List<CheckRequest> counterLookups(String applicantId) {
        return List.of(
                new CheckRequest(CheckKind.INDIVIDUAL, applicantId, "counter lookup: the expert's identity"),
                new CheckRequest(CheckKind.CRIMINAL_RECORD, applicantId, "counter lookup: the expert's criminal record"));
    }

    /** Seed 004, diagram 2, process 5: the officer certifies the filled form with an EDS. */
    @Override
    public boolean officerCertifiesCounterForm() {
        return true;
    }

    /** The forensic expert licence the form names, held by the applicant and not terminated; 409 otherwise. */
    protected LicenceFacts heldLicence(String licenceNumber, ExpertApplication form) {
        return licences.requireHeldBy(licenceNumber, form.applicantId(), Set.of(Activity.FORENSIC_EXPERT));
    }
}
