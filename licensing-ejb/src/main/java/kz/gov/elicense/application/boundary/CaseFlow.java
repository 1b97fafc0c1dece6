package kz.gov.elicense.application.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.gov.elicense.application.control.CaseWork;
import kz.gov.elicense.application.control.CompletenessCheck;
import kz.gov.elicense.application.control.CompletenessFindings;
import kz.gov.elicense.application.control.FormJson;
import kz.gov.elicense.application.control.OfficerDivision;
import kz.gov.elicense.application.control.Procedures;
import kz.gov.elicense.application.control.SubmissionIntake;
import kz.gov.elicense.application.entity.Application;
import kz.gov.elicense.application.entity.ApplicationStatus;
import kz.gov.elicense.application.entity.Channel;
import kz.gov.elicense.application.entity.OfficerRole;
import kz.gov.elicense.application.entity.ProcedureStep;
import kz.gov.elicense.application.entity.ResultDocument;
import kz.gov.elicense.application.entity.ResultKind;
import kz.gov.elicense.application.entity.SignatureConfirmed;
import kz.gov.elicense.application.entity.StepCode;
import kz.gov.elicense.application.entity.SubmissionKey;
import kz.gov.elicense.audit.boundary.AuditTrail;
import kz.gov.elicense.audit.entity.AuditAction;
import kz.gov.elicense.checks.boundary.RegistryChecks;
import kz.gov.elicense.checks.entity.RegistryAnswerRecorded;
import kz.gov.elicense.checks.entity.RegistryCheck;
import kz.gov.elicense.document.boundary.ResultDocuments;
import kz.gov.elicense.document.entity.RefusalDocument;
import kz.gov.elicense.journal.boundary.JournalLine;
import kz.gov.elicense.journal.boundary.Journals;
import kz.gov.elicense.journal.entity.DispatchMethod;
import kz.gov.elicense.notification.boundary.Notifications;
import kz.gov.elicense.payment.boundary.FeePayments;
import kz.gov.elicense.problem.Rejection;
import kz.gov.elicense.signature.boundary.Signatures;
import kz.gov.elicense.signature.entity.SignatureVerification;
import kz.gov.elicense.signature.entity.SignerIdentity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static kz.gov.elicense.application.entity.OfficerRole.APPLICANT_ROLE;
import static kz.gov.elicense.application.entity.OfficerRole.CLERK_ROLE;
import static kz.gov.elicense.application.entity.OfficerRole.EXECUTOR_ROLE;
import static kz.gov.elicense.application.entity.OfficerRole.HEAD_OF_PROVIDER_ROLE;
import static kz.gov.elicense.application.entity.OfficerRole.HEAD_OF_UNIT_ROLE;
import static kz.gov.elicense.application.entity.OfficerRole.PORTAL_ROLE;

/**
 * Runs any declared procedure, step by step: the same case mechanics for every service of the regulations.
 * Each public method is one action of one role and one transaction; the step's declared role is checked, an
 * executor's step is the assigned executor's, and automatic check steps advance by themselves as the registries
 * answer. What differs between services (form, steps, limits, checklist, registry questions, how the positive result
 * is issued) comes from the procedure's {@link ProcedureDefinition}.
 */
@Stateless
public class CaseFlow {

    private static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext caller;

    @Inject
    Procedures procedures;

    @Inject
    CaseWork cases;

    @Inject
    SubmissionIntake intake;

    @Inject
    RegistryChecks registryChecks;

    @Inject
    Signatures signatures;

    @Inject
    ResultDocuments documents;

    @Inject
    Journals journals;

    @Inject
    Notifications notifications;

    @Inject
    FeePayments fees;

    @Inject
    AuditTrail audit;

    @Inject
    OfficerDivision divisions;

    /**
     * Process 6–9 of §2: the signed application is confirmed, registered with a number and its first step starts.
     * The form's {@code procedure} names the service.
     */
    @RolesAllowed({APPLICANT_ROLE, PORTAL_ROLE})
    public SubmissionReceipt submit(PortalSubmission submission) {
        return submit(submission, null).receipt();
    }

    /**
     * A submission under the portal's idempotency key: the first one with a key is taken as {@link #submit} takes it
     * and the key is remembered with its application, in the same transaction; the same key again with the same
     * request answers with that application as it is now ({@code repeated}), with another request it is refused. A
     * submission that was turned down remembers no key, so it may be sent again under the same one.
     * <p>
     * An applicant submits in their own name only. The e-government portal, signed in as a system with its
     * certificate (role {@code portal}), submits in the name of the applicant the form names, and the form must be
     * signed by that applicant, as an applicant's own submission must: so the portal cannot apply for anyone who did not
     * sign. Its idempotency keys belong to that applicant, and each of its submissions is in the audit trail under the
     * portal's name.
     */
    @RolesAllowed({APPLICANT_ROLE, PORTAL_ROLE})
    public Submitted submit(PortalSubmission submission, String idempotencyKey) {
        String callerName = caller.getCallerPrincipal().getName();
        boolean bySystem = caller.isCallerInRole(PORTAL_ROLE) && !caller.isCallerInRole(APPLICANT_ROLE);
        // the applicant in whose name it is submitted: who signed in, or for the portal whom the form names
        String signedIn = bySystem ? applicantNamedIn(submission) : callerName;
        String requestSha256 = null;
        if (idempotencyKey != null) {
            if (!SubmissionKey.wellFormed(idempotencyKey)) {
                throw Rejection.invalid("idempotency-key-invalid", "The idempotency key is not well formed",
                        "An Idempotency-Key is 1 to " + SubmissionKey.MAX_LENGTH + " visible ASCII characters");
            }
            requestSha256 = submission.sha256();
            SubmissionKey earlier = em.createNamedQuery(SubmissionKey.BY_APPLICANT_AND_KEY, SubmissionKey.class)
                    .setParameter("applicantId", signedIn).setParameter("key", idempotencyKey)
                    .getResultStream().findFirst().orElse(null);
            if (earlier != null) {
                if (!earlier.sameRequest(requestSha256)) {
                    throw Rejection.conflict("idempotency-key-reused", "The idempotency key was used for another request",
                            "Idempotency-Key " + idempotencyKey + " was sent with another submission, which created "
                                    + earlier.application().number() + "; use a new key for a new submission");
                }
                return new Submitted(receipt(earlier.application()), true);
            }
        }
        Application application = deliverFromPortal(submission, signedIn);
        if (bySystem) {
            audit.record(callerName, AuditAction.SUBMISSION, application.number(), "submitted through the portal for "
                    + signedIn + ", signed by " + application.signerIin() + " (signature " + application.signatureStatus()
                    + ")" + (idempotencyKey == null ? "" : ", Idempotency-Key " + idempotencyKey));
        }
        if (idempotencyKey != null) {
            em.persist(new SubmissionKey(signedIn, idempotencyKey, requestSha256, application, cases.now()));
            // a concurrent first submission under the same key fails here, before anything is committed
            em.flush();
        }
        return new Submitted(receipt(application), false);
    }

    /** The answer to a submission, and whether it repeats an earlier one under the same idempotency key. */
    public record Submitted(SubmissionReceipt receipt, boolean repeated) {
    }

    private Application deliverFromPortal(PortalSubmission submission, String signedIn) {
        ProcedureDefinition procedure = procedures.named(procedureNamedIn(submission.form()));
        ProcedureForm form = intake.readForm(submission.form(), procedure.formType());
        String applicantId = Identifiers.binOrIin(form.applicantId(), "applicantId");
        if (!procedure.applicantKind().admits(applicantId)) {
            throw Rejection.invalid("applicant-kind", "This service is not for this kind of applicant",
                    procedure.title() + " is for applicants of kind " + procedure.applicantKind() + ", not " + applicantId);
        }
        form.checkIdentifiers();
        if (!applicantId.equals(signedIn)) {
            throw Rejection.forbidden("Signed in as " + signedIn + " but applying for " + applicantId);
        }
        procedure.admit(form);
        Signatures.ReceivedSignature received = intake.confirmSignature(submission,
                SubmissionIntake.expectedSigner(applicantId));
        SignatureVerification signature = received.verification();
        List<SubmissionIntake.AcceptedDocument> accepted = intake.matchDocuments(submission, form.documents().stream()
                .map(d -> new SubmissionIntake.SignedDocumentReference(d.kind(), d.fileName(), d.sha256(), d.validUntil()))
                .toList());

        Application application = cases.deliver(procedure, Channel.PORTAL, applicantId, form.applicantName(),
                submission.form(), received.cms());
        application.recordSigner(signature.signer().iin(), signature.signer().fullName(),
                signature.signer().certificateSerial());
        application.recordSignatureCheck(SubmissionIntake.statusOf(signature),
                signature.valid() ? null : signature.reason(), signature.signingTime(),
                SubmissionIntake.materialOf(signature), cases.now());
        accepted.forEach(d -> application.attach(d.kind(), d.fileName(), d.mediaType(), d.content(), d.sha256(),
                d.validUntil()));
        if (signature.valid()) {
            start(application, procedure, signedIn);
        }
        return application;
    }

    /**
     * The counter flow (§3 steps 4–5): the form an officer entered for the applicant and service a lookup found is
     * checked as a portal form is, the scans must match the documents the form lists, the officer's EDS certifies it
     * where the service asks for that; the application is delivered through the counter, registered, and its
     * procedure starts exactly like a portal one.
     */
    @RolesAllowed({CLERK_ROLE, EXECUTOR_ROLE})
    public CounterDelivery.Delivered takeInAtCounter(CounterDelivery delivery) {
        ProcedureDefinition procedure = procedures.of(delivery.procedure());
        ProcedureForm form = intake.readForm(delivery.form(), procedure.formType());
        if (!procedure.type().code().equals(form.procedure())) {
            throw Rejection.conflict("lookup-of-another-procedure", "The lookup was made for another service",
                    delivery.lookupReference() + " is for " + procedure.type() + ", the form is for " + form.procedure());
        }
        String applicantId = Identifiers.binOrIin(form.applicantId(), "applicantId");
        if (!delivery.applicantId().equals(applicantId)) {
            throw Rejection.conflict("lookup-of-another-applicant", "The lookup was made for another applicant",
                    delivery.lookupReference() + " is for " + delivery.applicantId() + ", the form is for " + applicantId);
        }
        form.checkIdentifiers();
        procedure.admit(form);
        SignatureVerification certification = procedure.officerCertifiesCounterForm()
                ? confirmCertification(delivery) : null;
        List<SubmissionIntake.AcceptedDocument> accepted = intake.matchDocuments(
                new PortalSubmission(delivery.form(), delivery.officerSignature(), delivery.documents().stream()
                        .map(d -> new PortalSubmission.Attachment(d.kind(), d.fileName(), d.mediaType(), d.content()))
                        .toList()),
                form.documents().stream().map(d -> new SubmissionIntake.SignedDocumentReference(d.kind(), d.fileName(),
                        d.sha256(), d.validUntil())).toList());
        java.util.Set<String> onPaper = delivery.documents().stream().filter(CounterDelivery.Document::presentedOnPaper)
                .map(CounterDelivery.Document::fileName).collect(java.util.stream.Collectors.toSet());

        String officer = me();
        // taken in at a division's counter, it is that division's to work on
        Application application = cases.deliver(procedure, divisions.of(officer).orElse(null), Channel.COUNTER,
                applicantId, form.applicantName(), delivery.form(),
                certification == null ? null : delivery.officerSignature());
        Instant now = cases.now();
        if (certification == null) {
            application.recordSignatureCheck(kz.gov.elicense.application.entity.SignatureStatus.VALID,
                    "No applicant EDS: entered at the counter by " + officer, null, null, now);
        } else {
            application.recordSigner(certification.signer().iin(), certification.signer().fullName(),
                    certification.signer().certificateSerial());
            application.recordSignatureCheck(kz.gov.elicense.application.entity.SignatureStatus.VALID,
                    "Form certified at the counter with the EDS of " + certification.signer().fullName()
                            + " (entered by " + officer + ")",
                    certification.signingTime(), SubmissionIntake.materialOf(certification), now);
        }
        for (SubmissionIntake.AcceptedDocument d : accepted) {
            kz.gov.elicense.application.entity.ApplicationDocument document = application.attach(d.kind(), d.fileName(),
                    d.mediaType(), d.content(), d.sha256(), d.validUntil());
            if (onPaper.contains(d.fileName())) {
                document.markPresentedOnPaper();
            }
        }
        em.flush();
        start(application, procedure, officer);
        return new CounterDelivery.Delivered(receipt(application), application.id());
    }

    /**
     * The officer's EDS over the exact form bytes (seed 004): a certificate of the licensing body, valid, trusted and
     * not revoked. Anything less is refused; the officer is at the counter and can sign again.
     */
    private SignatureVerification confirmCertification(CounterDelivery delivery) {
        if (delivery.officerSignature() == null || delivery.officerSignature().length == 0) {
            throw Rejection.invalid("officer-signature-required", "The officer must certify the form",
                    "This service has the officer certify the form entered at the counter with an EDS");
        }
        String providerBin = signatures.providerSigner().bin();
        if (providerBin == null) {
            throw new IllegalStateException("The provider's key names no BIN: officers' certifications cannot be checked");
        }
        // the verifier of applicants' signatures, held to the licensing body's BIN instead of the applicant's
        SignatureVerification verification = signatures.verifyApplicant(delivery.form(), delivery.officerSignature(),
                kz.gov.elicense.signature.entity.ExpectedSigner.organisation(providerBin));
        if (verification.status() != kz.gov.elicense.signature.entity.VerificationStatus.VALID) {
            throw Rejection.refused("officer-signature-invalid", "The officer's EDS is not confirmed",
                    verification.reason());
        }
        return verification;
    }

    /** A held application's EDS was confirmed on a retry: it is registered and its procedure starts. */
    @PermitAll
    public void onSignatureConfirmed(@Observes SignatureConfirmed confirmed) {
        Application application = cases.lock(confirmed.applicationId()).orElse(null);
        if (application != null && application.status() == ApplicationStatus.DELIVERED) {
            start(application, procedures.of(application.procedure()), SYSTEM);
        }
    }

    /** The office registers the received documents in the incoming journal: number, date, registration stamp. */
    @RolesAllowed(CLERK_ROLE)
    public JournalLine receive(String number) {
        Work work = inStep(number, StepCode.RECEIPT);
        String clerk = me();
        Application application = work.application();
        JournalLine line = journals.incoming(work.procedure().provider().code(), application.number(),
                correspondent(application), work.procedure().title(), clerk);
        application.recordReceipt(line.number(), line.recordedOn());
        cases.completeStep(application, StepCode.RECEIPT, clerk, "Incoming No. " + line.number() + "; " + line.stamp());
        audit.record(clerk, AuditAction.RECEIPT, application.number(), "Incoming No. " + line.number());
        advance(work, StepCode.RECEIPT, clerk);
        return line;
    }

    /** The head (of the provider, or of the department, as the procedure declares) determines the executor. */
    @RolesAllowed({HEAD_OF_PROVIDER_ROLE, HEAD_OF_UNIT_ROLE})
    public void assignExecutor(String number, String executor, String instruction) {
        Work work = inStep(number, StepCode.ASSIGN_EXECUTOR);
        String head = me();
        Application application = work.application();
        if (!divisions.takes(executor, EXECUTOR_ROLE, application)) {
            throw Rejection.invalid("executor-unknown", "No such executor",
                    "There is no executor " + executor + " in the division " + application.division()
                            + " that takes application " + number);
        }
        application.assignExecutor(executor);
        String resolution = "Executor: " + executor
                + (instruction == null || instruction.isBlank() ? "" : "; instruction: " + instruction.strip());
        cases.completeStep(application, StepCode.ASSIGN_EXECUTOR, head, resolution);
        cases.changeStatus(application, ApplicationStatus.IN_WORK, head, "Executor " + executor + " determined");
        audit.record(head, AuditAction.ASSIGNMENT, application.number(), resolution);
        advance(work, StepCode.ASSIGN_EXECUTOR, head);
    }

    /** What the completeness check finds today, for the executor to see before deciding. */
    @RolesAllowed({EXECUTOR_ROLE, HEAD_OF_PROVIDER_ROLE, HEAD_OF_UNIT_ROLE, CLERK_ROLE})
    public CompletenessFindings completenessFindings(String number) {
        inCallersDivision(number, "reading the completeness findings");
        Application application = cases.find(number).orElseThrow(() -> Rejection.notFound("Application " + number));
        ProcedureDefinition procedure = procedures.of(application.procedure());
        return CompletenessCheck.of(procedure.checklist(), procedure.formOf(application),
                application.documents(),
                cases.today());
    }

    /**
     * The executor's completeness decision. Complete: the next step starts (the registry checks, or the review).
     * Incomplete or expired documents: a motivated refusal of further consideration goes to the head for signature.
     */
    @RolesAllowed(EXECUTOR_ROLE)
    public void decideCompleteness(String number, boolean complete, String reason) {
        Work work = inStep(number, StepCode.COMPLETENESS_CHECK);
        Application application = work.application();
        String executor = me();
        ProcedureForm form = work.procedure().formOf(application);
        CompletenessFindings findings = CompletenessCheck.of(work.procedure().checklist(), form,
                application.documents(), cases.today());
        if (complete && !findings.complete()) {
            throw Rejection.conflict("checklist-not-satisfied", "The documents are not complete",
                    findings.asRefusalGrounds());
        }
        audit.record(executor, AuditAction.DECISION, application.number(), complete ? "Documents complete" : "Documents incomplete");
        if (!complete) {
            String grounds = reason == null || reason.isBlank() ? findings.asRefusalGrounds() : reason.strip();
            if (grounds.isBlank()) {
                throw Rejection.invalid("reason-required", "A refusal needs its reason",
                        "The checklist finds nothing missing: say why the documents are incomplete");
            }
            cases.completeStep(application, StepCode.COMPLETENESS_CHECK, executor, "Incomplete: " + grounds);
            application.draftResult(ResultKind.MOTIVATED_REFUSAL,
                    "Motivated refusal of further consideration: incomplete or expired documents.",
                    "Refusal of further consideration of the application: " + grounds);
            begin(work, work.procedure().step(StepCode.HEAD_SIGNATURE), executor);
            return;
        }
        cases.completeStep(application, StepCode.COMPLETENESS_CHECK, executor, "Complete");
        advance(work, StepCode.COMPLETENESS_CHECK, executor);
    }

    /** Automatic check steps complete by themselves when every question they asked is answered. */
    @PermitAll
    public void onRegistryAnswer(@Observes RegistryAnswerRecorded answer) {
        Application application = cases.lock(answer.applicationId()).orElse(null);
        if (application == null || application.status().isFinal()) {
            return;
        }
        ProcedureDefinition procedure = procedures.find(application.procedure()).orElse(null);
        ProcedureStep step = application.currentStep().filter(s -> s.code().isAutomatic()).orElse(null);
        if (procedure == null || step == null) {
            return;
        }
        List<RegistryCheck> checks = registryChecks.of(application.id());
        if (checks.stream().anyMatch(c -> !c.isAnswered())) {
            return;
        }
        List<RegistryCheck> ofThisStep = checks.stream().filter(c -> !c.requestedAt().isBefore(step.startedAt())).toList();
        cases.completeStep(application, step.code(), SYSTEM, describe(ofThisStep));
        advance(new Work(application, procedure), step.code(), SYSTEM);
    }

    /**
     * The executor's review: the report to the head and the draft result. The positive result can be proposed only
     * when no registry answer stands in its way and, for a service with a fee, the fee stands confirmed; a refusal
     * needs its grounds.
     */
    @RolesAllowed(EXECUTOR_ROLE)
    public void draftResult(String number, ResultKind proposal, String report, String refusalReason) {
        Work work = inStep(number, StepCode.REPORT_AND_RESULT);
        Application application = work.application();
        String executor = me();
        ProcedureDefinition procedure = work.procedure();
        if (proposal != ResultKind.MOTIVATED_REFUSAL && proposal != procedure.positiveResult()) {
            throw Rejection.invalid("proposal-invalid", "Not a result of this service",
                    procedure.title() + " ends in " + procedure.positiveResult() + " or MOTIVATED_REFUSAL, not " + proposal);
        }
        if (report == null || report.isBlank()) {
            throw Rejection.invalid("report-required", "The report is missing", "Write the report to the head");
        }
        List<RegistryCheck> answers = registryChecks.of(application.id());
        if (procedure.feeRequired() && fees.paidBeyondTheFeeQuestion(application)) {
            // paid through the gateway or by a confirmed receipt since E-licensing answered the fee question
            answers = answers.stream().filter(c -> c.kind() != kz.gov.elicense.checks.entity.CheckKind.FEE_PAYMENT)
                    .toList();
        }
        String adverse = String.join("; ", procedure.adverseFindings(answers, procedure.formOf(application)));
        String grounds;
        if (proposal != ResultKind.MOTIVATED_REFUSAL) {
            if (!adverse.isBlank()) {
                throw Rejection.conflict("adverse-registry-answer", "The " + proposal.name().toLowerCase() + " cannot be proposed",
                        "The registries' answers stand in the way: " + adverse);
            }
            if (procedure.feeRequired()) {
                fees.requireConfirmedFee(application);
            }
            grounds = null;
        } else {
            grounds = refusalReason == null || refusalReason.isBlank() ? adverse : refusalReason.strip();
            if (grounds.isBlank()) {
                throw Rejection.invalid("reason-required", "A refusal needs its reason",
                        "No registry answer stands in the way: state the grounds of the refusal");
            }
        }
        cases.completeStep(application, StepCode.REPORT_AND_RESULT, executor, "Proposed: " + proposal);
        application.draftResult(proposal, report.strip(), grounds);
        audit.record(executor, AuditAction.DRAFT, application.number(), "Proposed: " + proposal);
        advance(work, StepCode.REPORT_AND_RESULT, executor);
    }

    /**
     * The authorised person signs the result with the provider's EDS. The positive result is issued by the procedure
     * (number, signed document, register entry) in this one transaction; a refusal gets its signed document.
     */
    @RolesAllowed(HEAD_OF_PROVIDER_ROLE)
    public SignedResult signResult(String number) {
        Work work = inStep(number, StepCode.HEAD_SIGNATURE);
        Application application = work.application();
        String head = me();
        ProcedureDefinition procedure = work.procedure();
        SignedResult result;
        if (application.proposedResult() != ResultKind.MOTIVATED_REFUSAL) {
            // again here: a receipt rejected after the draft must not let the licence through
            if (procedure.feeRequired()) {
                fees.requireConfirmedFee(application);
            }
            IssuedResult issued = procedure.issue(application, new Issue(application, head));
            cases.completeStep(application, StepCode.HEAD_SIGNATURE, head, issued.account());
            result = new SignedResult(application.number(), application.proposedResult().name(), issued.reference());
        } else {
            Provider provider = procedure.provider();
            SignerIdentity signer = signatures.providerSigner();
            byte[] content = documents.motivatedRefusal(new RefusalDocument(application.applicantName(),
                    application.applicantId(), provider.name(),
                    LocalDate.ofInstant(application.submittedAt(), cases.zone()), application.number(),
                    application.refusalReason(), provider.signerPosition(), signer.fullName(), cases.today()));
            new Issue(application, head).sign(ResultKind.MOTIVATED_REFUSAL, ResultDocuments.MEDIA_TYPE, content);
            cases.completeStep(application, StepCode.HEAD_SIGNATURE, head, "Motivated refusal signed");
            result = new SignedResult(application.number(), ResultKind.MOTIVATED_REFUSAL.name(), null);
        }
        advance(work, StepCode.HEAD_SIGNATURE, head);
        // after the automatic dispatch's journal number: every action takes a journal counter before the audit's
        audit.record(head, AuditAction.SIGNATURE, application.number(),
                result.result() + (result.reference() == null ? "" : " " + result.reference()));
        return result;
    }

    /**
     * The office records the signed result in the outgoing journal and sends it: by post (the posting date is the
     * journal date), handed over in person, or to the personal cabinet.
     */
    @RolesAllowed(CLERK_ROLE)
    public JournalLine dispatch(String number, DispatchMethod method, String address) {
        Work work = inStep(number, StepCode.DISPATCH);
        if (method == DispatchMethod.POST && (address == null || address.isBlank())) {
            throw Rejection.invalid("address-required", "A postal dispatch needs the address",
                    "Give the applicant's postal address");
        }
        JournalLine line = recordDispatch(work, method, address, me());
        advance(work, StepCode.DISPATCH, me());
        return line;
    }

    private JournalLine recordDispatch(Work work, DispatchMethod method, String address, String actor) {
        Application application = work.application();
        String what = (application.proposedResult() == ResultKind.MOTIVATED_REFUSAL ? "Motivated refusal" : "Result")
                + " on application " + application.number() + " (" + work.procedure().title() + ")";
        JournalLine line = journals.outgoing(work.procedure().provider().code(), application.number(),
                correspondent(application), what, actor, method, address == null ? null : address.strip());
        application.recordDispatch(line.number(), line.recordedOn(), method.name());
        audit.record(actor, AuditAction.DISPATCH, application.number(), "Outgoing No. " + line.number() + ", " + method);
        cases.completeStep(application, StepCode.DISPATCH, actor,
                "Outgoing No. " + line.number() + ", " + method.name().toLowerCase().replace('_', ' '));
        return line;
    }

    private void start(Application application, ProcedureDefinition procedure, String actor) {
        cases.register(application, actor);
        begin(new Work(application, procedure), procedure.steps().get(0), actor);
    }

    /** Starts the declared step after the one just completed, or finishes the case when there is none. */
    private void advance(Work work, StepCode completed, String actor) {
        work.procedure().after(completed).ifPresentOrElse(next -> begin(work, next, actor), () -> finish(work, actor));
    }

    private void begin(Work work, StepDefinition step, String actor) {
        Application application = work.application();
        String assignee = step.role() == OfficerRole.EXECUTOR ? application.executor() : null;
        cases.startDeclaredStep(application, work.procedure(), step.code(), assignee);
        if (step.code().isAutomatic()) {
            List<CheckRequest> requests = work.procedure().checks(step.code(), work.procedure().formOf(application));
            if (requests.isEmpty()) {
                cases.completeStep(application, step.code(), SYSTEM, "Nothing to ask");
                advance(work, step.code(), SYSTEM);
                return;
            }
            requests.forEach(r -> registryChecks.request(application.id(), r.kind(), r.subject(), r.purpose(),
                    application.procedure().code()));
        } else if (step.code() == StepCode.DISPATCH && application.channel() == Channel.PORTAL
                && !work.procedure().paperResult()) {
            // an electronic result of a portal application goes to the personal cabinet by itself
            recordDispatch(work, DispatchMethod.PORTAL, null, SYSTEM);
            advance(work, StepCode.DISPATCH, SYSTEM);
        }
    }

    private void finish(Work work, String actor) {
        Application application = work.application();
        boolean refused = application.proposedResult() == ResultKind.MOTIVATED_REFUSAL;
        String account = refused ? application.refusalReason()
                : work.procedure().positiveResult().name().toLowerCase().replace('_', ' ') + " issued";
        cases.changeStatus(application, refused ? ApplicationStatus.REFUSED : ApplicationStatus.RESULT_ISSUED, actor,
                account);
        notifications.toApplicant(application.applicantId(), application.number(),
                refused ? "Motivated refusal / Дәлелді бас тарту / Мотивированный отказ"
                        : "Result ready / Нәтиже дайын / Результат готов",
                work.procedure().title() + ": " + (refused ? "refused — " + application.refusalReason()
                        : account + (work.procedure().paperResult() ? "; the paper document is sent by the office" : "")));
    }

    private Work inStep(String number, StepCode code) {
        inCallersDivision(number, "step " + code);
        Application application = cases.lock(number).orElseThrow(() -> Rejection.notFound("Application " + number));
        if (application.openStep(code).isEmpty()) {
            throw Rejection.conflict("wrong-step", "Not at this step",
                    "Application " + number + " is not at step " + code + " (status " + application.status()
                            + application.currentStep().map(s -> ", current step " + s.code()).orElse("") + ")");
        }
        ProcedureDefinition procedure = procedures.of(application.procedure());
        StepDefinition step = procedure.step(code);
        if (!caller.isCallerInRole(step.role().securityRole())) {
            throw Rejection.forbidden("Step " + code + " of " + procedure.title() + " is for the role "
                    + step.role().securityRole());
        }
        if (step.role() == OfficerRole.EXECUTOR && !me().equals(application.executor())) {
            throw Rejection.forbidden("Application " + number + " is assigned to another executor");
        }
        return new Work(application, procedure);
    }

    /**
     * Refuses, as not found, an application of another division than the officer's, and audits the refusal; checked
     * before the application is locked, so that the audit entry's own transaction waits on nothing this one holds.
     */
    private void inCallersDivision(String number, String what) {
        Optional<Application> application = cases.find(number);
        if (application.isPresent() && !divisions.covers(me(), application.get())) {
            divisions.denied(me(), application.get(), what);
            throw Rejection.notFound("Application " + number);
        }
    }

    private String me() {
        return caller.getCallerPrincipal().getName();
    }

    private static String correspondent(Application application) {
        return application.applicantName() + " (" + application.applicantId() + ")";
    }

    private static String describe(List<RegistryCheck> checks) {
        long adverse = checks.stream().filter(RegistryCheck::isAdverse).count();
        String head = checks.size() + " answers, " + (adverse == 0 ? "none adverse" : adverse + " adverse");
        if (adverse == 0) {
            return head;
        }
        return head + ": " + String.join(", ", checks.stream().filter(RegistryCheck::isAdverse)
                .map(c -> c.kind() + " " + c.subject() + " " + c.outcome()).toList());
    }

    private static SubmissionReceipt receipt(Application application) {
        return new SubmissionReceipt(application.number(), application.status().name(),
                application.signatureStatus().name(), application.signatureNote(), application.submittedAt(),
                application.dueAt());
    }

    /** The BIN/IIN of the applicant the form applies for, read as the submission reads it. */
    private String applicantNamedIn(PortalSubmission submission) {
        ProcedureDefinition procedure = procedures.named(procedureNamedIn(submission.form()));
        return Identifiers.binOrIin(intake.readForm(submission.form(), procedure.formType()).applicantId(), "applicantId");
    }

    private static String procedureNamedIn(byte[] form) {
        ProcedureHeader header;
        try {
            header = FormJson.read(form, ProcedureHeader.class);
        } catch (JsonbException e) {
            throw Rejection.invalid("form-unreadable", "The application form cannot be read",
                    "The signed form is not a JSON document");
        }
        if (header == null || header.procedure == null || header.procedure.isBlank()) {
            throw Rejection.invalid("form-invalid", "The application form breaks its format rules",
                    "procedure: must name the service, e.g. SECURITY_ACTIVITY_ISSUE");
        }
        return header.procedure;
    }

    /** The one field every form has, read first to know which form to read. */
    public static class ProcedureHeader {
        public String procedure;
    }

    /** The answer to the head's signature: the register reference when a positive result was issued. */
    public record SignedResult(String applicationNumber, String result, String reference) {
    }

    private record Work(Application application, ProcedureDefinition procedure) {
    }

    /** The signing transaction's services, handed to the procedure that issues its result. */
    private final class Issue implements ResultIssue {

        private final Application application;
        private final String head;
        private SignerIdentity signer;

        Issue(Application application, String head) {
            this.application = application;
            this.head = head;
        }

        @Override
        public LocalDate today() {
            return cases.today();
        }

        @Override
        public SignerIdentity signer() {
            if (signer == null) {
                signer = signatures.providerSigner();
            }
            return signer;
        }

        @Override
        public String signedBy() {
            return head;
        }

        @Override
        public ResultDocument sign(ResultKind kind, String mediaType, byte[] content) {
            Signatures.ProviderSignature signature = signatures.signAsProvider(content);
            Instant now = cases.now();
            ResultDocument document = new ResultDocument(application.id(), kind, mediaType, content, signature.cms(),
                    signature.signer().fullName(), signature.signer().iin(), signature.signer().certificateSerial(), now);
            document.recordValidation(signature.material(), signature.timeStamped());
            em.persist(document);
            em.flush();
            return document;
        }
    }
}
