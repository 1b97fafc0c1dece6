package kz.gov.elicense.securityactivity.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.gov.elicense.application.boundary.PortalSubmission;
import kz.gov.elicense.application.boundary.SubmissionReceipt;
import kz.gov.elicense.application.control.CaseWork;
import kz.gov.elicense.application.control.CompletenessCheck;
import kz.gov.elicense.application.control.CompletenessFindings;
import kz.gov.elicense.application.control.FormJson;
import kz.gov.elicense.application.control.SubmissionIntake;
import kz.gov.elicense.application.entity.Application;
import kz.gov.elicense.application.entity.ApplicationStatus;
import kz.gov.elicense.application.entity.Bin;
import kz.gov.elicense.application.entity.Channel;
import kz.gov.elicense.application.entity.Iin;
import kz.gov.elicense.application.entity.InvalidIdentifierException;
import kz.gov.elicense.application.entity.ProcedureStep;
import kz.gov.elicense.application.entity.ProcedureType;
import kz.gov.elicense.application.entity.ResultDocument;
import kz.gov.elicense.application.entity.ResultKind;
import kz.gov.elicense.application.entity.SignatureConfirmed;
import kz.gov.elicense.application.entity.StepCode;
import kz.gov.elicense.checks.boundary.RegistryChecks;
import kz.gov.elicense.checks.entity.CheckKind;
import kz.gov.elicense.checks.entity.RegistryAnswerRecorded;
import kz.gov.elicense.checks.entity.RegistryCheck;
import kz.gov.elicense.problem.Rejection;
import kz.gov.elicense.register.boundary.LicenceRegister;
import kz.gov.elicense.register.entity.Activity;
import kz.gov.elicense.register.entity.LicenceNumber;
import kz.gov.elicense.securityactivity.control.ChecksAssessment;
import kz.gov.elicense.securityactivity.control.ResultDocuments;
import kz.gov.elicense.securityactivity.control.SecurityActivityIssueProcedure;
import kz.gov.elicense.signature.boundary.Signatures;
import kz.gov.elicense.signature.entity.SignatureVerification;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static kz.gov.elicense.application.entity.OfficerRole.APPLICANT_ROLE;
import static kz.gov.elicense.application.entity.OfficerRole.EXECUTOR_ROLE;
import static kz.gov.elicense.application.entity.OfficerRole.HEAD_OF_PROVIDER_ROLE;

/**
 * The issue of a security activity licence (regulation §4.1), step by step. Each public method is one action
 * of one role and one transaction; the registry answers drive steps 3 and 4 by themselves.
 */
@Stateless
public class SecurityActivityLicensing {

    private static final SecurityActivityIssueProcedure PROCEDURE = SecurityActivityIssueProcedure.INSTANCE;
    private static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext caller;

    @Inject
    CaseWork cases;

    @Inject
    SubmissionIntake intake;

    @Inject
    RegistryChecks registryChecks;

    @Inject
    LicenceRegister register;

    @Inject
    Signatures signatures;

    @Inject
    ResultDocuments documents;

    /**
     * Process 6–9 of §2: the signed application is confirmed, registered with a number and handed to the
     * head of the provider, whose first step is to determine the executor.
     */
    @RolesAllowed(APPLICANT_ROLE)
    public SubmissionReceipt submit(PortalSubmission submission) {
        SecurityLicenceForm form = intake.readForm(submission.form(), SecurityLicenceForm.class);
        Bin bin = identifier(() -> Bin.of(form.applicant().bin()), "applicant.bin");
        identifier(() -> Iin.of(form.head().iin()), "head.iin");
        for (int i = 0; i < form.personnel().size(); i++) {
            String iin = form.personnel().get(i).iin();
            identifier(() -> Iin.of(iin), "personnel[" + i + "].iin");
        }
        String signedIn = caller.getCallerPrincipal().getName();
        if (!bin.toString().equals(signedIn)) {
            throw Rejection.forbidden("Signed in as " + signedIn + " but applying for BIN " + bin);
        }
        Signatures.ReceivedSignature received = intake.confirmSignature(submission,
                SubmissionIntake.expectedSigner(bin.toString()));
        SignatureVerification signature = received.verification();
        List<SubmissionIntake.AcceptedDocument> documents = intake.matchDocuments(submission, form.documents().stream()
                .map(d -> new SubmissionIntake.SignedDocumentReference(d.kind(), d.fileName(), d.sha256(), d.validUntil()))
                .toList());

        Application application = cases.deliver(PROCEDURE, Channel.PORTAL, bin.toString(), form.applicant().name(),
                submission.form(), received.cms());
        application.recordSigner(signature.signer().iin(), signature.signer().fullName(),
                signature.signer().certificateSerial());
        application.recordSignatureCheck(SubmissionIntake.statusOf(signature),
                signature.valid() ? null : signature.reason(), signature.signingTime(),
                SubmissionIntake.materialOf(signature), cases.now());
        documents.forEach(d -> application.attach(d.kind(), d.fileName(), d.mediaType(), d.content(), d.sha256(),
                d.validUntil()));
        if (signature.valid()) {
            startProcedure(application, signedIn);
        }
        return new SubmissionReceipt(application.number(), application.status().name(),
                application.signatureStatus().name(), application.signatureNote(), application.submittedAt(),
                application.dueAt());
    }

    /** A held application's EDS was confirmed on a retry: it is registered and its procedure starts. */
    @PermitAll
    public void onSignatureConfirmed(@Observes SignatureConfirmed confirmed) {
        Application application = cases.lock(confirmed.applicationId()).orElse(null);
        if (application != null && application.procedure() == ProcedureType.SECURITY_ACTIVITY_ISSUE
                && application.status() == ApplicationStatus.DELIVERED) {
            startProcedure(application, SYSTEM);
        }
    }

    private void startProcedure(Application application, String actor) {
        cases.register(application, actor);
        cases.startStep(application, PROCEDURE, StepCode.ASSIGN_EXECUTOR, null);
    }

    /** Step 1: the head of the provider determines the executor by resolution. */
    @RolesAllowed(HEAD_OF_PROVIDER_ROLE)
    public void assignExecutor(String number, String executor) {
        Application application = inStep(number, StepCode.ASSIGN_EXECUTOR);
        String head = caller.getCallerPrincipal().getName();
        application.assignExecutor(executor);
        cases.completeStep(application, StepCode.ASSIGN_EXECUTOR, head, "Executor: " + executor);
        cases.changeStatus(application, ApplicationStatus.IN_WORK, head, "Executor " + executor + " determined");
        cases.startStep(application, PROCEDURE, StepCode.COMPLETENESS_CHECK, executor);
    }

    /** What the completeness check finds today, for the executor to see before deciding. */
    @RolesAllowed({EXECUTOR_ROLE, HEAD_OF_PROVIDER_ROLE})
    public CompletenessFindings completenessFindings(String number) {
        Application application = cases.find(number).orElseThrow(() -> Rejection.notFound("Application " + number));
        return CompletenessCheck.of(PROCEDURE.checklist(), application.documents(), cases.today());
    }

    /**
     * Step 2: the executor's completeness decision. Complete: the registry checks of step 3 start. Incomplete
     * or expired documents: a motivated refusal of further consideration goes to the head for signature.
     */
    @RolesAllowed(EXECUTOR_ROLE)
    public void decideCompleteness(String number, boolean complete, String reason) {
        Application application = inStep(number, StepCode.COMPLETENESS_CHECK);
        String executor = assignedExecutor(application);
        CompletenessFindings findings = CompletenessCheck.of(PROCEDURE.checklist(), application.documents(),
                cases.today());
        if (complete && !findings.complete()) {
            throw Rejection.conflict("checklist-not-satisfied", "The documents are not complete",
                    findings.asRefusalGrounds());
        }
        if (!complete) {
            String grounds = reason == null || reason.isBlank() ? findings.asRefusalGrounds() : reason.strip();
            if (grounds.isBlank()) {
                throw Rejection.invalid("reason-required", "A refusal needs its reason",
                        "The checklist finds nothing missing: say why the documents are incomplete");
            }
            cases.completeStep(application, StepCode.COMPLETENESS_CHECK, executor, "Incomplete: " + grounds);
            draftAndSendToHead(application, executor, ResultKind.MOTIVATED_REFUSAL,
                    "Motivated refusal of further consideration: incomplete or expired documents.",
                    "Refusal of further consideration of the application: " + grounds);
            return;
        }
        cases.completeStep(application, StepCode.COMPLETENESS_CHECK, executor, "Complete");
        cases.startStep(application, PROCEDURE, StepCode.REGISTRY_CHECKS, executor);
        SecurityLicenceForm form = formOf(application);
        String bin = application.applicantId();
        request(application, CheckKind.LEGAL_ENTITY, bin, "state registration of the applicant");
        request(application, CheckKind.FEE_PAYMENT, bin, "licence fee");
        request(application, CheckKind.ADMINISTRATIVE_LIABILITY, bin, "administrative liability of the applicant");
        request(application, CheckKind.SPECIAL_ACCOUNTS, bin, "request to the special accounts committee");
        for (String iin : peopleOf(form)) {
            request(application, CheckKind.INDIVIDUAL, iin, "identity of " + iin);
            request(application, CheckKind.CRIMINAL_RECORD, iin, "criminal record and liability of " + iin);
            request(application, CheckKind.ADMINISTRATIVE_LIABILITY, iin, "administrative liability of " + iin);
        }
    }

    /**
     * Steps 3 and 4 advance by themselves as the registries answer: when every check of step 3 is answered the
     * dismissed-persons check starts; when that is answered the executor's report step starts.
     */
    @PermitAll
    public void onRegistryAnswer(@Observes RegistryAnswerRecorded answer) {
        Application application = cases.lock(answer.applicationId()).orElse(null);
        if (application == null || application.procedure() != ProcedureType.SECURITY_ACTIVITY_ISSUE
                || application.status().isFinal()) {
            return;
        }
        List<RegistryCheck> checks = registryChecks.of(application.id());
        if (checks.stream().anyMatch(c -> !c.isAnswered())) {
            return;
        }
        ChecksAssessment assessment = ChecksAssessment.of(checks);
        if (application.openStep(StepCode.REGISTRY_CHECKS).isPresent()) {
            cases.completeStep(application, StepCode.REGISTRY_CHECKS, SYSTEM, assessment.summary(CheckKind.DISMISSED_PERSONS));
            cases.startStep(application, PROCEDURE, StepCode.DISMISSED_PERSONS_CHECK, application.executor());
            for (String iin : peopleOf(formOf(application))) {
                request(application, CheckKind.DISMISSED_PERSONS, iin, "dismissed persons register: " + iin);
            }
        } else if (application.openStep(StepCode.DISMISSED_PERSONS_CHECK).isPresent()) {
            cases.completeStep(application, StepCode.DISMISSED_PERSONS_CHECK, SYSTEM,
                    assessment.summaryOf(CheckKind.DISMISSED_PERSONS));
            cases.startStep(application, PROCEDURE, StepCode.REPORT_AND_RESULT, application.executor());
        }
    }

    /**
     * Step 5, the executor's part: the report to the head and the draft result. A licence can be proposed only
     * when no registry answer stands in its way; a refusal needs its grounds.
     */
    @RolesAllowed(EXECUTOR_ROLE)
    public void draftResult(String number, ResultKind proposal, String report, String refusalReason) {
        Application application = inStep(number, StepCode.REPORT_AND_RESULT);
        String executor = assignedExecutor(application);
        if (report == null || report.isBlank()) {
            throw Rejection.invalid("report-required", "The report is missing", "Write the report to the head");
        }
        ChecksAssessment assessment = ChecksAssessment.of(registryChecks.of(application.id()),
                formOf(application).head().iin());
        String grounds;
        if (proposal == ResultKind.LICENCE) {
            if (assessment.hasAdverse()) {
                throw Rejection.conflict("adverse-registry-answer", "A licence cannot be proposed",
                        "The registries' answers stand in the way: " + assessment.adverseSummary());
            }
            grounds = null;
        } else {
            grounds = refusalReason == null || refusalReason.isBlank() ? assessment.adverseSummary() : refusalReason.strip();
            if (grounds.isBlank()) {
                throw Rejection.invalid("reason-required", "A refusal needs its reason",
                        "No registry answer stands in the way: state the grounds of the refusal");
            }
        }
        cases.completeStep(application, StepCode.REPORT_AND_RESULT, executor, "Proposed: " + proposal);
        draftAndSendToHead(application, executor, proposal, report.strip(), grounds);
    }

    /**
     * Step 5, the head's part: signs the result with the provider's EDS. A licence gets its number, its signed
     * document and its register entry in this one transaction; a refusal gets its signed document.
     */
    @RolesAllowed(HEAD_OF_PROVIDER_ROLE)
    public String signResult(String number) {
        Application application = inStep(number, StepCode.HEAD_SIGNATURE);
        String head = caller.getCallerPrincipal().getName();
        LocalDate today = cases.today();
        if (application.proposedResult() == ResultKind.LICENCE) {
            LicenceNumber licenceNumber = register.reserveNumber(Activity.SECURITY_ACTIVITY, today);
            byte[] content = documents.licence(application, Activity.SECURITY_ACTIVITY, licenceNumber, today,
                    signatures.providerSigner());
            ResultDocument document = sign(application, ResultKind.LICENCE, content);
            register.enter(licenceNumber, application.applicantId(), application.applicantName(),
                    Activity.SECURITY_ACTIVITY, documents.providerName(), today, application.id(), document.id());
            cases.completeStep(application, StepCode.HEAD_SIGNATURE, head, "Licence " + licenceNumber + " signed");
            cases.changeStatus(application, ApplicationStatus.RESULT_ISSUED, head,
                    "Licence " + licenceNumber + " issued to the personal cabinet");
            return licenceNumber.value();
        }
        byte[] content = documents.motivatedRefusal(application, signatures.providerSigner(), today);
        sign(application, ResultKind.MOTIVATED_REFUSAL, content);
        cases.completeStep(application, StepCode.HEAD_SIGNATURE, head, "Motivated refusal signed");
        cases.changeStatus(application, ApplicationStatus.REFUSED, head, application.refusalReason());
        return null;
    }

    private ResultDocument sign(Application application, ResultKind kind, byte[] content) {
        Signatures.ProviderSignature signature = signatures.signAsProvider(content);
        ResultDocument document = new ResultDocument(application.id(), kind, ResultDocuments.MEDIA_TYPE, content,
                signature.cms(), signature.signer().fullName(), signature.signer().iin(),
                signature.signer().certificateSerial(), cases.now());
        document.recordValidation(signature.material(), signature.timeStamped());
        em.persist(document);
        em.flush();
        return document;
    }

    private void draftAndSendToHead(Application application, String executor, ResultKind kind, String report,
                                    String refusalReason) {
        application.draftResult(kind, report, refusalReason);
        // the head's signature is the second half of regulation step 5 and shares its limit
        ProcedureStep reportStep = application.steps().stream()
                .filter(s -> s.code() == StepCode.REPORT_AND_RESULT).reduce((a, b) -> b).orElse(null);
        if (reportStep != null) {
            cases.startStepWithin(application, PROCEDURE, StepCode.HEAD_SIGNATURE, null, reportStep.deadline());
        } else {
            cases.startStep(application, PROCEDURE, StepCode.HEAD_SIGNATURE, null);
        }
    }

    private void request(Application application, CheckKind kind, String subject, String purpose) {
        registryChecks.request(application.id(), kind, subject, purpose, application.procedure().name());
    }

    private Application inStep(String number, StepCode step) {
        Application application = cases.lock(number).orElseThrow(() -> Rejection.notFound("Application " + number));
        if (application.openStep(step).isEmpty()) {
            throw Rejection.conflict("wrong-step", "Not at this step",
                    "Application " + number + " is not at step " + step + " (status " + application.status()
                            + application.currentStep().map(s -> ", current step " + s.code()).orElse("") + ")");
        }
        return application;
    }

    private String assignedExecutor(Application application) {
        String me = caller.getCallerPrincipal().getName();
        if (!me.equals(application.executor())) {
            throw Rejection.forbidden("Application " + application.number() + " is assigned to another executor");
        }
        return me;
    }

    private static SecurityLicenceForm formOf(Application application) {
        return FormJson.read(application.form(), SecurityLicenceForm.class);
    }

    /** The head and the personnel named in the form, each once. */
    private static Set<String> peopleOf(SecurityLicenceForm form) {
        Set<String> people = new LinkedHashSet<>();
        people.add(form.head().iin());
        form.personnel().forEach(p -> people.add(p.iin()));
        return people;
    }

    private static <T> T identifier(java.util.function.Supplier<T> parse, String field) {
        try {
            return parse.get();
        } catch (InvalidIdentifierException e) {
            throw Rejection.invalid("identifier-invalid", "A BIN or IIN is not valid", field + ": " + e.getMessage());
        }
    }
}
