package kz.gov.elicense.account.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A sign-in account. The server's realm reads the hash and the roles itself; the application keeps the count of
 * consecutive failed sign-ins and the lock, and, for an officer, the provider and division whose applications they
 * work on.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.IN_DIVISION, query = "select a from Account a where a.division = :division order by a.userName")
public class Account {

    public static final String IN_DIVISION = "Account.inDivision";

    @Id
    @Column(name = "user_name", length = 100)
    private String userName;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(length = 16)
    private String provider;

    @Column(length = 40)
    private String division;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "user_name"))
    @Column(name = "role", length = 40)
    private Set<String> roles = new TreeSet<>();

    protected Account() {
        // for JPA
    }

    /** An officer's account: the password's bcrypt hash in modular-crypt form, the roles, provider and division. */
    public Account(String userName, String passwordHash, Set<String> roles, String provider, String division) {
        this.userName = userName;
        this.passwordHash = passwordHash;
        this.roles = new TreeSet<>(roles);
        this.provider = provider;
        this.division = division;
    }

    public String userName() {
        return userName;
    }

    public Set<String> roles() {
        return Set.copyOf(roles);
    }

    public Optional<String> provider() {
        return Optional.ofNullable(provider);
    }

    public Optional<String> division() {
        return Optional.ofNullable(division);
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    public Optional<Instant> lockedUntil() {
        return Optional.ofNullable(lockedUntil);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** One more failed sign-in; returns the count so far (a lock starts the count afresh). */
    public int failed() {
        return ++failedAttempts;
    }

    public void lockUntil(Instant until) {
        lockedUntil = until;
        failedAttempts = 0;
    }

    /** A successful sign-in: the failures before it no longer count. */
    public boolean signedIn() {
        boolean hadFailures = failedAttempts > 0;
        failedAttempts = 0;
        return hadFailures;
    }
}
