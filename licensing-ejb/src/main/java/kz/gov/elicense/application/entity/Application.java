package kz.gov.elicense.application.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The case: one applicant's request for one state service, from delivery to its result.
 * Keeps the exact bytes the applicant signed and the signature over them.
 */
@Entity
@Table(name = "application")
@NamedQueries({
        @NamedQuery(name = Application.BY_NUMBER,
                query = "select a from Application a where a.number = :number"),
        @NamedQuery(name = Application.BY_APPLICANT,
                query = "select a from Application a where a.applicantId = :applicantId order by a.submittedAt desc, a.id desc"),
        @NamedQuery(name = Application.HELD_FOR_SIGNATURE,
                query = "select a from Application a where a.signatureStatus = kz.gov.elicense.application.entity.SignatureStatus.INDETERMINATE and a.status = kz.gov.elicense.application.entity.ApplicationStatus.DELIVERED order by a.signatureCheckedAt, a.id"),
        @NamedQuery(name = Application.BY_STATUS,
                query = "select a from Application a where a.status in :statuses order by a.submittedAt, a.id"),
        @NamedQuery(name = Application.COUNT_BY_STATUS,
                query = "select a.status, count(a) from Application a group by a.status"),
        @NamedQuery(name = Application.BY_DIVISION_AND_STATUS,
                query = "select a from Application a where a.division = :division and a.status in :statuses"
                        + " order by a.submittedAt, a.id")
})
public class Application {

    public static final String BY_NUMBER = "Application.byNumber";
    public static final String BY_APPLICANT = "Application.byApplicant";
    public static final String BY_STATUS = "Application.byStatus";
    public static final String BY_DIVISION_AND_STATUS = "Application.byDivisionAndStatus";
    public static final String HELD_FOR_SIGNATURE = "Application.heldForSignature";
    public static final String COUNT_BY_STATUS = "Application.countByStatus";

    @Id
    @SequenceGenerator(name = "application_seq", sequenceName = "application_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 32)
    private String number;

    @Column(name = "procedure_type", nullable = false, length = 64)
    private String procedure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Channel channel;

    /** BIN of a legal entity or IIN of an individual: the identity the applicant signs in with. */
    /** The provider's division that takes the application (config/divisions.properties); only its officers see it. */
    @Column(nullable = false, length = 40)
    private String division;

    @Column(name = "applicant_id", nullable = false, length = 12)
    private String applicantId;

    @Column(name = "applicant_name", nullable = false, length = 500)
    private String applicantName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ApplicationStatus status;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    /** When the whole service must be provided, on the working calendar. */
    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    /** The exact form bytes the applicant signed (JSON). */
    @Column(name = "form", nullable = false)
    private byte[] form;

    /** Detached CMS signature of the applicant over {@link #form}. */
    @Column(name = "form_signature", nullable = false)
    private byte[] formSignature;

    @Column(name = "signer_iin", length = 12)
    private String signerIin;

    @Column(name = "signer_name", length = 500)
    private String signerName;

    @Column(name = "signer_certificate_serial", length = 80)
    private String signerCertificateSerial;

    @Enumerated(EnumType.STRING)
    @Column(name = "signature_status", nullable = false, length = 16)
    private SignatureStatus signatureStatus = SignatureStatus.VALID;

    /** Why the signature is not (yet) confirmed, for the officer. */
    @Column(name = "signature_note", length = 4000)
    private String signatureNote;

    /** When the applicant signed: the time-stamp's time when there is one. */
    @Column(name = "signing_time")
    private Instant signingTime;

    /** Chain, revocation evidence and time stamp of the applicant's signature, to verify it again later. */
    @Column(name = "signature_material")
    private byte[] signatureMaterial;

    @Column(name = "signature_checked_at")
    private Instant signatureCheckedAt;

    @Column(name = "executor", length = 100)
    private String executor;

    @Column(name = "report", length = 10000)
    private String report;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_result", length = 32)
    private ResultKind proposedResult;

    @Column(name = "refusal_reason", length = 4000)
    private String refusalReason;

    /** Incoming journal number and date of receipt: the registration stamp. */
    @Column(name = "incoming_number", length = 32)
    private String incomingNumber;

    @Column(name = "incoming_date")
    private java.time.LocalDate incomingDate;

    /** Outgoing journal number and date of the result, and how it was sent. */
    @Column(name = "outgoing_number", length = 32)
    private String outgoingNumber;

    @Column(name = "outgoing_date")
    private java.time.LocalDate outgoingDate;

    @Column(name = "dispatch_method", length = 16)
    private String dispatchMethod;

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ApplicationDocument> documents = new ArrayList<>();

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ProcedureStep> steps = new ArrayList<>();

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<StatusChange> history = new ArrayList<>();

    protected Application() {
        // for JPA
    }

    public Application(String number, ProcedureType procedure, String division, Channel channel, String applicantId,
                       String applicantName, Instant submittedAt, Instant dueAt, byte[] form, byte[] formSignature) {
        this.number = number;
        this.division = division;
        this.procedure = procedure.code();
        this.channel = channel;
        this.applicantId = applicantId;
        this.applicantName = applicantName;
        this.submittedAt = submittedAt;
        this.dueAt = dueAt;
        this.form = form.clone();
        // a counter application the officer enters carries no applicant signature
        this.formSignature = formSignature == null ? null : formSignature.clone();
        this.status = ApplicationStatus.DELIVERED;
        history.add(new StatusChange(this, null, ApplicationStatus.DELIVERED, submittedAt, applicantId,
                channel == Channel.PORTAL ? "Delivered through the portal with a verified signature"
                        : "Delivered at the provider's counter"));
    }

    public void recordSigner(String iin, String name, String certificateSerial) {
        this.signerIin = iin;
        this.signerName = name;
        this.signerCertificateSerial = certificateSerial;
    }

    /**
     * Keeps the applicant's signature extended on receipt (a time stamp added as an unsigned attribute): the
     * form, the signed attributes and the signature value are the applicant's, unchanged.
     */
    public void extendSignature(byte[] cms) {
        this.formSignature = cms.clone();
    }

    /** Records the outcome of (re)verifying the applicant's signature. */
    public void recordSignatureCheck(SignatureStatus status, String note, Instant signingTime, byte[] material,
                                     Instant checkedAt) {
        this.signatureStatus = status;
        this.signatureNote = BoundedText.fit(note, 4000);
        this.signingTime = signingTime;
        this.signatureMaterial = material == null ? null : material.clone();
        this.signatureCheckedAt = checkedAt;
    }

    public SignatureStatus signatureStatus() {
        return signatureStatus;
    }

    public String signatureNote() {
        return signatureNote;
    }

    public Instant signingTime() {
        return signingTime;
    }

    public byte[] signatureMaterial() {
        return signatureMaterial == null ? null : signatureMaterial.clone();
    }

    public Instant signatureCheckedAt() {
        return signatureCheckedAt;
    }

    /** Moves the case to another status and records who did it, when and why. */
    public void changeStatus(ApplicationStatus to, Instant at, String actor, String reason) {
        if (!status.canMoveTo(to)) {
            throw new IllegalStateException("Application " + number + " cannot move from " + status + " to " + to);
        }
        history.add(new StatusChange(this, status, to, at, actor, reason));
        this.status = to;
    }

    public ApplicationDocument attach(DocumentKind kind, String fileName, String mediaType, byte[] content,
                                      String sha256, java.time.LocalDate validUntil) {
        ApplicationDocument document = new ApplicationDocument(this, kind, fileName, mediaType, content, sha256, validUntil);
        documents.add(document);
        return document;
    }

    public ProcedureStep startStep(StepCode code, OfficerRole role, String limit, Instant startedAt, Instant deadline,
                                   String assignee) {
        ProcedureStep step = new ProcedureStep(this, code, role, limit, startedAt, deadline, assignee);
        steps.add(step);
        return step;
    }

    public Optional<ProcedureStep> openStep(StepCode code) {
        return steps.stream().filter(s -> s.code() == code && s.isOpen()).findFirst();
    }

    public Optional<ProcedureStep> currentStep() {
        return steps.stream().filter(ProcedureStep::isOpen).reduce((first, second) -> second);
    }

    /** The office registered the documents in the incoming journal. */
    public void recordReceipt(String incomingNumber, java.time.LocalDate incomingDate) {
        this.incomingNumber = incomingNumber;
        this.incomingDate = incomingDate;
    }

    /** The office recorded the result in the outgoing journal and sent it. */
    public void recordDispatch(String outgoingNumber, java.time.LocalDate outgoingDate, String method) {
        this.outgoingNumber = outgoingNumber;
        this.outgoingDate = outgoingDate;
        this.dispatchMethod = method;
    }

    public String incomingNumber() {
        return incomingNumber;
    }

    public java.time.LocalDate incomingDate() {
        return incomingDate;
    }

    public String outgoingNumber() {
        return outgoingNumber;
    }

    public java.time.LocalDate outgoingDate() {
        return outgoingDate;
    }

    public String dispatchMethod() {
        return dispatchMethod;
    }

    public void assignExecutor(String executor) {
        this.executor = executor;
    }

    public void draftResult(ResultKind kind, String report, String refusalReason) {
        this.proposedResult = kind;
        this.report = report;
        this.refusalReason = refusalReason;
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public String division() {
        return division;
    }

    public ProcedureType procedure() {
        return ProcedureType.of(procedure);
    }

    public Channel channel() {
        return channel;
    }

    public String applicantId() {
        return applicantId;
    }

    public String applicantName() {
        return applicantName;
    }

    public ApplicationStatus status() {
        return status;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public byte[] form() {
        return form.clone();
    }

    public byte[] formSignature() {
        return formSignature == null ? null : formSignature.clone();
    }

    public String signerIin() {
        return signerIin;
    }

    public String signerName() {
        return signerName;
    }

    public String signerCertificateSerial() {
        return signerCertificateSerial;
    }

    public String executor() {
        return executor;
    }

    public String report() {
        return report;
    }

    public ResultKind proposedResult() {
        return proposedResult;
    }

    public String refusalReason() {
        return refusalReason;
    }

    public List<ApplicationDocument> documents() {
        return Collections.unmodifiableList(documents);
    }

    public List<ProcedureStep> steps() {
        return Collections.unmodifiableList(steps);
    }

    public List<StatusChange> history() {
        return Collections.unmodifiableList(history);
    }
}
