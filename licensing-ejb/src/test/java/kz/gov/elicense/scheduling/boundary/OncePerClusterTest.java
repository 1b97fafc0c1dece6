package kz.gov.elicense.scheduling.boundary;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OncePerClusterTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void nodesWhoseTimersFireALittleApartNameTheSameTick() {
        Instant tick = Instant.parse("2026-12-03T12:01:00Z");
        assertEquals(tick, OncePerCluster.tickOf(Instant.parse("2026-12-03T12:01:00.040Z"), MINUTE), "fired late");
        assertEquals(tick, OncePerCluster.tickOf(Instant.parse("2026-12-03T12:01:07Z"), MINUTE), "fired under load");
        assertEquals(tick, OncePerCluster.tickOf(Instant.parse("2026-12-03T12:00:59.700Z"), MINUTE), "a clock ahead");
    }

    @Test
    void eachFiringOfAPeriodIsATickOfItsOwn() {
        assertEquals(Instant.parse("2026-12-03T12:05:00Z"),
                OncePerCluster.tickOf(Instant.parse("2026-12-03T12:05:00.100Z"), Duration.ofMinutes(5)));
        assertEquals(Instant.parse("2026-12-03T12:10:00Z"),
                OncePerCluster.tickOf(Instant.parse("2026-12-03T12:10:01Z"), Duration.ofMinutes(5)));
        // the hourly audit checkpoint fires at minute 17: every node names the same hour
        assertEquals(Instant.parse("2026-12-03T13:00:00Z"),
                OncePerCluster.tickOf(Instant.parse("2026-12-03T13:17:00.300Z"), Duration.ofHours(1)));
    }
}
