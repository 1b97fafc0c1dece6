package kz.gov.elicense.calendar.entity;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/** One stretch of working time within a day, from {@code start} (inclusive) to {@code end} (exclusive). */
public record WorkingPeriod(LocalTime start, LocalTime end) {

    public WorkingPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("working period must end after it starts, but is " + start + "-" + end);
        }
    }

    public static WorkingPeriod of(LocalTime start, LocalTime end) {
        return new WorkingPeriod(start, end);
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    /** In the calendar file's notation, e.g. {@code 09:00-13:00}. */
    @Override
    public String toString() {
        return start + "-" + end;
    }
}
