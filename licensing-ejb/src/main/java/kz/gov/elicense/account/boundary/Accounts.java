package kz.gov.elicense.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import kz.gov.elicense.account.control.LockOut;
import kz.gov.elicense.account.entity.Account;
import kz.gov.elicense.audit.boundary.AuditTrail;
import kz.gov.elicense.audit.entity.AuditAction;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * What the web module tells about sign-ins, and what the session beans ask about an officer's division. The server's
 * realm checks the password; this bean counts the failures, locks the account at the fifth in a row (the realm's
 * query then gives no credential for it until the lock ends) and writes every sign-in, failure and lock-out to the
 * audit trail. Each of these runs in a transaction of its own: a failed sign-in is recorded whatever the request does
 * next.
 */
@Stateless
@PermitAll
public class Accounts {

    /** The division of an account that has none; no application belongs to it. */
    public static final String NO_DIVISION = "-";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** A sign-in with this name failed (wrong password, unknown name or locked account); {@code mechanism} FORM or BASIC. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void signInFailed(String userName, String mechanism) {
        String name = userName == null || userName.isBlank() ? "(no name)" : abbreviate(userName.strip());
        Instant now = clock.instant();
        Account account = em.find(Account.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            audit.record(name, AuditAction.ACCESS_DENIED, null, "sign-in failed (" + mechanism + "): no such account");
            return;
        }
        if (account.isLockedAt(now)) {
            audit.record(name, AuditAction.ACCESS_DENIED, null, "sign-in refused (" + mechanism
                    + "): the account is locked until " + account.lockedUntil().orElseThrow());
            return;
        }
        int failures = account.failed();
        if (LockOut.locks(failures)) {
            Instant until = now.plus(LockOut.DURATION);
            account.lockUntil(until);
            audit.record(name, AuditAction.ACCESS_DENIED, null, "sign-in failed (" + mechanism + "), " + failures
                    + " in a row: the account is locked until " + until);
        } else {
            audit.record(name, AuditAction.ACCESS_DENIED, null, "sign-in failed (" + mechanism + "), " + failures
                    + " of " + LockOut.ATTEMPTS + " before the lock-out");
        }
    }

    /**
     * The caller signed in; the failures before no longer count. Written to the audit trail when {@code audited}
     * (each sign-in at the sign-in page; an API client that signs in with every request is recorded once in a while
     * by the web module) or when it ends a run of failures.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void signedIn(String userName, String mechanism, boolean audited) {
        Account account = em.find(Account.class, userName);
        if (!audited && (account == null || account.failedAttempts() == 0)) {
            // the common case of an API call: nothing to write, and no lock that would queue the caller's calls
            return;
        }
        if (account != null) {
            em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        }
        boolean hadFailures = account != null && account.signedIn();
        if (audited || hadFailures) {
            audit.record(userName, AuditAction.SIGN_IN, null, "signed in (" + mechanism + ")"
                    + (hadFailures ? "; the failed attempts before are reset" : ""));
        }
    }

    /** Whether the account of this name exists and is locked now (the sign-in page says so). */
    public boolean isLocked(String userName) {
        if (userName == null || userName.isBlank()) {
            return false;
        }
        Account account = em.find(Account.class, userName.strip());
        return account != null && account.isLockedAt(clock.instant());
    }

    /**
     * The division the caller with this name works in. Empty when no account has the name: code of the application
     * that runs with a role of its own ({@code @RunAs}), never a person, for whom every sign-in comes from an account.
     * An account without a division (an applicant's) gives {@link #NO_DIVISION}, which no application belongs to.
     */
    public Optional<String> divisionOf(String userName) {
        return Optional.ofNullable(em.find(Account.class, userName)).map(a -> a.division().orElse(NO_DIVISION));
    }

    /**
     * Records that the caller was refused an application of another division, in a transaction of its own so that it
     * stays when the refusal rolls the caller's back.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void deniedOutsideDivision(String userName, String applicationNumber, String what) {
        audit.record(userName, AuditAction.ACCESS_DENIED, applicationNumber,
                what + ": the application belongs to another division than the officer's, "
                        + divisionOf(userName).orElse(NO_DIVISION));
    }

    private static String abbreviate(String name) {
        return name.length() <= 100 ? name : name.substring(0, 100);
    }
}
