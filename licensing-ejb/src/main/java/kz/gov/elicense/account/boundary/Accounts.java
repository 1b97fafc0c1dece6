package kz.gov.elicense.account.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
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
import kz.gov.elicense.problem.Rejection;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static kz.gov.elicense.application.entity.OfficerRole.ADMIN_ROLE;
import static kz.gov.elicense.application.entity.OfficerRole.CLERK_ROLE;
import static kz.gov.elicense.application.entity.OfficerRole.EXECUTOR_ROLE;
import static kz.gov.elicense.application.entity.OfficerRole.HEAD_OF_PROVIDER_ROLE;
import static kz.gov.elicense.application.entity.OfficerRole.HEAD_OF_UNIT_ROLE;

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

    private static final String NAME = "[A-Za-z0-9._@-]{2,100}";
    /** The names of systems that sign in with their certificate (the e-government portal's, portal.egov.kz). */
    private static final String SYSTEM_NAMES = ".egov.kz";
    private static final String BCRYPT = "\\$2a\\$(0[4-9]|[12][0-9]|3[01])\\$[./A-Za-z0-9]{53}";
    /**
     * The roles an administrator may give: the case-working roles of the regulations. The auditor's and the
     * administrator's own are given by ministry IT in the database, so that no administrator can make an auditor who
     * would review their acts, nor another administrator.
     */
    private static final Set<String> OFFICER_ROLES = Set.of(CLERK_ROLE, EXECUTOR_ROLE, HEAD_OF_UNIT_ROLE,
            HEAD_OF_PROVIDER_ROLE);

    @Resource
    SessionContext caller;

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

    /** Whether an account of this name holds the role in the division: whom a head may give an application to. */
    public boolean worksIn(String userName, String role, String division) {
        Account account = userName == null ? null : em.find(Account.class, userName);
        return account != null && account.roles().contains(role) && account.division().filter(division::equals)
                .isPresent();
    }

    /**
     * The officers of the caller's division who hold the role, by account name: whom the head may give an application
     * to. None for a caller without a division.
     */
    @RolesAllowed({HEAD_OF_PROVIDER_ROLE, HEAD_OF_UNIT_ROLE})
    public List<String> ofMyDivisionWithRole(String role) {
        Optional<String> division = Optional.ofNullable(em.find(Account.class, caller.getCallerPrincipal().getName()))
                .flatMap(Account::division);
        if (division.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Account.IN_DIVISION, Account.class).setParameter("division", division.get())
                .getResultStream().filter(a -> a.roles().contains(role)).map(Account::userName).toList();
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

    /**
     * The administrator of a provider's division opens an officer's account in that division. The password comes as
     * its bcrypt hash ({@code config/accounts/HashPassword.java}), so the plain password never reaches the server.
     */
    @RolesAllowed(ADMIN_ROLE)
    public OfficerAccount addOfficer(String userName, String passwordHash, Set<String> roles) {
        if (userName == null || !userName.matches(NAME)) {
            throw Rejection.invalid("account-name-invalid", "Bad account name",
                    "An account name is 2 to 100 letters, digits, '.', '_', '-' or '@'");
        }
        if (userName.toLowerCase(java.util.Locale.ROOT).endsWith(SYSTEM_NAMES)) {
            // the security domain looks such names up among the portal systems' certificates (licensing.cli)
            throw Rejection.invalid("account-name-invalid", "Bad account name",
                    "Names under " + SYSTEM_NAMES.substring(1) + " are the portal systems', who sign in by certificate");
        }
        if (passwordHash == null || !passwordHash.matches(BCRYPT)) {
            throw Rejection.invalid("password-hash-invalid", "Bad password hash",
                    "The password hash must be bcrypt in modular-crypt form, $2a$<cost>$<53 characters>,"
                            + " as config/accounts/HashPassword.java prints it");
        }
        if (roles == null || roles.isEmpty() || !OFFICER_ROLES.containsAll(roles)) {
            throw Rejection.invalid("roles-invalid", "Bad roles", "An officer's roles are some of " + OFFICER_ROLES);
        }
        String admin = caller.getCallerPrincipal().getName();
        Account own = em.find(Account.class, admin);
        if (own == null || own.division().isEmpty()) {
            throw Rejection.forbidden(admin + " has no division of their own to add officers to");
        }
        if (em.find(Account.class, userName) != null) {
            throw Rejection.conflict("account-exists", "The account exists", "There is an account " + userName);
        }
        Account account = new Account(userName, passwordHash, roles, own.provider().orElseThrow(),
                own.division().orElseThrow());
        em.persist(account);
        audit.record(admin, AuditAction.ADMIN_CHANGE, null, "added the officer account " + userName + " with roles "
                + account.roles() + " in " + own.provider().orElseThrow() + "/" + own.division().orElseThrow());
        return view(account);
    }

    /** The administrator of a division lifts the lock of one of its officers' accounts before it ends by itself. */
    @RolesAllowed(ADMIN_ROLE)
    public OfficerAccount unlock(String userName) {
        String admin = caller.getCallerPrincipal().getName();
        Account account = em.find(Account.class, userName, LockModeType.PESSIMISTIC_WRITE);
        if (account == null || account.division().isEmpty()
                || !account.division().equals(divisionOf(admin))) {
            throw Rejection.notFound("Officer account " + userName + " of your division");
        }
        account.lockUntil(null);
        audit.record(admin, AuditAction.ADMIN_CHANGE, null, "unlocked the account " + userName);
        return view(account);
    }

    private OfficerAccount view(Account account) {
        return new OfficerAccount(account.userName(), account.roles(), account.provider().orElse(null),
                account.division().orElse(null), account.failedAttempts(),
                account.lockedUntil().filter(until -> until.isAfter(clock.instant())).orElse(null));
    }

    private static String abbreviate(String name) {
        return name.length() <= 100 ? name : name.substring(0, 100);
    }
}
