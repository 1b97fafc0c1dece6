package kz.gov.elicense.checks.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import kz.gov.elicense.application.entity.BoundedText;

import java.time.Instant;

/**
 * One request to a state registry on behalf of an application, or of a counter lookup before there is an application
 * (§3), and its answer once it arrives. The request id is the JMS correlation id, so a redelivered answer finds the
 * check already answered and changes nothing.
 */
@Entity
@Table(name = "registry_check")
@NamedQueries({
        @NamedQuery(name = RegistryCheck.BY_REQUEST_ID,
                query = "select c from RegistryCheck c where c.requestId = :requestId"),
        @NamedQuery(name = RegistryCheck.BY_APPLICATION,
                query = "select c from RegistryCheck c where c.applicationId = :applicationId order by c.id"),
        @NamedQuery(name = RegistryCheck.BY_LOOKUP,
                query = "select c from RegistryCheck c where c.lookupId = :lookupId order by c.id")
})
public class RegistryCheck {

    public static final String BY_REQUEST_ID = "RegistryCheck.byRequestId";
    public static final String BY_APPLICATION = "RegistryCheck.byApplication";
    public static final String BY_LOOKUP = "RegistryCheck.byLookup";
    /** The actor of questions that no officer's action raised (timers, answers moving a case on). */
    public static final String SYSTEM = "system";

    @Id
    @SequenceGenerator(name = "registry_check_seq", sequenceName = "registry_check_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registry_check_seq")
    private Long id;

    /** The application asked for; null for a counter lookup's question. */
    @Column(name = "application_id")
    private Long applicationId;

    /** The counter lookup asked for, before the officer enters the application; null for an application's check. */
    @Column(name = "lookup_id")
    private Long lookupId;

    @Column(name = "request_id", nullable = false, unique = true, length = 36)
    private String requestId;

    @Enumerated(EnumType.STRING)
    @Column(name = "check_kind", nullable = false, length = 32)
    private CheckKind kind;

    /** The BIN or IIN asked about. */
    @Column(nullable = false, length = 12)
    private String subject;

    /** Why it was asked, e.g. "head of the organisation". */
    @Column(nullable = false, length = 200)
    private String purpose;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private CheckOutcome outcome;

    @Column(length = 1000)
    private String summary;

    /** The registry's data as JSON text. */
    @Column(length = 8000)
    private String data;

    /** Who asked, for the audit: the officer whose action raised the question, or {@value #SYSTEM}. */
    @Column(name = "requested_by", length = 100)
    private String requestedBy;

    /** The request exactly as sent to the gateway. */
    @Column(name = "request_body", length = 2000)
    private String requestBody;

    /** The answer exactly as it came back. */
    @Column(name = "reply_body", length = 8000)
    private String replyBody;

    /** How many rounds of calls found the registry unavailable. */
    @Column(nullable = false)
    private int rounds;

    /** Why the question waits for its registry; null when it does not (yet, or any more). */
    @Column(name = "awaiting_reason", length = 1000)
    private String awaitingReason;

    /** When the registry was first found unavailable for this question. */
    @Column(name = "awaiting_since")
    private Instant awaitingSince;

    /** How many times the answer arrived again after it had been recorded; each was ignored. */
    @Column(name = "repeated_answers", nullable = false)
    private int repeatedAnswers;

    protected RegistryCheck() {
        // for JPA
    }

    public RegistryCheck(Long applicationId, String requestId, CheckKind kind, String subject, String purpose,
                         Instant requestedAt) {
        this.applicationId = applicationId;
        this.requestId = requestId;
        this.kind = kind;
        this.subject = subject;
        this.purpose = purpose;
        this.requestedAt = requestedAt;
    }

    /** A question of a counter lookup (§3, step 3), asked before any application exists. */
    public static RegistryCheck forLookup(Long lookupId, String requestId, CheckKind kind, String subject,
                                          String purpose, Instant requestedAt) {
        RegistryCheck check = new RegistryCheck(null, requestId, kind, subject, purpose, requestedAt);
        check.lookupId = lookupId;
        return check;
    }

    /** Records who asked and what exactly went to the gateway, for the audit. */
    public void audit(String requestedBy, String requestBody) {
        this.requestedBy = BoundedText.fit(requestedBy, 100);
        this.requestBody = BoundedText.fit(requestBody, 2000);
    }

    /**
     * Records that the registry was unavailable in the given round and the question will be asked again. Notices
     * may arrive out of order or after the answer: only a later round of an unanswered question changes anything.
     *
     * @return whether anything changed
     */
    public boolean awaitRegistry(String reason, int round, Instant at) {
        if (answeredAt != null || round <= rounds) {
            return false;
        }
        if (awaitingSince == null) {
            awaitingSince = at;
        }
        this.rounds = round;
        this.awaitingReason = BoundedText.fit(reason, 1000);
        return true;
    }

    /** Records an answer that came with no raw text of its own; see {@link #answer(CheckOutcome, String, String, String, Instant)}. */
    public boolean answer(CheckOutcome outcome, String summary, String data, Instant at) {
        return answer(outcome, summary, data, null, at);
    }

    /**
     * Records the answer and, for the audit, its raw text; returns false when it had already been recorded (a
     * redelivery).
     */
    public boolean answer(CheckOutcome outcome, String summary, String data, String replyBody, Instant at) {
        if (answeredAt != null) {
            repeatedAnswers++;
            return false;
        }
        this.awaitingReason = null;
        this.replyBody = BoundedText.fit(replyBody, 8000);
        this.outcome = outcome;
        this.summary = BoundedText.fit(summary, 1000);
        this.data = BoundedText.fit(data, 8000);
        this.answeredAt = at;
        return true;
    }

    /** Where the question stands: ANSWERED, AWAITING_REGISTRY (the registry is unavailable) or AWAITING_ANSWER (asked, the answer not yet in: the special accounts may take days). */
    public State state() {
        if (answeredAt != null) {
            return State.ANSWERED;
        }
        return awaitingReason != null ? State.AWAITING_REGISTRY : State.AWAITING_ANSWER;
    }

    public enum State {
        AWAITING_ANSWER,
        AWAITING_REGISTRY,
        ANSWERED
    }

    /** How many copies of the answer arrived after it was recorded; each was ignored. */
    public int repeatedAnswers() {
        return repeatedAnswers;
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    public boolean isAdverse() {
        return outcome != null && outcome.isAdverseFor(kind);
    }

    public Long id() {
        return id;
    }

    public Long applicationId() {
        return applicationId;
    }

    public Long lookupId() {
        return lookupId;
    }

    /** Whether this question belongs to a case (and its answer may move the case on). */
    public boolean isOfApplication() {
        return applicationId != null;
    }

    public String requestId() {
        return requestId;
    }

    public CheckKind kind() {
        return kind;
    }

    public String subject() {
        return subject;
    }

    public String purpose() {
        return purpose;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public CheckOutcome outcome() {
        return outcome;
    }

    public String summary() {
        return summary;
    }

    public String data() {
        return data;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public String requestBody() {
        return requestBody;
    }

    public String replyBody() {
        return replyBody;
    }

    public int rounds() {
        return rounds;
    }

    public String awaitingReason() {
        return awaitingReason;
    }

    public Instant awaitingSince() {
        return awaitingSince;
    }
}
