package kz.gov.elicense.counter.entity;

import kz.gov.elicense.application.entity.ProcedureType;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CounterLookupTest {

    @Test
    void aLookupServesOneApplicationOnly() {
        CounterLookup lookup = new CounterLookup(ProcedureType.of("SECURITY_ACTIVITY_ISSUE"), "150440001011", "clerk",
                Instant.parse("2026-11-23T04:00:00Z"));
        assertFalse(lookup.isUsed());
        lookup.recordApplication(7L, "SEC-2026-000007", "clerk", Instant.parse("2026-11-23T04:05:00Z"));
        assertTrue(lookup.isUsed());
        assertEquals("SEC-2026-000007", lookup.applicationNumber());
        assertEquals("clerk", lookup.enteredBy());
        assertThrows(IllegalStateException.class,
                () -> lookup.recordApplication(8L, "SEC-2026-000008", "executor", Instant.parse("2026-11-23T04:06:00Z")));
        assertEquals("SEC-2026-000007", lookup.applicationNumber());
    }
}
