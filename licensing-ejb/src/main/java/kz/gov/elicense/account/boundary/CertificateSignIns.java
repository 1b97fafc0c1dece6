package kz.gov.elicense.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import kz.gov.elicense.account.entity.Account;
import kz.gov.elicense.account.entity.CertificateSignIn;
import kz.gov.elicense.account.entity.CertificateSignIn.Outcome;
import kz.gov.elicense.account.entity.SignInChallenge;
import kz.gov.elicense.account.entity.SignInToken;
import kz.gov.elicense.audit.boundary.AuditTrail;
import kz.gov.elicense.audit.entity.AuditAction;
import kz.gov.elicense.signature.boundary.Signatures;
import kz.gov.elicense.signature.entity.ExpectedSigner;
import kz.gov.elicense.signature.entity.SignatureFailure;
import kz.gov.elicense.signature.entity.SignatureVerification;
import kz.gov.elicense.signature.entity.SignerIdentity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Applicants sign in with their certificate (issues 6 and 7): the sign-in page fetches a fresh challenge, has
 * NCALayer sign it, and sends the CMS back here. The signature goes through the same verification as an application's
 * (chain to the trust anchors, revocation, signing key usage) over exactly the challenge's bytes; the certificate's
 * BIN (a legal entity's certificate) or else IIN (a person's) names the account, which must be an applicant's.
 * <p>
 * The sign-in itself stays the container's: a verified signature earns a one-time token, which the page posts as the
 * password of the FORM sign-in, and the Elytron realm accepts as a second credential of the account (its hashes in
 * {@code sign_in_token}, read by a principal query that also refuses a locked account). So the identity, its roles
 * and the session are exactly those of a password sign-in, and the realm stays the one authority on who may sign in.
 * Every refusal is in the audit trail here; the sign-in is recorded when the container has made it
 * ({@link #signedIn}).
 */
@Stateless
@PermitAll
public class CertificateSignIns {

    /** Long enough to choose the key and type its password in NCALayer. */
    static final Duration CHALLENGE_VALIDITY = Duration.ofMinutes(2);
    /** The page posts the token at once; it must not outlive that by much. */
    static final Duration TOKEN_VALIDITY = Duration.ofMinutes(1);
    /** How long spent and expired challenges stay, to tell a replay from an unknown challenge. */
    static final Duration CHALLENGE_KEPT = Duration.ofDays(1);
    private static final String APPLICANT_ROLE = "applicant";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Signatures signatures;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** A fresh challenge; the page has its {@link SignInChallenge#content()} signed and sends back its nonce. */
    public SignInChallenge challenge() {
        Instant now = clock.instant();
        em.createQuery("delete from SignInChallenge c where c.expiresAt < :before")
                .setParameter("before", now.minus(CHALLENGE_KEPT)).executeUpdate();
        SignInChallenge challenge = new SignInChallenge(random(), now, now.plus(CHALLENGE_VALIDITY));
        em.persist(challenge);
        return challenge;
    }

    /**
     * Checks the applicant's detached CMS signature over the challenge {@code nonce} and, if it holds and names an
     * applicant's account that is not locked, gives the account's one-time sign-in token. The challenge is spent by
     * this call whatever its outcome.
     */
    public CertificateSignIn signIn(String nonce, byte[] cms) {
        Instant now = clock.instant();
        SignInChallenge challenge = nonce == null || nonce.length() > 64 ? null
                : em.find(SignInChallenge.class, nonce, LockModeType.PESSIMISTIC_WRITE);
        if (challenge == null || challenge.isExpiredAt(now)) {
            return refused(Outcome.CHALLENGE_EXPIRED, null, challenge == null ? "the challenge is unknown"
                    : "the challenge expired at " + challenge.expiresAt());
        }
        if (challenge.isUsed()) {
            return refused(Outcome.CHALLENGE_USED, null, "the challenge was signed and used before (a replay)");
        }
        challenge.use(now);
        SignatureVerification verification = signatures.verifyApplicant(challenge.content(), cms, ExpectedSigner.ANY);
        SignerIdentity signer = verification.signer();
        String claimed = signer == null ? null : signer.bin() != null ? signer.bin() : signer.iin();
        if (!verification.valid()) {
            Outcome outcome = verification.indeterminate() ? Outcome.INDETERMINATE
                    : verification.failure() == SignatureFailure.CERTIFICATE_REVOKED ? Outcome.CERTIFICATE_REVOKED
                    : Outcome.SIGNATURE_INVALID;
            return refused(outcome, claimed, "the signature is " + verification.status() + " ("
                    + verification.failure() + "): " + verification.reason());
        }
        Account account = claimed == null ? null : em.find(Account.class, claimed);
        if (account == null || !account.roles().contains(APPLICANT_ROLE)) {
            return refused(Outcome.NO_ACCOUNT, claimed, "no applicant's account has the certificate's "
                    + (signer.bin() != null ? "BIN " : "IIN ") + claimed + " (" + signer.commonName() + ")");
        }
        if (account.isLockedAt(now)) {
            return refused(Outcome.LOCKED, claimed, "the account is locked until " + account.lockedUntil().orElseThrow());
        }
        String token = random();
        String sha256 = digest("SHA-256", token);
        String sha512 = digest("SHA-512", token);
        SignInToken earlier = em.find(SignInToken.class, claimed, LockModeType.PESSIMISTIC_WRITE);
        if (earlier == null) {
            em.persist(new SignInToken(claimed, sha256, sha512, now.plus(TOKEN_VALIDITY)));
        } else {
            earlier.renew(sha256, sha512, now.plus(TOKEN_VALIDITY));
        }
        return new CertificateSignIn(Outcome.SIGNED, claimed, token);
    }

    /**
     * The container signed {@code userName} in at the sign-in page: their token, if any, is spent (a replay of it is
     * then refused by the realm), and a sign-in by certificate is recorded as such in the audit trail. Returns
     * whether there was a token.
     */
    public boolean signedIn(String userName) {
        return em.createQuery("delete from SignInToken t where t.userName = :name")
                .setParameter("name", userName).executeUpdate() > 0;
    }

    private CertificateSignIn refused(Outcome outcome, String userName, String why) {
        audit.record(userName == null ? "(certificate)" : userName, AuditAction.ACCESS_DENIED, null,
                "sign-in by certificate refused: " + why);
        return CertificateSignIn.refused(outcome, userName);
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** As the realm's simple-digest mappers with hex encoding compute it from the typed password. */
    static String digest(String algorithm, String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm)
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
        }
    }
}
