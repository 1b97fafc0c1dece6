package kz.gov.elicense.application.boundary;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HeldSignatureScheduleTest {

    @Test
    void theMinuteUnlessTheSettingIsAPeriodTheCalendarKeeps() {
        assertEquals(Duration.ofMinutes(1), HeldSignatureSchedule.period(null));
        assertEquals(Duration.ofSeconds(5), HeldSignatureSchedule.period("5"));
        assertEquals(Duration.ofMinutes(5), HeldSignatureSchedule.period("300"));
        for (String unkept : new String[] {"7", "0", "-5", "90", "420", "soon"}) {
            assertEquals(Duration.ofMinutes(1), HeldSignatureSchedule.period(unkept), unkept);
        }
    }

    @Test
    void theCalendarTicksOnWholeMultiplesOfThePeriod() {
        var seconds = HeldSignatureSchedule.expression(Duration.ofSeconds(5));
        assertEquals("*/5", seconds.getSecond());
        assertEquals("*", seconds.getMinute());
        var minutes = HeldSignatureSchedule.expression(Duration.ofMinutes(5));
        assertEquals("0", minutes.getSecond());
        assertEquals("*/5", minutes.getMinute());
        var minute = HeldSignatureSchedule.expression(Duration.ofMinutes(1));
        assertEquals("0", minute.getSecond());
        assertEquals("*/1", minute.getMinute());
    }
}
