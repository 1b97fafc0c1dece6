package kz.gov.elicense.calendar.entity;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Working days and working time in Kazakhstan, for computing procedure deadlines.
 *
 * <p>A date is a working day when it is Monday to Friday and not a public holiday or transferred day off,
 * or when it is a Saturday or Sunday decreed a working day. Every working day has the same
 * {@link WorkingHours}, read in the calendar's zone. A <em>working moment</em> is an instant inside a
 * working period of a working day (period start inclusive, end exclusive).
 *
 * <p>Counting rules:
 * <ul>
 * <li>Counting starts at the first working moment at or after the start instant, so a step received
 * in the evening, at lunch or on a day off starts counting when work resumes.</li>
 * <li>A deadline is the <em>earliest</em> instant by which the limit's working time has passed; a deadline
 * that ends a working period is therefore the end of that period (Tuesday 18:30, not Wednesday 09:00).</li>
 * <li>{@code N} working days is the same working moment {@code N} working days later: received Friday 17:00
 * with 2 working days, due Tuesday 17:00 when Monday and Tuesday are working days. Received Friday 19:00
 * (counting from Monday 09:00) with 2 working days, due Tuesday 18:30.</li>
 * </ul>
 *
 * <p>Years for which the data lists no public holiday are outside its {@link #coveredYears() coverage}:
 * there only weekends are days off.
 */
public final class WorkingCalendar {

    private final ZoneId zone;
    private final WorkingHours hours;
    private final Map<LocalDate, CalendarDay> specialDays;
    private final SortedSet<Integer> coveredYears;

    private WorkingCalendar(WorkingCalendarData data) {
        this.zone = data.zone();
        this.hours = data.hours();
        this.specialDays = data.days().stream()
                .collect(Collectors.toUnmodifiableMap(CalendarDay::date, Function.identity()));
        this.coveredYears = Collections.unmodifiableSortedSet(data.days().stream()
                .filter(day -> day.kind() == CalendarDay.Kind.PUBLIC_HOLIDAY)
                .map(day -> day.date().getYear())
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    public static WorkingCalendar of(WorkingCalendarData data) {
        return new WorkingCalendar(Objects.requireNonNull(data, "data"));
    }

    /** Reads a calendar file; see {@link WorkingCalendarFile} for its format. */
    public static WorkingCalendar load(Path file) throws IOException {
        return of(WorkingCalendarFile.read(file));
    }

    public ZoneId zone() {
        return zone;
    }

    public WorkingHours hours() {
        return hours;
    }

    /** Working time in one working day. */
    public Duration workingDayLength() {
        return hours.dayLength();
    }

    /** The years whose public holidays the data lists; other years know only weekends. */
    public SortedSet<Integer> coveredYears() {
        return coveredYears;
    }

    /** The holiday, transferred day off or working weekend day on {@code date}, if it is one, to show why. */
    public Optional<CalendarDay> specialDay(LocalDate date) {
        return Optional.ofNullable(specialDays.get(date));
    }

    public boolean isWorkingDay(LocalDate date) {
        CalendarDay special = specialDays.get(date);
        return special != null ? special.isWorking() : !CalendarDay.isWeekend(date);
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    public boolean isWorkingMoment(Instant instant) {
        return nextWorkingMoment(instant).equals(instant);
    }

    /** {@code instant} itself when it is a working moment, otherwise the start of the next working period. */
    public Instant nextWorkingMoment(Instant instant) {
        return workingStretchFrom(instant).start();
    }

    /**
     * The deadline {@code days} working days after {@code start}, by the rules in the class description.
     * Because every working day has the same hours, this equals
     * {@code plusWorkingTime(start, workingDayLength() × days)}.
     *
     * @param days zero or more; zero gives the first working moment at or after {@code start}
     */
    public Instant plusWorkingDays(Instant start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("working days must not be negative, but are " + days);
        }
        return plusWorkingTime(start, workingDayLength().multipliedBy(days));
    }

    /**
     * The earliest instant by which {@code workingTime} of working time has passed since {@code start};
     * e.g. 1 hour from 12:30 on a working day is 15:00, after lunch.
     *
     * @param workingTime zero or more; zero gives the first working moment at or after {@code start}
     */
    public Instant plusWorkingTime(Instant start, Duration workingTime) {
        if (workingTime.isNegative()) {
            throw new IllegalArgumentException("working time must not be negative, but is " + workingTime);
        }
        Duration remaining = workingTime;
        Stretch stretch = workingStretchFrom(start);
        while (remaining.compareTo(stretch.length()) > 0) {
            remaining = remaining.minus(stretch.length());
            stretch = workingStretchFrom(stretch.end());
        }
        return stretch.start().plus(remaining);
    }

    /**
     * The working time from {@code from} to {@code to}; negative when {@code to} is earlier, so that the time
     * left until a deadline turns negative once it is overdue.
     */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return workingTimeBetween(to, from).negated();
        }
        Duration total = Duration.ZERO;
        for (Stretch stretch = workingStretchFrom(from); stretch.start().isBefore(to);
                stretch = workingStretchFrom(stretch.end())) {
            Instant end = stretch.end().isBefore(to) ? stretch.end() : to;
            total = total.plus(Duration.between(stretch.start(), end));
        }
        return total;
    }

    /**
     * The rest of the working period containing {@code instant}, or the whole next working period:
     * the unit in which all counting advances.
     */
    private Stretch workingStretchFrom(Instant instant) {
        for (LocalDate date = LocalDate.ofInstant(instant, zone); ; date = date.plusDays(1)) {
            if (!isWorkingDay(date)) {
                continue;
            }
            for (WorkingPeriod period : hours.periods()) {
                Instant end = date.atTime(period.end()).atZone(zone).toInstant();
                if (instant.isBefore(end)) {
                    Instant start = date.atTime(period.start()).atZone(zone).toInstant();
                    return new Stretch(instant.isAfter(start) ? instant : start, end);
                }
            }
        }
    }

    private record Stretch(Instant start, Instant end) {
        Duration length() {
            return Duration.between(start, end);
        }
    }

    @Override
    public String toString() {
        return "WorkingCalendar[zone=" + zone + ", hours=" + hours + ", coveredYears=" + coveredYears + "]";
    }
}
