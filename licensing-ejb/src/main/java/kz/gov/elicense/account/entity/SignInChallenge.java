package kz.gov.elicense.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A challenge the sign-in page has NCALayer sign: a random nonce, valid for a short while and good for one signature.
 * Kept in the database so that any node of a cluster, and the server after a restart, knows it and sees it used.
 */
@Entity
@Table(name = "sign_in_challenge")
public class SignInChallenge {

    /** Says what is signed, so that the signature cannot pass for one over an application or any other document. */
    private static final String PURPOSE = "E-licensing sign-in challenge ";

    @Id
    @Column(length = 64)
    private String nonce;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected SignInChallenge() {
        // for JPA
    }

    public SignInChallenge(String nonce, Instant issuedAt, Instant expiresAt) {
        this.nonce = nonce;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    public String nonce() {
        return nonce;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    /** The exact bytes the applicant signs and the server verifies the signature over. */
    public byte[] content() {
        return (PURPOSE + nonce).getBytes(StandardCharsets.UTF_8);
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    public boolean isExpiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }

    /** A signature over it came back: it is spent, whatever the signature's verdict. */
    public void use(Instant now) {
        usedAt = now;
    }
}
