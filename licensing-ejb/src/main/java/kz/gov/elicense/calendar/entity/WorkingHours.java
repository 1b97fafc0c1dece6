package kz.gov.elicense.calendar.entity;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The working periods of every working day, in order. The same hours apply to all working days,
 * which is what lets a working day be treated as a fixed amount of working time.
 */
public record WorkingHours(List<WorkingPeriod> periods) {

    /** 09:00-18:30 with lunch 13:00-14:30: the 8-hour day of the civil service. */
    public static final WorkingHours CIVIL_SERVICE = new WorkingHours(List.of(
            WorkingPeriod.of(LocalTime.of(9, 0), LocalTime.of(13, 0)),
            WorkingPeriod.of(LocalTime.of(14, 30), LocalTime.of(18, 30))));

    public WorkingHours {
        if (periods == null || periods.isEmpty()) {
            throw new IllegalArgumentException("working hours need at least one working period");
        }
        periods = List.copyOf(periods);
        for (int i = 1; i < periods.size(); i++) {
            if (periods.get(i).start().isBefore(periods.get(i - 1).end())) {
                throw new IllegalArgumentException("working periods must be in order and must not overlap, but "
                        + periods.get(i) + " starts before " + periods.get(i - 1) + " ends");
            }
        }
    }

    public static WorkingHours of(WorkingPeriod... periods) {
        return new WorkingHours(List.of(periods));
    }

    /** Working time in one working day, e.g. 8 hours. */
    public Duration dayLength() {
        return periods.stream().map(WorkingPeriod::length).reduce(Duration.ZERO, Duration::plus);
    }

    public LocalTime opening() {
        return periods.get(0).start();
    }

    public LocalTime closing() {
        return periods.get(periods.size() - 1).end();
    }

    /** In the calendar file's notation, e.g. {@code 09:00-13:00, 14:30-18:30}. */
    @Override
    public String toString() {
        return periods.stream().map(WorkingPeriod::toString).collect(Collectors.joining(", "));
    }
}
