package kz.gov.elicense.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The one-time password a verified certificate sign-in earns for the container's FORM sign-in. The server's realm
 * reads its hashes as further credentials of the account (two, for the reason in migration V28_1); the application
 * keeps only the hashes, one token per account, and removes it at the sign-in it served.
 */
@Entity
@Table(name = "sign_in_token")
public class SignInToken {

    @Id
    @Column(name = "user_name", length = 100)
    private String userName;

    /** SHA-256 of the token, lower-case hex: what the realm's simple-digest mappers compare the password with. */
    @Column(name = "token_sha256", nullable = false, length = 64)
    private String sha256;

    /** SHA-512 of the token, lower-case hex. */
    @Column(name = "token_sha512", nullable = false, length = 128)
    private String sha512;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected SignInToken() {
        // for JPA
    }

    public SignInToken(String userName, String sha256, String sha512, Instant expiresAt) {
        this.userName = userName;
        renew(sha256, sha512, expiresAt);
    }

    /** Replaces the account's earlier token, if any: the realm would take only one of them. */
    public void renew(String sha256, String sha512, Instant expiresAt) {
        this.sha256 = sha256;
        this.sha512 = sha512;
        this.expiresAt = expiresAt;
    }
}
