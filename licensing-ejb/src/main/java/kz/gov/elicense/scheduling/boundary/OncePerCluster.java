package kz.gov.elicense.scheduling.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Lets one node of a cluster do a timer's work for a tick. The timers are per node ({@code persistent = false}): every
 * node's fires, which keeps each node's timers heartbeat (the liveness check) honest, and then asks here whether the
 * work of that tick is its to do. The tick is the timer's scheduled moment (the time rounded to the timer's period, so
 * that nodes whose clocks or timers are a little apart name the same tick); the first node to insert the tick's row in
 * {@code timer_run} does the work, in a transaction of its own committed before the work starts, and the others add
 * themselves as contenders and skip it. On a single server the claim always succeeds.
 * <p>
 * Not WildFly's database timer store: with it a persistent timer fires on one node only, so the other nodes'
 * heartbeats would stop and their liveness fail, and every node would need the same timer-service configuration.
 * A node that dies after claiming leaves that tick's work undone; each job here takes up at its next tick whatever is
 * still due (held signatures, overdue steps, the unsigned end of the audit chain), so nothing is lost, only delayed.
 */
@Stateless
public class OncePerCluster {

    private static final Logger LOG = Logger.getLogger(OncePerCluster.class.getName());
    /** How long the claims are kept, for whoever wants to see which node ran what. */
    private static final Duration KEPT = Duration.ofDays(2);

    @PersistenceContext
    EntityManager em;

    /** Whether this node does the work of {@code job} for the tick of {@code period} that {@code now} falls in. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(String job, Duration period, Instant now) {
        Instant tick = tickOf(now, period);
        int inserted = em.createNativeQuery("insert into timer_run (job, tick, node, claimed_at, contenders)"
                        + " values (?1, ?2, ?3, ?4, 1) on conflict do nothing")
                .setParameter(1, job).setParameter(2, tick).setParameter(3, node()).setParameter(4, now)
                .executeUpdate();
        if (inserted == 0) {
            em.createNativeQuery("update timer_run set contenders = contenders + 1 where job = ?1 and tick = ?2")
                    .setParameter(1, job).setParameter(2, tick).executeUpdate();
            LOG.fine(() -> job + " of " + tick + " is done by another node");
            return false;
        }
        em.createNativeQuery("delete from timer_run where job = ?1 and tick < ?2")
                .setParameter(1, job).setParameter(2, tick.minus(KEPT)).executeUpdate();
        return true;
    }

    /** The scheduled moment nearest to {@code now}: a timer fires just after it, a node's clock may be a little ahead. */
    static Instant tickOf(Instant now, Duration period) {
        long millis = period.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli() + millis / 2, millis) * millis);
    }

    /** The node's name in the cluster (jboss.node.name, unique per node like the transaction node id). */
    static String node() {
        String name = System.getProperty("jboss.node.name", "");
        return name.isBlank() ? "licensing" : name;
    }
}
