package kz.gov.elicense.account.boundary;

import java.time.Instant;
import java.util.Set;

/** An officer's account as the administrator of their division sees it; {@code lockedUntil} only while it is locked. */
public record OfficerAccount(String userName, Set<String> roles, String provider, String division,
                             int failedAttempts, Instant lockedUntil) {
}
