package kz.gov.elicense.calendar.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import kz.gov.elicense.calendar.entity.CalendarDay;
import kz.gov.elicense.calendar.entity.CalendarDay.Kind;
import kz.gov.elicense.calendar.entity.WorkingCalendarData;
import kz.gov.elicense.calendar.entity.WorkingHours;
import org.junit.jupiter.api.Test;

/**
 * The counting rules on a small calendar for June 2026: Monday 1 June; Wednesday 10 June a holiday,
 * Friday 12 June a transferred day off, Saturday 13 June a working day; hours 09:00-13:00, 14:30-18:30.
 */
class WorkingCalendarTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    private final WorkingCalendar calendar = WorkingCalendar.of(new WorkingCalendarData(ALMATY,
            WorkingHours.CIVIL_SERVICE, List.of(
                    new CalendarDay(LocalDate.parse("2026-06-10"), Kind.PUBLIC_HOLIDAY, "test holiday"),
                    new CalendarDay(LocalDate.parse("2026-06-12"), Kind.TRANSFERRED_DAY_OFF, "bridge day"),
                    new CalendarDay(LocalDate.parse("2026-06-13"), Kind.WORKING_WEEKEND_DAY, "for 12 June"))));

    @Test
    void weekdaysAreWorkingDaysAndWeekendsAreNot() {
        assertTrue(calendar.isWorkingDay(date("2026-06-05"))); // Friday
        assertFalse(calendar.isWorkingDay(date("2026-06-06"))); // Saturday
        assertFalse(calendar.isWorkingDay(date("2026-06-07"))); // Sunday
    }

    @Test
    void listedDaysOverrideTheWeek() {
        assertFalse(calendar.isWorkingDay(date("2026-06-10")));
        assertFalse(calendar.isWorkingDay(date("2026-06-12")));
        assertTrue(calendar.isWorkingDay(date("2026-06-13")));
        assertEquals("bridge day", calendar.specialDay(date("2026-06-12")).orElseThrow().description());
    }

    @Test
    void yearsWithoutListedHolidaysKnowOnlyWeekends() {
        assertEquals(Set.of(2026), calendar.coveredYears());
        assertTrue(calendar.isWorkingDay(date("2030-01-01"))); // a Tuesday, New Year, but 2030 is not covered
        assertFalse(calendar.isWorkingDay(date("2030-01-05"))); // a Saturday
    }

    @Test
    void nextWorkingDaySkipsHolidaysAndDaysOffButNotWorkingSaturdays() {
        assertEquals(date("2026-06-11"), calendar.nextWorkingDay(date("2026-06-09")));
        assertEquals(date("2026-06-13"), calendar.nextWorkingDay(date("2026-06-11")));
        assertEquals(date("2026-06-15"), calendar.nextWorkingDay(date("2026-06-13")));
    }

    @Test
    void aWorkingMomentIsInsideAWorkingPeriodIncludingItsStartOnly() {
        assertTrue(calendar.isWorkingMoment(at("2026-06-01T09:00")));
        assertTrue(calendar.isWorkingMoment(at("2026-06-01T12:59")));
        assertFalse(calendar.isWorkingMoment(at("2026-06-01T13:00")));
        assertFalse(calendar.isWorkingMoment(at("2026-06-01T18:30")));
        assertFalse(calendar.isWorkingMoment(at("2026-06-10T10:00"))); // holiday
    }

    @Test
    void nextWorkingMomentIsTheNextPeriodStartWhenOutsideHours() {
        assertEquals(at("2026-06-01T14:30"), calendar.nextWorkingMoment(at("2026-06-01T13:10")));
        assertEquals(at("2026-06-08T09:00"), calendar.nextWorkingMoment(at("2026-06-05T18:30")));
        assertEquals(at("2026-06-01T11:11"), calendar.nextWorkingMoment(at("2026-06-01T11:11")));
    }

    @Test
    void workingDaysLandOnTheSameWorkingMomentAcrossAWeekend() {
        // the example the counting rules are documented with: Friday 17:00 + 2 WD = Tuesday 17:00
        assertEquals(at("2026-06-09T17:00"), calendar.plusWorkingDays(at("2026-06-05T17:00"), 2));
    }

    @Test
    void workingDaysSkipAHolidayAndADayOffAndUseAWorkingSaturday() {
        // Tuesday 9th + 2 WD: Wed 10th holiday, Thu 11th (1), Fri 12th day off, Sat 13th working (2)
        assertEquals(at("2026-06-13T10:00"), calendar.plusWorkingDays(at("2026-06-09T10:00"), 2));
    }

    @Test
    void workingDaysFromOutsideHoursCountFromTheNextOpeningAndEndAtAClosing() {
        assertEquals(at("2026-06-08T18:30"), calendar.plusWorkingDays(at("2026-06-05T19:00"), 1)); // Friday evening
        assertEquals(at("2026-06-08T18:30"), calendar.plusWorkingDays(at("2026-06-06T12:00"), 1)); // Saturday
        assertEquals(at("2026-06-01T18:30"), calendar.plusWorkingDays(at("2026-06-01T07:00"), 1)); // early Monday
        assertEquals(at("2026-06-09T18:30"), calendar.plusWorkingDays(at("2026-06-05T19:00"), 2));
    }

    @Test
    void workingDaysFromLunchEndAtTheEquivalentMomentBeforeLunch() {
        // 13:30 counts from 14:30, which is the same working moment as 13:00: the earliest is chosen
        assertEquals(at("2026-06-02T13:00"), calendar.plusWorkingDays(at("2026-06-01T13:30"), 1));
    }

    @Test
    void zeroWorkingDaysIsTheNextWorkingMoment() {
        assertEquals(at("2026-06-08T09:00"), calendar.plusWorkingDays(at("2026-06-06T12:00"), 0));
    }

    @Test
    void workingTimeSkipsLunch() {
        assertEquals(at("2026-06-01T15:00"), calendar.plusWorkingTime(at("2026-06-01T12:30"), Duration.ofHours(1)));
    }

    @Test
    void workingTimeContinuesOvernight() {
        // Monday 15:00 + 6 h: 3.5 h on Monday, 2.5 h on Tuesday morning
        assertEquals(at("2026-06-02T11:30"), calendar.plusWorkingTime(at("2026-06-01T15:00"), Duration.ofHours(6)));
    }

    @Test
    void workingTimeContinuesAfterTheWeekend() {
        assertEquals(at("2026-06-08T09:05"),
                calendar.plusWorkingTime(at("2026-06-05T18:20"), Duration.ofMinutes(15)));
    }

    @Test
    void workingTimeThatFillsAPeriodEndsAtItsEndNotAtTheNextStart() {
        assertEquals(at("2026-06-01T13:00"), calendar.plusWorkingTime(at("2026-06-01T09:00"), Duration.ofHours(4)));
    }

    @Test
    void workingTimeFromOutsideHoursStartsAtTheNextWorkingMoment() {
        assertEquals(at("2026-06-01T14:45"),
                calendar.plusWorkingTime(at("2026-06-01T13:05"), Duration.ofMinutes(15)));
        assertEquals(at("2026-06-11T10:00"), calendar.plusWorkingTime(at("2026-06-09T19:00"), Duration.ofHours(1)));
    }

    @Test
    void workingTimeBetweenCountsOnlyWorkingPeriods() {
        assertEquals(Duration.ofMinutes(90), calendar.workingTimeBetween(at("2026-06-01T12:00"), at("2026-06-01T15:00")));
        assertEquals(Duration.ofHours(16), calendar.workingTimeBetween(at("2026-06-05T17:00"), at("2026-06-09T17:00")));
        // Tuesday 18:00 to Thursday 10:00 across the holiday: half an hour plus one hour
        assertEquals(Duration.ofMinutes(90), calendar.workingTimeBetween(at("2026-06-09T18:00"), at("2026-06-11T10:00")));
        assertEquals(Duration.ZERO, calendar.workingTimeBetween(at("2026-06-05T19:00"), at("2026-06-07T23:00")));
    }

    @Test
    void workingTimeBetweenIsNegativeOnceADeadlineHasPassed() {
        assertEquals(Duration.ofMinutes(-90),
                calendar.workingTimeBetween(at("2026-06-01T15:00"), at("2026-06-01T12:00")));
    }

    @Test
    void workingTimeBetweenUndoesPlusWorkingTime() {
        List<Instant> starts = List.of(at("2026-06-01T08:00"), at("2026-06-01T12:59"), at("2026-06-05T18:29"),
                at("2026-06-09T17:00"), at("2026-06-13T13:30"));
        List<Duration> durations = List.of(Duration.ZERO, Duration.ofMinutes(1), Duration.ofMinutes(15),
                Duration.ofHours(4), Duration.ofHours(8), Duration.ofHours(37).plusMinutes(13));
        for (Instant start : starts) {
            for (Duration d : durations) {
                Instant end = calendar.plusWorkingTime(start, d);
                assertEquals(d, calendar.workingTimeBetween(start, end), () -> start + " + " + d + " = " + end);
            }
        }
    }

    @Test
    void workingDaysAreWholeWorkingDaysOfWorkingTime() {
        Instant start = at("2026-06-04T10:15");
        assertEquals(calendar.plusWorkingTime(start, Duration.ofHours(8 * 3)), calendar.plusWorkingDays(start, 3));
        assertEquals(Duration.ofHours(8), calendar.workingDayLength());
    }

    @Test
    void rejectsNegativeLimits() {
        assertThrows(IllegalArgumentException.class, () -> calendar.plusWorkingDays(at("2026-06-01T10:00"), -1));
        assertThrows(IllegalArgumentException.class,
                () -> calendar.plusWorkingTime(at("2026-06-01T10:00"), Duration.ofMinutes(-1)));
    }

    @Test
    void readsWorkingHoursInTheCalendarZoneNotInUtc() {
        // 04:30 UTC is 09:30 in Almaty (UTC+5), inside working hours
        assertTrue(calendar.isWorkingMoment(Instant.parse("2026-06-01T04:30:00Z")));
        assertFalse(calendar.isWorkingMoment(Instant.parse("2026-06-01T13:45:00Z"))); // 18:45 local
    }

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ALMATY).toInstant();
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
