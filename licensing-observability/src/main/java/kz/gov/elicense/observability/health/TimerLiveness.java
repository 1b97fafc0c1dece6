package kz.gov.elicense.observability.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The application's timers run: each has run within a few of its intervals, and some timer has run once the first
 * runs are due. A stopped timer means deadlines are no longer marked and held signatures no longer retried, which a
 * restart is the remedy for.
 */
@Liveness
@ApplicationScoped
public class TimerLiveness implements HealthCheck {

    static final String NAME = "licensing-timers";

    @Override
    public HealthCheckResponse call() {
        Instant now = Instant.now();
        Map<String, Heartbeats.Beat> beats = Heartbeats.beats();
        if (beats.isEmpty()) {
            boolean due = Heartbeats.started().plus(Heartbeats.FIRST_RUN_GRACE).isBefore(now);
            return HealthCheckResponse.named(NAME).status(!due)
                    .withData(due ? "reason" : "state", due ? "no timer has run since " + Heartbeats.started()
                            : "waiting for the first runs (started " + Heartbeats.started() + ")")
                    .build();
        }
        List<String> late = beats.entrySet().stream().filter(e -> e.getValue().lateAt(now)).map(Map.Entry::getKey)
                .toList();
        HealthCheckResponseBuilder builder = HealthCheckResponse.named(NAME).status(late.isEmpty());
        beats.forEach((timer, beat) -> builder.withData(timer, "last run " + beat.at() + ", every " + beat.interval()));
        if (!late.isEmpty()) {
            builder.withData("reason", "not run for more than " + Heartbeats.LATE_AFTER_INTERVALS + " intervals: "
                    + String.join(", ", late));
        }
        return builder.build();
    }
}
