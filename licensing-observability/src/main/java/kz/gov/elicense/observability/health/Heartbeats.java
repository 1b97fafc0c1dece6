package kz.gov.elicense.observability.health;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each of the application's timers last ran. A timer reports each run with its interval; the liveness check
 * finds a timer that stopped. Kept statically: the library has one class loader per deployment of the EAR, so this
 * is the deployment's, and a timer's bean and the health check share it without seeing each other's classes.
 */
public final class Heartbeats {

    /** A timer is late after this many of its intervals without a run (a slow run is not yet a dead one). */
    static final int LATE_AFTER_INTERVALS = 3;
    /** How long after start the first run may take: a timer of a minute first runs within a minute. */
    static final Duration FIRST_RUN_GRACE = Duration.ofMinutes(3);

    private static final Instant STARTED = Instant.now();
    private static final Map<String, Beat> BEATS = new ConcurrentHashMap<>();

    private Heartbeats() {
    }

    /** Called by a timer at each run. */
    public static void beat(String timer, Duration interval) {
        BEATS.put(timer, new Beat(Instant.now(), interval));
    }

    static Instant started() {
        return STARTED;
    }

    /** The timers that ran, by name, with their last run. */
    static Map<String, Beat> beats() {
        return new TreeMap<>(BEATS);
    }

    record Beat(Instant at, Duration interval) {

        boolean lateAt(Instant now) {
            return at.plus(interval.multipliedBy(LATE_AFTER_INTERVALS)).plusSeconds(30).isBefore(now);
        }
    }
}
