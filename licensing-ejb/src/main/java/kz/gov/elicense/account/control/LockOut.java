package kz.gov.elicense.account.control;

import java.time.Duration;

/**
 * The lock-out rule: so many consecutive failed sign-ins lock an account for a while, long enough to make guessing a
 * password by trying impractical, short enough that an officer who mistyped is back at work the same hour.
 */
public final class LockOut {

    public static final int ATTEMPTS = 5;
    public static final Duration DURATION = Duration.ofMinutes(15);

    private LockOut() {
    }

    /** Whether this many consecutive failures lock the account. */
    public static boolean locks(int consecutiveFailures) {
        return consecutiveFailures >= ATTEMPTS;
    }
}
