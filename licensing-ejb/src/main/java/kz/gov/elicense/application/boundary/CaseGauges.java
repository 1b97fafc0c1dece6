package kz.gov.elicense.application.boundary;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.gov.elicense.application.entity.Application;
import kz.gov.elicense.application.entity.ApplicationStatus;
import kz.gov.elicense.application.entity.ProcedureStep;
import kz.gov.elicense.observability.metrics.Meters;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The gauges of the cases: how many are in each status and how many open steps are past their deadline. Counted
 * by two aggregate queries at most every {@link #FRESH_FOR}, however often Prometheus scrapes.
 */
@Singleton
@Startup
@PermitAll
public class CaseGauges {

    static final Duration FRESH_FOR = Duration.ofSeconds(5);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    private final List<Meter> gauges = new ArrayList<>();
    private volatile Counts counts;

    private record Counts(Instant at, Map<ApplicationStatus, Long> byStatus, long overdueSteps) {
    }

    @PostConstruct
    void register() {
        // through the container's view, so that a scrape's read runs with a transaction and the singleton's lock
        CaseGauges self = session.getBusinessObject(CaseGauges.class);
        for (ApplicationStatus status : ApplicationStatus.values()) {
            gauges.add(Meters.gauge(Meters.APPLICATIONS, "Applications by status", Tags.of("status", status.name()),
                    () -> self.byStatus(status)));
        }
        gauges.add(Meters.gauge(Meters.OVERDUE_STEPS, "Open procedure steps past their deadline", Tags.empty(),
                self::overdueSteps));
    }

    @PreDestroy
    void unregister() {
        gauges.forEach(Meters::remove);
    }

    @Lock(LockType.READ)
    public long byStatus(ApplicationStatus status) {
        return fresh().byStatus().getOrDefault(status, 0L);
    }

    @Lock(LockType.READ)
    public long overdueSteps() {
        return fresh().overdueSteps();
    }

    /** Two scrapes at once may both count; the later result simply replaces the earlier. */
    private Counts fresh() {
        Counts last = counts;
        Instant now = clock.instant();
        if (last != null && last.at().plus(FRESH_FOR).isAfter(now)) {
            return last;
        }
        Map<ApplicationStatus, Long> byStatus = new EnumMap<>(ApplicationStatus.class);
        for (Object[] row : em.createNamedQuery(Application.COUNT_BY_STATUS, Object[].class).getResultList()) {
            byStatus.put((ApplicationStatus) row[0], ((Number) row[1]).longValue());
        }
        long overdue = em.createNamedQuery(ProcedureStep.COUNT_OVERDUE, Long.class).setParameter("now", now)
                .getSingleResult();
        Counts counted = new Counts(now, byStatus, overdue);
        counts = counted;
        return counted;
    }
}
