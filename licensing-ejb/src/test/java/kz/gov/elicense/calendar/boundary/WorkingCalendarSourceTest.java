package kz.gov.elicense.calendar.boundary;

import kz.gov.elicense.calendar.entity.WorkingCalendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkingCalendarSourceTest {

    private static final LocalDate MONDAY = LocalDate.parse("2026-06-01");

    @TempDir
    Path dir;

    @Test
    void failsWhenNoFileIsConfigured() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new WorkingCalendarSource(null).current());
        assertTrue(e.getMessage().contains(WorkingCalendarSource.FILE_PROPERTY), e.getMessage());
    }

    @Test
    void failsWhenTheFileNeverParsedRatherThanIgnoringHolidays() throws IOException {
        Path file = write("holiday 2026-06-01 ok\nbroken line\n", 1);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new WorkingCalendarSource(file).current());
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void rereadsTheFileWhenTheAdministratorChangesIt() throws IOException {
        Path file = write("holiday 2026-01-01 New Year\n", 1);
        WorkingCalendarSource source = new WorkingCalendarSource(file);
        assertTrue(source.current().isWorkingDay(MONDAY));

        write("holiday 2026-01-01 New Year\nholiday 2026-06-01 new decree\n", 2);
        assertFalse(source.current().isWorkingDay(MONDAY));
    }

    @Test
    void keepsTheLastGoodCalendarWhenAnEditDoesNotParse() throws IOException {
        Path file = write("holiday 2026-06-01 ok\n", 1);
        WorkingCalendarSource source = new WorkingCalendarSource(file);
        WorkingCalendar good = source.current();

        write("holiday 2026-06-01 ok\nholiday 2026-02-30 typo\n", 2);
        assertEquals(good, source.current());
        assertFalse(source.current().isWorkingDay(MONDAY));
    }

    /** Sets distinct modification times explicitly, as two writes within a test can share a timestamp. */
    private Path write(String text, int version) throws IOException {
        Path file = dir.resolve("working-calendar.txt");
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(version)));
        return file;
    }
}
