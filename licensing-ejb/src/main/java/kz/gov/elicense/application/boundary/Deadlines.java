package kz.gov.elicense.application.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.persistence.TypedQuery;
import kz.gov.elicense.application.control.OfficerDivision;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.gov.elicense.application.entity.ProcedureStep;
import kz.gov.elicense.notification.boundary.Notifications;
import kz.gov.elicense.observability.correlation.CorrelationId;
import kz.gov.elicense.observability.health.Heartbeats;
import kz.gov.elicense.scheduling.boundary.OncePerCluster;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

import static kz.gov.elicense.application.entity.OfficerRole.CLERK_ROLE;
import static kz.gov.elicense.application.entity.OfficerRole.EXECUTOR_ROLE;
import static kz.gov.elicense.application.entity.OfficerRole.HEAD_OF_PROVIDER_ROLE;
import static kz.gov.elicense.application.entity.OfficerRole.HEAD_OF_UNIT_ROLE;

/**
 * Step deadlines on the working calendar: a timer marks the steps that passed their limit and tells the head of
 * the provider, once per step; the report says per procedure and step how many were done on time and late.
 */
@Stateless
public class Deadlines {

    private static final Logger LOG = Logger.getLogger(Deadlines.class.getName());
    private static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifications notifications;

    @Inject
    Clock clock;

    @Inject
    OfficerDivision divisions;

    @Resource
    SessionContext caller;

    @EJB
    OncePerCluster cluster;

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    @PermitAll
    public void markOverdueSteps() {
        Heartbeats.beat("deadlines", Duration.ofMinutes(5));
        if (!cluster.claim("deadlines", Duration.ofMinutes(5), Instant.now())) {
            return;
        }
        int marked = markOverdueAsOf(clock.instant());
        if (marked > 0) {
            LOG.info(() -> marked + " overdue steps reported to the head of the provider");
        }
    }

    /** Marks the steps overdue at {@code now} that were not reported yet and notifies the head; returns how many. */
    @PermitAll
    public int markOverdueAsOf(Instant now) {
        List<ProcedureStep> overdue = em.createNamedQuery(ProcedureStep.OVERDUE_UNREPORTED, ProcedureStep.class)
                .setParameter("now", now).setMaxResults(BATCH).getResultList();
        for (ProcedureStep step : overdue) {
            try (CorrelationId.Scope scope = CorrelationId.begin(step.application().number())) {
                notifyOverdue(step, now);
            }
        }
        return overdue.size();
    }

    private void notifyOverdue(ProcedureStep step, Instant now) {
        if (step.markOverdueNotified(now)) {
            notifications.send(HEAD_OF_PROVIDER_ROLE, step.application().number(), step.code().name(),
                    "Step " + step.code() + " (" + step.limit() + ", " + step.role().securityRole()
                            + (step.assignee() == null ? "" : ", " + step.assignee()) + ") of application "
                            + step.application().number() + " is overdue: its deadline was " + step.deadline());
        }
    }

    @RolesAllowed({CLERK_ROLE, EXECUTOR_ROLE, HEAD_OF_UNIT_ROLE, HEAD_OF_PROVIDER_ROLE})
    public List<StepTimeliness> report() {
        Optional<String> division = divisions.of(caller.getCallerPrincipal().getName());
        TypedQuery<Object[]> rows = division.isPresent()
                ? em.createNamedQuery(ProcedureStep.TIMELINESS_OF_DIVISION, Object[].class)
                        .setParameter("division", division.get())
                : em.createNamedQuery(ProcedureStep.TIMELINESS, Object[].class);
        return rows.setParameter("now", clock.instant())
                .getResultStream()
                .map(row -> new StepTimeliness(String.valueOf(row[0]), String.valueOf(row[1]), number(row[2]),
                        number(row[3]), number(row[4]), number(row[5])))
                .toList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
