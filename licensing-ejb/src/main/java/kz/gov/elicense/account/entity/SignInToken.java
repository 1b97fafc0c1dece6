package kz.gov.elicense.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The one-time password a verified certificate sign-in earns for the container's FORM sign-in. The server's realm
 * reads {@code token_hash} as a second credential of the account; the application keeps only the hash, one token per
 * account, and removes it at the sign-in it served.
 */
@Entity
@Table(name = "sign_in_token")
public class SignInToken {

    @Id
    @Column(name = "user_name", length = 100)
    private String userName;

    /** SHA-256 of the token, lower-case hex: what the realm's simple-digest mapper compares the password with. */
    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected SignInToken() {
        // for JPA
    }

    public SignInToken(String userName, String tokenHash, Instant expiresAt) {
        this.userName = userName;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
    }

    /** Replaces the account's earlier token, if any: the realm would take only one of them. */
    public void renew(String tokenHash, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
    }
}
