package kz.gov.elicense.observability.correlation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorrelationIdTest {

    @Test
    void aPlainTokenIsTakenAsItIsAndAnythingElseIsReplaced() {
        assertEquals("portal-42:a.b_c", CorrelationId.acceptOrNew(" portal-42:a.b_c "));
        assertNotEquals("a b", CorrelationId.acceptOrNew("a b"));
        assertNotEquals("x\"}", CorrelationId.acceptOrNew("x\"}"));
        assertTrue(CorrelationId.acceptOrNew("k".repeat(65)).matches("[0-9a-f-]{36}"), "too long: a new one");
        assertTrue(CorrelationId.acceptOrNew(null).matches("[0-9a-f-]{36}"));
    }

    @Test
    void aScopePutsBackTheIdItFound() {
        try (CorrelationId.Scope outer = CorrelationId.begin("request-1")) {
            try (CorrelationId.Scope inner = CorrelationId.begin("ZZ-2026-000001")) {
                assertEquals("ZZ-2026-000001", CorrelationId.current().orElseThrow());
            }
            assertEquals("request-1", CorrelationId.current().orElseThrow());
            try (CorrelationId.Scope blank = CorrelationId.begin(" ")) {
                assertEquals("request-1", CorrelationId.current().orElseThrow(), "a blank id keeps the current one");
            }
        }
        assertTrue(CorrelationId.current().isEmpty());
    }
}
