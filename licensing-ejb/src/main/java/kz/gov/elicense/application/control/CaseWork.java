package kz.gov.elicense.application.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import kz.gov.elicense.application.entity.Application;
import kz.gov.elicense.application.entity.ApplicationNumber;
import kz.gov.elicense.application.entity.ApplicationStatus;
import kz.gov.elicense.application.entity.Channel;
import kz.gov.elicense.application.entity.ProcedureStep;
import kz.gov.elicense.application.entity.StepCode;
import kz.gov.elicense.calendar.control.WorkingCalendar;
import kz.gov.elicense.calendar.control.WorkingCalendarSource;
import kz.gov.elicense.numbering.boundary.Counters;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
     * Registers a delivered application in E-licensing: gives it its number (process 9 of §2) and starts the
     * procedure's first step.
     */
    public Application register(ProcedureDefinition procedure, Channel channel, String applicantId, String applicantName,
                                byte[] form, byte[] signature, String actor) {
        Instant now = now();
        int year = LocalDate.ofInstant(now, zone()).getYear();
        String prefix = procedure.type().numberPrefix();
        long sequence = counters.next("APPLICATION-" + prefix + "-" + year);
        ApplicationNumber number = ApplicationNumber.of(prefix, year, sequence);
        Instant due = calendar().plusWorkingDays(now, procedure.type().totalTermWorkingDays());
        Application application = new Application(number.toString(), procedure.type(), channel, applicantId,
                applicantName, now, due, form, signature);
        application.changeStatus(ApplicationStatus.REGISTERED, now, actor,
                "Registered in E-licensing with number " + number);
        em.persist(application);
        return application;
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
    }

    public void changeStatus(Application application, ApplicationStatus to, String actor, String reason) {
        application.changeStatus(to, now(), actor, reason);
    }
}
