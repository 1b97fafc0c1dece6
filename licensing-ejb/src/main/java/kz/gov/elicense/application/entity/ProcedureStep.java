package kz.gov.elicense.application.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One step of a procedure as it happened: who had it, its limit and deadline, when and how it ended. */
@Entity
@Table(name = "procedure_step")
@NamedQueries({
        @NamedQuery(name = ProcedureStep.OVERDUE_UNREPORTED,
                query = "select s from ProcedureStep s join fetch s.application where s.completedAt is null"
                        + " and s.deadline < :now and s.overdueNotifiedAt is null order by s.deadline"),
        @NamedQuery(name = ProcedureStep.TIMELINESS,
                query = "select a.procedure, s.code,"
                        + " sum(case when s.completedAt is not null and s.completedAt <= s.deadline then 1 else 0 end),"
                        + " sum(case when s.completedAt is not null and s.completedAt > s.deadline then 1 else 0 end),"
                        + " sum(case when s.completedAt is null and s.deadline < :now then 1 else 0 end),"
                        + " sum(case when s.completedAt is null and s.deadline >= :now then 1 else 0 end)"
                        + " from ProcedureStep s join s.application a group by a.procedure, s.code"),
        @NamedQuery(name = ProcedureStep.TIMELINESS_OF_DIVISION,
                query = "select a.procedure, s.code,"
                        + " sum(case when s.completedAt is not null and s.completedAt <= s.deadline then 1 else 0 end),"
                        + " sum(case when s.completedAt is not null and s.completedAt > s.deadline then 1 else 0 end),"
                        + " sum(case when s.completedAt is null and s.deadline < :now then 1 else 0 end),"
                        + " sum(case when s.completedAt is null and s.deadline >= :now then 1 else 0 end)"
                        + " from ProcedureStep s join s.application a where a.division = :division"
                        + " group by a.procedure, s.code"),
        @NamedQuery(name = ProcedureStep.COUNT_OVERDUE,
                query = "select count(s) from ProcedureStep s where s.completedAt is null and s.deadline < :now"),
        @NamedQuery(name = ProcedureStep.INBOX,
                query = ProcedureStep.OPEN_STEPS + ProcedureStep.OF_CASES_IN + ")" + ProcedureStep.CALLERS_STEPS),
        @NamedQuery(name = ProcedureStep.INBOX_OF_DIVISION,
                query = ProcedureStep.OPEN_STEPS + ProcedureStep.OF_CASES_IN + " and a.division = :division)"
                        + ProcedureStep.CALLERS_STEPS)
})
public class ProcedureStep {

    public static final String OVERDUE_UNREPORTED = "ProcedureStep.overdueUnreported";
    public static final String TIMELINESS = "ProcedureStep.timeliness";
    public static final String TIMELINESS_OF_DIVISION = "ProcedureStep.timelinessOfDivision";
    public static final String COUNT_OVERDUE = "ProcedureStep.countOverdue";
    public static final String INBOX = "ProcedureStep.inbox";
    public static final String INBOX_OF_DIVISION = "ProcedureStep.inboxOfDivision";
    // Open steps read in the order of the index procedure_step_inbox_ix (completed_at, deadline, id): the order by
    // names completed_at (null for every open step, so the order is the deadline's) so that H2 as well as PostgreSQL
    // walk the index and stop at the page; each the current step of its case (no later open step of the same
    // application: procedure_step_current_ix). The case's own conditions are an exists, not a join, so that no
    // database starts from the applications and sorts (H2 did, scanning every application).
    static final String OPEN_STEPS =
            "select s from ProcedureStep s where s.completedAt is null"
            + " and not exists (select later.id from ProcedureStep later where later.application = s.application"
            + " and later.completedAt is null and later.id > s.id)";
    static final String OF_CASES_IN = " and exists (select a.id from Application a where a = s.application"
            + " and a.status in :statuses";
    // an executor's step is the assigned executor's; the other roles' steps are anyone's of the role until taken
    static final String CALLERS_STEPS = " and s.role in :roles"
            + " and (s.assignee = :officer or (s.assignee is null"
            + " and s.role <> kz.gov.elicense.application.entity.OfficerRole.EXECUTOR))"
            + " order by s.completedAt, s.deadline, s.id";

    @Id
    @SequenceGenerator(name = "procedure_step_seq", sequenceName = "procedure_step_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "procedure_step_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false)
    private Application application;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 64)
    private StepCode code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private OfficerRole role;

    /** The regulation's limit as written, e.g. "2 WD" or "6 h". */
    @Column(name = "step_limit", nullable = false, length = 32)
    private String limit;

    @Column(length = 100)
    private String assignee;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(nullable = false)
    private Instant deadline;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_by", length = 100)
    private String completedBy;

    @Column(length = 4000)
    private String outcome;

    /** When the head of the provider was told the step is overdue; once per step. */
    @Column(name = "overdue_notified_at")
    private Instant overdueNotifiedAt;

    protected ProcedureStep() {
        // for JPA
    }

    ProcedureStep(Application application, StepCode code, OfficerRole role, String limit, Instant startedAt,
                  Instant deadline, String assignee) {
        this.application = application;
        this.code = code;
        this.role = role;
        this.limit = limit;
        this.startedAt = startedAt;
        this.deadline = deadline;
        this.assignee = assignee;
    }

    public void complete(Instant at, String by, String outcome) {
        if (!isOpen()) {
            throw new IllegalStateException("Step " + code + " is already completed");
        }
        this.completedAt = at;
        this.completedBy = by;
        this.outcome = BoundedText.fit(outcome, 4000);
    }

    /** Marks the step as reported overdue; false when it had been reported already. */
    public boolean markOverdueNotified(Instant at) {
        if (overdueNotifiedAt != null) {
            return false;
        }
        overdueNotifiedAt = at;
        return true;
    }

    public Instant overdueNotifiedAt() {
        return overdueNotifiedAt;
    }

    public Application application() {
        return application;
    }

    public boolean isOpen() {
        return completedAt == null;
    }

    /** Late when it ended after its deadline, or is still open past it. */
    public boolean isOverdueAt(Instant now) {
        Instant end = completedAt == null ? now : completedAt;
        return end.isAfter(deadline);
    }

    public Long id() {
        return id;
    }

    public StepCode code() {
        return code;
    }

    public OfficerRole role() {
        return role;
    }

    public String limit() {
        return limit;
    }

    public String assignee() {
        return assignee;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant deadline() {
        return deadline;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public String completedBy() {
        return completedBy;
    }

    public String outcome() {
        return outcome;
    }
}
