package kz.gov.elicense.calendar.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import kz.gov.elicense.calendar.entity.CalendarDay;
import kz.gov.elicense.calendar.entity.CalendarDay.Kind;
import kz.gov.elicense.calendar.entity.WorkingCalendarData;
import kz.gov.elicense.calendar.entity.WorkingHours;
import kz.gov.elicense.calendar.entity.WorkingPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkingCalendarFileTest {

    @Test
    void readsSettingsDaysDescriptionsAndSkipsCommentsAndBlankLines() throws IOException {
        WorkingCalendarData data = parse("""
                # a comment line

                zone = Asia/Tashkent   # trailing comment
                hours = 8:30-12:30, 13:30-17:30
                holiday 2026-01-01 New Year
                dayoff  2026-01-05
                WORKDAY 2026-01-10   for   Monday 5 January
                """);
        assertEquals(ZoneId.of("Asia/Tashkent"), data.zone());
        assertEquals(WorkingHours.of(WorkingPeriod.of(LocalTime.of(8, 30), LocalTime.of(12, 30)),
                WorkingPeriod.of(LocalTime.of(13, 30), LocalTime.of(17, 30))), data.hours());
        assertEquals(List.of(
                new CalendarDay(LocalDate.parse("2026-01-01"), Kind.PUBLIC_HOLIDAY, "New Year"),
                new CalendarDay(LocalDate.parse("2026-01-05"), Kind.TRANSFERRED_DAY_OFF, ""),
                new CalendarDay(LocalDate.parse("2026-01-10"), Kind.WORKING_WEEKEND_DAY, "for   Monday 5 January")),
                data.days());
    }

    @Test
    void defaultsToKazakhstanTimeAndCivilServiceHours() throws IOException {
        WorkingCalendarData data = parse("holiday 2026-01-01 New Year\n");
        assertEquals(ZoneId.of("Asia/Almaty"), data.zone());
        assertEquals("09:00-13:00, 14:30-18:30", data.hours().toString());
    }

    @Test
    void toleratesAByteOrderMark() throws IOException {
        assertEquals(ZoneId.of("Asia/Almaty"), parse("\uFEFFzone = Asia/Almaty\n").zone());
    }

    @Test
    void rejectsAnUnknownEntryWithItsLineNumber() {
        MalformedCalendarFileException e = error("""
                zone = Asia/Almaty
                # comment
                holyday 2026-01-01 New Year
                """);
        assertEquals(3, e.lineNumber());
        assertTrue(e.getMessage().startsWith("line 3: unknown entry 'holyday'"), e.getMessage());
    }

    @Test
    void rejectsADateThatDoesNotExist() {
        MalformedCalendarFileException e = error("holiday 2026-01-01\nholiday 2026-02-30 typo\n");
        assertEquals(2, e.lineNumber());
        assertEquals("line 2: '2026-02-30' is not a date YYYY-MM-DD", e.getMessage());
    }

    @Test
    void rejectsADayWithoutADate() {
        assertEquals("line 1: 'dayoff' needs a date YYYY-MM-DD", error("dayoff\n").getMessage());
    }

    @Test
    void rejectsADateListedTwiceNamingTheEarlierLine() {
        MalformedCalendarFileException e = error("holiday 2026-03-23 Nauryz\n\ndayoff 2026-03-23 again\n");
        assertEquals(3, e.lineNumber());
        assertEquals("line 3: 2026-03-23 is already listed on line 1", e.getMessage());
    }

    @Test
    void rejectsAWorkdayThatIsNotAWeekendDay() {
        assertEquals("line 1: working weekend day 2026-01-05 is a Monday, which is a working day anyway",
                error("workday 2026-01-05\n").getMessage());
    }

    @Test
    void rejectsADayOffThatIsAWeekendDay() {
        assertEquals("line 2: transferred day off 2026-03-21 is a Saturday, which is a day off anyway",
                error("# Nauryz\ndayoff 2026-03-21\n").getMessage());
    }

    @Test
    void acceptsAHolidayOnAWeekend() throws IOException {
        assertEquals(1, parse("holiday 2026-03-08 International Women's Day (Sunday)\n").days().size());
    }

    @Test
    void rejectsAnUnknownZone() {
        assertEquals("line 1: 'Asia/Astana' is not a time zone such as Asia/Almaty",
                error("zone = Asia/Astana\n").getMessage());
    }

    @Test
    void rejectsAZoneSetTwice() {
        assertEquals("line 2: zone is already set on line 1", error("zone = Asia/Almaty\nzone = UTC\n").getMessage());
    }

    @Test
    void rejectsHoursThatAreNotTimeRanges() {
        assertEquals("line 1: working period '9-13' is not HH:MM-HH:MM", error("hours = 9-13, 14:30-18:30\n").getMessage());
        assertEquals("line 1: working period '' is not HH:MM-HH:MM", error("hours = 09:00-13:00,\n").getMessage());
        assertEquals("line 1: working period '09:00-25:00' has a time that does not exist",
                error("hours = 09:00-25:00\n").getMessage());
    }

    @Test
    void rejectsHoursThatRunBackwardsOrOverlap() {
        assertEquals("line 1: working period must end after it starts, but is 13:00-09:00",
                error("hours = 13:00-09:00\n").getMessage());
        assertEquals("line 1: working periods must be in order and must not overlap, but 12:00-18:00 starts before"
                + " 09:00-13:00 ends", error("hours = 09:00-13:00, 12:00-18:00\n").getMessage());
    }

    @Test
    void rejectsASettingWithoutEqualsSign() {
        assertEquals("line 1: 'zone' needs '=' and a value", error("zone Asia/Almaty\n").getMessage());
    }

    @Test
    void rejectsAnUnknownSetting() {
        assertEquals("line 1: unknown setting 'lunch'; only 'zone' and 'hours' can be set",
                error("lunch = 13:00-14:30\n").getMessage());
    }

    @Test
    void namesTheFileWhenReadFromAPath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("calendar.txt");
        Files.writeString(file, "holiday 2026-01-01\nholiday 2026-13-01\n", StandardCharsets.UTF_8);
        MalformedCalendarFileException e = assertThrows(MalformedCalendarFileException.class,
                () -> WorkingCalendarFile.read(file));
        assertEquals(file + ", line 2: '2026-13-01' is not a date YYYY-MM-DD", e.getMessage());
    }

    private static WorkingCalendarData parse(String text) throws IOException {
        return WorkingCalendarFile.parse(new StringReader(text));
    }

    private static MalformedCalendarFileException error(String text) {
        return assertThrows(MalformedCalendarFileException.class, () -> parse(text));
    }
}
