package kz.gov.elicense.application.control;

import kz.gov.elicense.application.boundary.StepDefinition;

import kz.gov.elicense.application.boundary.ProcedureDefinition;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import kz.gov.elicense.account.boundary.Accounts;
import kz.gov.elicense.application.entity.Application;
import kz.gov.elicense.application.entity.ApplicationNumber;
import kz.gov.elicense.application.entity.ApplicationStatus;
import kz.gov.elicense.application.entity.Channel;
import kz.gov.elicense.application.entity.ProcedureStep;
import kz.gov.elicense.application.entity.StepCode;
import kz.gov.elicense.calendar.entity.WorkingCalendar;
import kz.gov.elicense.calendar.boundary.WorkingCalendarSource;
import kz.gov.elicense.numbering.boundary.Counters;
import kz.gov.elicense.observability.metrics.AfterCommit;
import kz.gov.elicense.observability.metrics.Meters;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The shared mechanics of a case, the same for every procedure: registration with a number, steps with
 * deadlines on the working calendar, status changes with their history. Runs inside the caller's transaction.
 */
@Dependent
public class CaseWork {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    WorkingCalendarSource calendars;

    @Inject
    Counters counters;

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), zone());
    }

    public ZoneId zone() {
        return calendar().zone();
    }

    public WorkingCalendar calendar() {
        return calendars.current();
    }

    /**
     * Records a delivered application under its number. It is registered (process 9 of §2) once its EDS is
     * confirmed: at once, or after a retry when the first check was indeterminate.
     */
    public Application deliver(ProcedureDefinition procedure, Channel channel, String applicantId, String applicantName,
                               byte[] form, byte[] signature) {
        return deliver(procedure, null, channel, applicantId, applicantName, form, signature);
    }

    /** As {@link #deliver(ProcedureDefinition, Channel, String, String, byte[], byte[])}, for the division given. */
    public Application deliver(ProcedureDefinition procedure, String division, Channel channel, String applicantId,
                               String applicantName, byte[] form, byte[] signature) {
        Instant now = now();
        int year = LocalDate.ofInstant(now, zone()).getYear();
        String prefix = procedure.numberPrefix();
        long sequence = counters.next("APPLICATION-" + prefix + "-" + year);
        ApplicationNumber number = ApplicationNumber.of(prefix, year, sequence);
        Instant due = calendar().plusWorkingDays(now, procedure.totalTermWorkingDays());
        Application application = new Application(number.toString(), procedure.type(),
                division == null || division.equals(Accounts.NO_DIVISION) ? Divisions.configured().of(procedure)
                        : division, channel, applicantId, applicantName, now, due, form, signature);
        em.persist(application);
        return application;
    }

    /** Registers a delivered application whose EDS is confirmed in E-licensing. */
    public void register(Application application, String actor) {
        changeStatus(application, ApplicationStatus.REGISTERED, actor,
                "Registered in E-licensing with number " + application.number());
    }

    public Optional<Application> find(String number) {
        return em.createNamedQuery(Application.BY_NUMBER, Application.class)
                .setParameter("number", number)
                .getResultStream().findFirst();
    }

    /** The application, write-locked until the transaction ends, so that concurrent steps on it queue. */
    public Optional<Application> lock(String number) {
        return em.createNamedQuery(Application.BY_NUMBER, Application.class)
                .setParameter("number", number)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    public Optional<Application> lock(Long id) {
        return Optional.ofNullable(em.find(Application.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Starts a step now, with its deadline computed from the regulation's limit on the working calendar. */
    public ProcedureStep startStep(Application application, ProcedureDefinition procedure, StepCode code,
                                   String assignee) {
        StepDefinition step = procedure.step(code);
        Instant now = now();
        return application.startStep(code, step.role(), step.limit().toString(), now,
                step.limit().deadlineFrom(now, calendar()), assignee);
    }

    /** Starts a step as its declaration says: with its own limit, or within the deadline of the step before it. */
    public ProcedureStep startDeclaredStep(Application application, ProcedureDefinition procedure, StepCode code,
                                           String assignee) {
        StepDefinition step = procedure.step(code);
        if (step.sharesPreviousLimit()) {
            List<StepDefinition> declared = procedure.steps();
            int index = declared.indexOf(step);
            StepCode before = index > 0 ? declared.get(index - 1).code() : null;
            java.util.Optional<ProcedureStep> previous = application.steps().stream()
                    .filter(s -> s.code() == before).reduce((a, b) -> b);
            if (previous.isPresent()) {
                return startStepWithin(application, procedure, code, assignee, previous.get().deadline());
            }
        }
        return startStep(application, procedure, code, assignee);
    }

    /** Starts a step that shares the deadline of one already running (two actions of one regulation step). */
    public ProcedureStep startStepWithin(Application application, ProcedureDefinition procedure, StepCode code,
                                         String assignee, Instant deadline) {
        StepDefinition step = procedure.step(code);
        return application.startStep(code, step.role(), step.limit().toString(), now(), deadline, assignee);
    }

    public void completeStep(Application application, StepCode code, String actor, String outcome) {
        ProcedureStep step = application.openStep(code)
                .orElseThrow(() -> new IllegalStateException("Step " + code + " is not open on " + application.number()));
        step.complete(now(), actor, outcome);
        String procedure = application.procedure().name();
        Duration took = Duration.between(step.startedAt(), step.completedAt());
        boolean timely = !step.isOverdueAt(step.completedAt());
        AfterCommit.run(() -> Meters.stepCompleted(procedure, code.name(), timely, took));
    }

    public void changeStatus(Application application, ApplicationStatus to, String actor, String reason) {
        application.changeStatus(to, now(), actor, reason);
    }
}
