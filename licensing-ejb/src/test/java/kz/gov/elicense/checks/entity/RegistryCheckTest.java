package kz.gov.elicense.checks.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegistryCheckTest {

    private static final Instant ASKED = Instant.parse("2026-11-02T09:00:00Z");

    @Test
    void aRepeatedAnswerIsCountedAndTheFirstStands() {
        RegistryCheck check = new RegistryCheck(1L, "req-1", CheckKind.SPECIAL_ACCOUNTS, "200940006062",
                "the organisation", ASKED);
        assertFalse(check.isAnswered());

        assertTrue(check.answer(CheckOutcome.CLEAR, "No records", "{}", ASKED.plusSeconds(60)));
        assertFalse(check.answer(CheckOutcome.HIT, "Another answer", "{}", ASKED.plusSeconds(120)));
        assertFalse(check.answer(CheckOutcome.HIT, "Another answer", "{}", ASKED.plusSeconds(180)));

        assertEquals(CheckOutcome.CLEAR, check.outcome());
        assertEquals("No records", check.summary());
        assertEquals(ASKED.plusSeconds(60), check.answeredAt());
        assertEquals(2, check.repeatedAnswers());
    }
}
