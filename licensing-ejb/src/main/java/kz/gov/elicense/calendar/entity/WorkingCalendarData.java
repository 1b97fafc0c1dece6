package kz.gov.elicense.calendar.entity;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a working calendar is built from: the time zone in which working hours are read,
 * the working hours, and the dates that depart from the five-day week.
 */
public record WorkingCalendarData(ZoneId zone, WorkingHours hours, List<CalendarDay> days) {

    /**
     * Kazakhstan has been on a single time zone, UTC+5, since 1 March 2024; Asia/Almaty carries that
     * rule in tzdata 2024a and later. The calendar file can name another zone without a rebuild.
     */
    public static final ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");

    public WorkingCalendarData {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(hours, "hours");
        days = List.copyOf(days);
        Set<LocalDate> seen = new HashSet<>();
        for (CalendarDay day : days) {
            if (!seen.add(day.date())) {
                throw new IllegalArgumentException(day.date() + " is listed more than once");
            }
        }
    }

    /** Kazakhstan time, civil-service hours, weekends only. */
    public static WorkingCalendarData weekendsOnly() {
        return new WorkingCalendarData(KAZAKHSTAN, WorkingHours.CIVIL_SERVICE, List.of());
    }
}
