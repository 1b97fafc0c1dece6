package kz.gov.elicense.account.entity;

import kz.gov.elicense.account.control.LockOut;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");

    @Test
    void theFifthFailureInARowLocksForAQuarterOfAnHourAndTheCountStartsAgain() {
        Account account = new Account("clerk7", "$2a$10$x", Set.of("clerk"), "MVD", "MVD-ASTANA");
        for (int failure = 1; failure < LockOut.ATTEMPTS; failure++) {
            assertFalse(LockOut.locks(account.failed()));
        }
        assertTrue(LockOut.locks(account.failed()));
        account.lockUntil(NOW.plus(LockOut.DURATION));
        assertEquals(0, account.failedAttempts());
        assertTrue(account.isLockedAt(NOW.plusSeconds(14 * 60)));
        assertFalse(account.isLockedAt(NOW.plusSeconds(15 * 60)), "the lock ends by itself");
    }

    @Test
    void aSuccessfulSignInForgetsTheFailuresBeforeIt() {
        Account account = new Account("clerk7", "$2a$10$x", Set.of("clerk"), "MVD", "MVD-ASTANA");
        account.failed();
        account.failed();
        assertTrue(account.signedIn(), "it had failures to forget");
        assertEquals(0, account.failedAttempts());
        assertFalse(account.signedIn());
    }
}
