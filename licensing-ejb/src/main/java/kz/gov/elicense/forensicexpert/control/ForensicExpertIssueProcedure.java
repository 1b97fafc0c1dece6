package kz.gov.elicense.forensicexpert.control;

import jakarta.enterprise.context.ApplicationScoped;
import kz.gov.elicense.application.boundary.FormDocument;
import kz.gov.elicense.application.boundary.ProcedureForm;
import kz.gov.elicense.application.boundary.ChecklistItem;
import kz.gov.elicense.application.boundary.IssuedResult;
import kz.gov.elicense.application.boundary.ResultIssue;
import kz.gov.elicense.application.entity.Application;
import kz.gov.elicense.application.entity.DocumentKind;
import kz.gov.elicense.application.entity.ProcedureType;
import kz.gov.elicense.checks.entity.RegistryCheck;
import kz.gov.elicense.forensicexpert.boundary.ForensicExpertLicenceForm;
import kz.gov.elicense.forensicexpert.entity.ForensicSpeciality;
import kz.gov.elicense.problem.Rejection;
import kz.gov.elicense.register.entity.Activity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The issue of a forensic expert activity licence as regulation §4.5 (Ministry of Justice order No. 41) declares it,
 * to an individual expert, by the Registration Service and Legal Aid Committee.
 */
@ApplicationScoped
public class ForensicExpertIssueProcedure extends ForensicExpertProcedure {

    public static final ProcedureType TYPE = ForensicExpertService.ISSUE.type();

    /** The work in forensic expertise in the diploma's speciality the employment record must prove (§4.5, doc. 3). */
    public static final int MINIMUM_EXPERIENCE_YEARS = 5;

    private static final List<ChecklistItem> CHECKLIST = List.of(
            new ChecklistItem(DocumentKind.HIGHER_EDUCATION_DIPLOMA, true, "copy of the higher-education diploma"),
            new ChecklistItem(DocumentKind.QUALIFICATION_FORM, true,
                    "form with the information on compliance with the qualification requirements"),
            new ChecklistItem(DocumentKind.EMPLOYMENT_RECORD, true,
                    "employment record book, contract, orders or service list proving at least five years of"
                            + " forensic expert work in the speciality of the diploma"),
            new ChecklistItem(DocumentKind.NARCOLOGICAL_CERTIFICATE, true,
                    "certificate of the narcological dispensary at the place of residence"),
            new ChecklistItem(DocumentKind.PSYCHIATRIC_CERTIFICATE, true,
                    "certificate of the psychiatric dispensary at the place of residence"),
            ChecklistItem.requiredWhen(DocumentKind.FEE_RECEIPT,
                    "receipt of the licence fee (the fee was not paid through the payment gateway)",
                    form -> !((ForensicExpertLicenceForm) form).feePaidThroughGateway()),
            ChecklistItem.requiredWhen(DocumentKind.INTERNSHIP_CONCLUSION,
                    "conclusion on completing the internship (it does not exist electronically)",
                    form -> !((ForensicExpertLicenceForm) form).internshipConclusionElectronic()));

    /** Documents whose form entry must say until when they are valid, so that the check can hold expired ones. */
    private static final Set<String> DATED_DOCUMENTS = Set.of(DocumentKind.NARCOLOGICAL_CERTIFICATE.name(),
            DocumentKind.PSYCHIATRIC_CERTIFICATE.name());

    public ForensicExpertIssueProcedure() {
        super(ForensicExpertService.ISSUE);
    }

    @Override
    public Class<? extends ProcedureForm> formType() {
        return ForensicExpertLicenceForm.class;
    }

    /** The kinds of forensic expertise a licence can name. */
    @Override
    public java.util.Map<String, List<String>> formChoices() {
        return java.util.Map.of("speciality", ForensicSpeciality.codes());
    }

    @Override
    public List<ChecklistItem> checklist() {
        return CHECKLIST;
    }

    /** A speciality the licence can name, and the validity date of each medical certificate. */
    @Override
    public void admit(ProcedureForm form) {
        ForensicExpertLicenceForm application = (ForensicExpertLicenceForm) form;
        if (ForensicSpeciality.of(application.speciality()).isEmpty()) {
            throw Rejection.invalid("speciality-unknown", "Unknown kind of forensic expertise",
                    "speciality: " + application.speciality() + " is not one of " + ForensicSpeciality.codes());
        }
        for (FormDocument document : application.documents()) {
            if (DATED_DOCUMENTS.contains(document.kind()) && document.validUntil() == null) {
                throw Rejection.invalid("document-validity-required", "A certificate needs its validity date",
                        document.fileName() + " (" + document.kind() + "): give validUntil");
            }
        }
    }

    /**
     * A criminal record, an identity the individuals database does not know, an unpaid fee, and fewer than five
     * years of forensic expert work in the diploma's speciality each stand in the way of the licence.
     */
    @Override
    public List<String> adverseFindings(List<RegistryCheck> checks, ProcedureForm form) {
        List<String> findings = new ArrayList<>(super.adverseFindings(checks, form));
        int years = ((ForensicExpertLicenceForm) form).experienceYears();
        if (years < MINIMUM_EXPERIENCE_YEARS) {
            findings.add("experience in forensic expertise in the speciality of the diploma: " + years
                    + " full years, at least " + MINIMUM_EXPERIENCE_YEARS + " are required");
        }
        return findings;
    }

    /** The licence names the kind of expertise as its special condition; it enters the expert's register entry. */
    @Override
    public IssuedResult issue(Application application, ResultIssue issue) {
        ForensicExpertLicenceForm form = (ForensicExpertLicenceForm) formOf(application);
        ForensicSpeciality speciality = ForensicSpeciality.of(form.speciality()).orElseThrow(
                () -> new IllegalStateException(application.number() + " names no known speciality"));
        return licences.issueLicence(application, issue, Activity.FORENSIC_EXPERT, provider(),
                speciality.licenceCondition());
    }
}
