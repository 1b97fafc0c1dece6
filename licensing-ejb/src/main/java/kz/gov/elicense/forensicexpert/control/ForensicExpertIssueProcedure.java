package kz.gov.elicense.forensicexpert.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.elicense.application.boundary.FormDocument;
import kz.gov.elicense.application.boundary.ProcedureForm;
import kz.gov.elicense.application.boundary.CheckRequest;
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
import kz.gov.elicense.checks.entity.CheckKind;
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
public class ForensicExpertIssueProcedure implements ProcedureDefinition {

    public static final ProcedureType TYPE = ProcedureType.of("FORENSIC_EXPERT_ISSUE");

    /** The work in forensic expertise in the diploma's speciality the employment record must prove (§4.5, doc. 3). */
    public static final int MINIMUM_EXPERIENCE_YEARS = 5;

    /**
     * The expert's review for an issue. Paragraphs 7(3) and 9(3) of the regulation give 15 working days; annex 1,
     * table 1 gives 12. The table only describes the paragraphs, and the paragraphs say it twice, so the rule is
     * 15 WD. It is one regulation step: the completeness check, the registry checks and the report with the draft
     * result share its deadline rather than each getting 15 WD.
     */
    static final StepLimit EXPERT_REVIEW = StepLimit.workingDays(15);

    private static final List<StepDefinition> STEPS = List.of(
            new StepDefinition(StepCode.RECEIPT, OfficerRole.CLERK, StepLimit.workingDays(1),
                    "The office registers the documents with the registration stamp in the state language (date of"
                            + " receipt and incoming number) and sends them to the head of the legal services and"
                            + " licensing department"),
            new StepDefinition(StepCode.ASSIGN_EXECUTOR, OfficerRole.HEAD_OF_UNIT, StepLimit.workingDays(1),
                    "The head of the legal services and licensing department sends the documents to the"
                            + " department's expert with an instruction"),
            new StepDefinition(StepCode.COMPLETENESS_CHECK, OfficerRole.EXECUTOR, EXPERT_REVIEW,
                    "The department's expert reviews the application: completeness of the documents"),
            new StepDefinition(StepCode.REGISTRY_CHECKS, OfficerRole.EXECUTOR, EXPERT_REVIEW,
                    "Identity in the individuals database and criminal record in the special accounts, through the"
                            + " gateway (within the expert's review)").sharingPreviousLimit(),
            new StepDefinition(StepCode.REPORT_AND_RESULT, OfficerRole.EXECUTOR, EXPERT_REVIEW,
                    "The expert drafts the licence and its register entry, or the refusal conclusion, and sends it"
                            + " to the head for signature (within the expert's review)").sharingPreviousLimit(),
            new StepDefinition(StepCode.HEAD_SIGNATURE, OfficerRole.HEAD_OF_PROVIDER, StepLimit.workingDays(1),
                    "The head of the provider signs the licence or the refusal conclusion with the EDS"),
            new StepDefinition(StepCode.DISPATCH, OfficerRole.CLERK, StepLimit.workingDays(1),
                    "The office sends the result to the applicant's address by post; a portal application's"
                            + " result goes to the personal cabinet by itself"));

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

    @Inject
    LicenceResults licences;

    @Override
    public ProcedureType type() {
        return TYPE;
    }

    @Override
    public String title() {
        return "Сот-сараптама қызметін жүзеге асыруға лицензия беру"
                + " / Выдача лицензии на осуществление судебно-экспертной деятельности";
    }

    @Override
    public String numberPrefix() {
        return "FEX";
    }

    /** §2: 15 working days for an issue. */
    @Override
    public int totalTermWorkingDays() {
        return 15;
    }

    @Override
    public ApplicantKind applicantKind() {
        return ApplicantKind.INDIVIDUAL;
    }

    @Override
    public Class<? extends ProcedureForm> formType() {
        return ForensicExpertLicenceForm.class;
    }

    @Override
    public Provider provider() {
        return Provider.justice();
    }

    @Override
    public List<StepDefinition> steps() {
        return STEPS;
    }

    @Override
    public List<ChecklistItem> checklist() {
        return CHECKLIST;
    }

    @Override
    public ResultKind positiveResult() {
        return ResultKind.LICENCE;
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
     * The expert's identity in the individuals database and the criminal record in the special accounts (§3 names
     * both for this service), and the fee when it was paid through the gateway.
     */
    @Override
    public List<CheckRequest> checks(StepCode step, ProcedureForm form) {
        if (step != StepCode.REGISTRY_CHECKS) {
            return List.of();
        }
        ForensicExpertLicenceForm application = (ForensicExpertLicenceForm) form;
        String iin = application.expert().iin();
        List<CheckRequest> requests = new ArrayList<>();
        requests.add(new CheckRequest(CheckKind.INDIVIDUAL, iin, "identity of the expert " + iin));
        requests.add(new CheckRequest(CheckKind.CRIMINAL_RECORD, iin, "criminal record of the expert " + iin));
        if (application.feePaidThroughGateway()) {
            requests.add(new CheckRequest(CheckKind.FEE_PAYMENT, iin, "licence fee"));
        }
        return requests;
    }

    /**
     * A criminal record, an identity the individuals database does not know, an unpaid fee, and fewer than five
     * years of forensic expert work in the diploma's speciality each stand in the way of the licence.
     */
    @Override
    public List<String> adverseFindings(List<RegistryCheck> checks, ProcedureForm form) {
        List<String> findings = new ArrayList<>(ProcedureDefinition.super.adverseFindings(checks, form));
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
