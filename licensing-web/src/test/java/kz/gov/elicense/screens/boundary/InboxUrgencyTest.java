package kz.gov.elicense.screens.boundary;

import kz.gov.elicense.screens.boundary.Inbox.Urgency;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How the inbox colours and orders a step's deadline, on Kazakhstan's clock (UTC+5). */
class InboxUrgencyTest {

    /** 10:00 in Astana. */
    private static final Instant NOW = Instant.parse("2026-11-23T05:00:00Z");

    @Test
    void aStepPastItsDeadlineIsOverdue() {
        assertEquals(Urgency.OVERDUE, Urgency.of(Instant.parse("2026-11-20T13:00:00Z"), true, NOW));
    }

    @Test
    void aDeadlineLaterTheSameDayInAstanaIsDueToday() {
        // 23:30 in Astana is still today there, though already tomorrow's date in UTC+6 zones
        assertEquals(Urgency.DUE_TODAY, Urgency.of(Instant.parse("2026-11-23T18:30:00Z"), false, NOW));
    }

    @Test
    void aDeadlineAfterMidnightInAstanaIsInTime() {
        assertEquals(Urgency.IN_TIME, Urgency.of(Instant.parse("2026-11-23T19:00:00Z"), false, NOW));
        assertEquals(Urgency.IN_TIME, Urgency.of(null, false, NOW));
    }

    @Test
    void overdueComesFirstThenDueTodayAndEachHasItsColour() {
        assertEquals(List.of(Urgency.OVERDUE, Urgency.DUE_TODAY, Urgency.IN_TIME),
                Stream.of(Urgency.IN_TIME, Urgency.OVERDUE, Urgency.DUE_TODAY).sorted().toList());
        assertEquals("deadline-overdue", Urgency.OVERDUE.styleClass());
        assertEquals("deadline-today", Urgency.DUE_TODAY.styleClass());
    }
}
