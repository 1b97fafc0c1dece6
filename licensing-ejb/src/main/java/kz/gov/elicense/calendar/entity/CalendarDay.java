package kz.gov.elicense.calendar.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A date that departs from the five-day week (Monday to Friday working, Saturday and Sunday off),
 * with the reason as the administrator wrote it.
 */
public record CalendarDay(LocalDate date, Kind kind, String description) {

    public enum Kind {
        /** A public holiday under the Law on holidays; off even when it is a weekday. */
        PUBLIC_HOLIDAY,
        /** An extra day off on a weekday: a holiday moved off a weekend, or a government-decreed transfer. */
        TRANSFERRED_DAY_OFF,
        /** A Saturday or Sunday made a working day by a government-decreed transfer. */
        WORKING_WEEKEND_DAY
    }

    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        description = description == null ? "" : description.strip();
        // Either of these would have no effect, so it is almost certainly a wrong date.
        if (kind == Kind.TRANSFERRED_DAY_OFF && isWeekend(date)) {
            throw new IllegalArgumentException("transferred day off " + date + " is a " + dayName(date)
                    + ", which is a day off anyway");
        }
        if (kind == Kind.WORKING_WEEKEND_DAY && !isWeekend(date)) {
            throw new IllegalArgumentException("working weekend day " + date + " is a " + dayName(date)
                    + ", which is a working day anyway");
        }
    }

    public boolean isWorking() {
        return kind == Kind.WORKING_WEEKEND_DAY;
    }

    public static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    private static String dayName(LocalDate date) {
        String name = date.getDayOfWeek().toString();
        return name.charAt(0) + name.substring(1).toLowerCase();
    }
}
