package kz.gov.elicense.calendar.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import kz.gov.elicense.calendar.entity.CalendarDay;
import kz.gov.elicense.calendar.entity.CalendarDay.Kind;
import kz.gov.elicense.calendar.entity.WorkingCalendarData;
import org.junit.jupiter.api.Test;

/** The calendar file that ships with the application, as the ministries will use it. */
class KazakhstanWorkingCalendarTest {

    /** Surefire runs with the module directory as working directory. */
    private static final Path FILE = Path.of("..", "config", "calendar", "working-calendar.txt");

    private final WorkingCalendarData data = read();
    private final WorkingCalendar calendar = WorkingCalendar.of(data);

    @Test
    void coversTheYears2025To2027InAlmatyTimeWithEightHourDays() {
        assertEquals(new TreeSet<>(List.of(2025, 2026, 2027)), calendar.coveredYears());
        assertEquals(ZoneId.of("Asia/Almaty"), calendar.zone());
        assertEquals(Duration.ofHours(8), calendar.workingDayLength());
    }

    @Test
    void almatyTimeIsUtcPlusFive() {
        // fails on a JVM whose tzdata predates 2024a, which would shift every deadline by an hour
        assertEquals(ZoneOffset.ofHours(5), calendar.zone().getRules().getOffset(Instant.parse("2026-06-01T00:00:00Z")));
    }

    @Test
    void nauryz2026IsFiveDaysOffFromSaturdayToWednesday() {
        for (String day : List.of("2026-03-21", "2026-03-22", "2026-03-23", "2026-03-24", "2026-03-25")) {
            assertFalse(calendar.isWorkingDay(LocalDate.parse(day)), day);
        }
        assertTrue(calendar.isWorkingDay(LocalDate.parse("2026-03-26")));
        // received Friday 20 March 17:00 with 2 WD: Thursday 26th and Friday 27th count
        assertEquals(at("2026-03-27T17:00"), calendar.plusWorkingDays(at("2026-03-20T17:00"), 2));
        assertEquals(at("2026-03-26T09:30"), calendar.plusWorkingTime(at("2026-03-20T18:00"), Duration.ofHours(1)));
    }

    @Test
    void theNewYearTransferOf2025MakesSunday5JanuaryAWorkingDay() {
        assertFalse(calendar.isWorkingDay(LocalDate.parse("2025-01-03")));
        assertTrue(calendar.isWorkingDay(LocalDate.parse("2025-01-05")));
        // 2024 is not covered, so 31 December 2024 is an ordinary Tuesday
        assertEquals(at("2025-01-05T10:00"), calendar.plusWorkingDays(at("2024-12-31T10:00"), 1));
    }

    @Test
    void constitutionDayMovedFrom30AugustTo15MarchWithTheNewConstitution() {
        assertFalse(calendar.isWorkingDay(LocalDate.parse("2025-09-01"))); // for Saturday 30 August 2025
        assertTrue(calendar.isWorkingDay(LocalDate.parse("2026-08-31"))); // no longer for Sunday 30 August 2026
        assertFalse(calendar.isWorkingDay(LocalDate.parse("2027-03-15")));
    }

    @Test
    void aReligiousHolidayOnASundayGivesNoExtraDayOff() {
        assertFalse(calendar.isWorkingDay(LocalDate.parse("2027-05-16"))); // Kurban Ait, Sunday
        assertTrue(calendar.isWorkingDay(LocalDate.parse("2027-05-17")));
    }

    /**
     * Labour Code: a public holiday on a Saturday or Sunday gives the next working day off, except for
     * Orthodox Christmas and Kurban Ait. Every other day off must come with a working weekend day.
     */
    @Test
    void everyWeekendHolidayHasItsDayOffAndEveryOtherDayOffIsATransfer() {
        Set<LocalDate> holidays = dates(Kind.PUBLIC_HOLIDAY);
        Set<LocalDate> compensation = new HashSet<>();
        for (CalendarDay holiday : daysOf(Kind.PUBLIC_HOLIDAY)) {
            boolean religious = holiday.description().contains("Christmas") || holiday.description().contains("Kurban");
            if (CalendarDay.isWeekend(holiday.date()) && !religious) {
                LocalDate next = holiday.date().plusDays(1);
                while (CalendarDay.isWeekend(next) || holidays.contains(next) || compensation.contains(next)) {
                    next = next.plusDays(1);
                }
                compensation.add(next);
            }
        }
        Set<LocalDate> daysOff = dates(Kind.TRANSFERRED_DAY_OFF);
        assertTrue(daysOff.containsAll(compensation), () -> "missing day off for a weekend holiday: "
                + new TreeSet<>(compensation.stream().filter(d -> !daysOff.contains(d)).toList()));
        List<LocalDate> transfers = new ArrayList<>(daysOff);
        transfers.removeAll(compensation);
        assertEquals(dates(Kind.WORKING_WEEKEND_DAY).size(), transfers.size(),
                () -> "days off " + transfers + " are neither for a weekend holiday nor paired with a working weekend day");
    }

    private List<CalendarDay> daysOf(Kind kind) {
        return data.days().stream().filter(d -> d.kind() == kind).toList();
    }

    private Set<LocalDate> dates(Kind kind) {
        return daysOf(kind).stream().map(CalendarDay::date).collect(Collectors.toSet());
    }

    private Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(calendar.zone()).toInstant();
    }

    private static WorkingCalendarData read() {
        try {
            return WorkingCalendarFile.read(FILE);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + FILE.toAbsolutePath(), e);
        }
    }
}
