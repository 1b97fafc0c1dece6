package kz.gov.elicense.registry.control;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CircuitBreakerTest {

    private Instant now = Instant.parse("2026-11-02T05:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(10), clock);

    @Test
    void opensAfterTheThresholdOfConsecutiveFailuresAndRefusesCalls() {
        breaker.failed("HTTP 503");
        breaker.failed("HTTP 503");
        assertTrue(breaker.allowsCall());
        breaker.failed("timeout");

        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
        assertFalse(breaker.allowsCall());
        assertEquals("timeout", breaker.lastFailure());
        assertEquals(now.plusSeconds(10), breaker.reopensAt());
    }

    @Test
    void aSuccessInBetweenResetsTheCount() {
        breaker.failed("HTTP 503");
        breaker.failed("HTTP 503");
        breaker.succeeded();
        breaker.failed("HTTP 503");
        breaker.failed("HTTP 503");
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
    }

    @Test
    void afterTheRestOneTrialGoesThroughAndItsOutcomeDecides() {
        for (int i = 0; i < 3; i++) {
            breaker.failed("HTTP 503");
        }
        now = now.plusSeconds(10);
        assertTrue(breaker.allowsCall(), "the trial");
        assertFalse(breaker.allowsCall(), "only one trial at a time");
        breaker.failed("HTTP 503");
        assertEquals(CircuitBreaker.State.OPEN, breaker.state(), "a failed trial reopens at once");
        assertFalse(breaker.allowsCall());

        now = now.plusSeconds(10);
        assertTrue(breaker.allowsCall());
        breaker.succeeded();
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
        assertTrue(breaker.allowsCall());
    }
}
