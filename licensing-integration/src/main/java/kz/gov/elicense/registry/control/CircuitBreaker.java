package kz.gov.elicense.registry.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Stops calling a registry that keeps failing, so that a dead registry costs a quick refusal instead of a timeout
 * per question, and lets one trial call through once it has rested.
 * <p>
 * Written by hand rather than with MicroProfile Fault Tolerance: its API is not on this module's class path (the
 * build takes no new dependencies), and the breaker's state must be readable for the "awaiting registry" reason,
 * which the annotations do not expose. Thread-safe; one instance per registry.
 */
public class CircuitBreaker {

    public enum State {
        /** Calls go through; failures are counted. */
        CLOSED,
        /** Calls are refused until the rest period is over. */
        OPEN,
        /** One trial call is under way; its outcome closes or reopens the breaker. */
        HALF_OPEN
    }

    private final int failureThreshold;
    private final Duration openFor;
    private final Clock clock;

    private State state = State.CLOSED;
    private int consecutiveFailures;
    private Instant openedAt;
    private String lastFailure;

    public CircuitBreaker(int failureThreshold, Duration openFor, Clock clock) {
        this.failureThreshold = failureThreshold;
        this.openFor = openFor;
        this.clock = clock;
    }

    /** Whether a call may go out now; a true answer after the rest period makes this call the trial. */
    public synchronized boolean allowsCall() {
        if (state == State.OPEN && !clock.instant().isBefore(openedAt.plus(openFor))) {
            state = State.HALF_OPEN;
            return true;
        }
        return state == State.CLOSED;
    }

    public synchronized void succeeded() {
        state = State.CLOSED;
        consecutiveFailures = 0;
    }

    public synchronized void failed(String reason) {
        lastFailure = reason;
        consecutiveFailures++;
        if (state == State.HALF_OPEN || consecutiveFailures >= failureThreshold) {
            state = State.OPEN;
            openedAt = clock.instant();
        }
    }

    public synchronized State state() {
        return state;
    }

    /** Why the last call failed, for the reason shown on a waiting check; null before any failure. */
    public synchronized String lastFailure() {
        return lastFailure;
    }

    /** When an open breaker lets the next trial through; null unless open. */
    public synchronized Instant reopensAt() {
        return state == State.OPEN ? openedAt.plus(openFor) : null;
    }
}
