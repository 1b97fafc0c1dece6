package kz.gov.elicense.calendar.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import kz.gov.elicense.calendar.entity.WorkingCalendar;
import org.junit.jupiter.api.Test;

class StepLimitTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final WorkingCalendar WEEKENDS_ONLY = WorkingCalendar.of(WorkingCalendarData.weekendsOnly());

    @Test
    void printsTheRegulationsNotation() {
        assertEquals("2 WD", StepLimit.workingDays(2).toString());
        assertEquals("6 h", StepLimit.workingHours(6).toString());
        assertEquals("15 min", StepLimit.workingMinutes(15).toString());
    }

    @Test
    void parsesWhatItPrints() {
        for (StepLimit limit : List.of(StepLimit.workingDays(10), StepLimit.workingHours(1), StepLimit.workingMinutes(90))) {
            assertEquals(limit, StepLimit.parse(limit.toString()));
        }
        assertEquals(StepLimit.workingDays(3), StepLimit.parse(" 3WD "));
    }

    @Test
    void rejectsUnknownNotation() {
        assertEquals("step limit '2 days' is not a number followed by WD, h or min, such as '2 WD'",
                assertThrows(IllegalArgumentException.class, () -> StepLimit.parse("2 days")).getMessage());
    }

    @Test
    void rejectsALimitBelowOne() {
        assertEquals("a step limit must be at least 1 WD, but is 0",
                assertThrows(IllegalArgumentException.class, () -> StepLimit.workingDays(0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> StepLimit.workingMinutes(-5));
    }

    @Test
    void workingDaysDeadlineKeepsTheWorkingMoment() {
        assertEquals(at("2026-06-09T17:00"), StepLimit.workingDays(2).deadlineFrom(at("2026-06-05T17:00"), WEEKENDS_ONLY));
    }

    @Test
    void workingHoursDeadlineSpansLunchAndNight() {
        assertEquals(at("2026-06-02T11:30"), StepLimit.workingHours(6).deadlineFrom(at("2026-06-01T15:00"), WEEKENDS_ONLY));
        assertEquals(at("2026-06-01T15:00"), StepLimit.workingHours(1).deadlineFrom(at("2026-06-01T12:30"), WEEKENDS_ONLY));
    }

    @Test
    void workingMinutesDeadlineSpansTheWeekend() {
        assertEquals(at("2026-06-08T09:05"),
                StepLimit.workingMinutes(15).deadlineFrom(at("2026-06-05T18:20"), WEEKENDS_ONLY));
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ALMATY).toInstant();
    }
}
