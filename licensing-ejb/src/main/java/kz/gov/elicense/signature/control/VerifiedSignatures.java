package kz.gov.elicense.signature.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import kz.gov.elicense.signature.entity.SignatureVerification;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The verdicts of stored signed documents, remembered for a while. Two kinds of key: the SHA-256 of exactly what was
 * verified (content, CMS, validation material), so a changed byte is a new key and is verified afresh; or, for a
 * caller that must not read the bytes to ask (the public licence check), the stored document's identity (its id,
 * signing instant and certificate serial), which stands for its bytes because a stored result document is written
 * once and never changed by the application (a new issue, reissue or duplicate is a new document with a new id;
 * {@code ResultDocument}'s signed columns are not updatable). A change made to those bytes outside the application
 * (SQL on the database) is therefore seen by an identity-keyed lookup at the latest one time to live later, like the
 * other things below, and at once by a byte-keyed one.
 * <p>
 * Why it is sound: a stored document is verified from its own validation material without the network, so the
 * verdict depends on those bytes and on the clock only (a signature without a time-stamp is judged at now). An entry
 * lives for at most the time to live ({@code licensing.verification.cache.ttl}, 5 minutes by default), never past
 * the signer's certificate's end of validity for a signature judged at now, and an INDETERMINATE verdict ("not
 * yet", e.g. revocation unknown) is not kept at all. What the cache must not hide is therefore seen at the latest
 * one time to live later: the certificate's expiry, a revocation that an online verification (a document without
 * material) would find, a changed trust configuration after a restart. The register's own status of a licence
 * (suspended, terminated) is not part of this verdict and is read each time by the caller.
 * <p>
 * Bounded ({@code licensing.verification.cache.size} entries, 10,000 by default; Caffeine's size-based eviction),
 * thread-safe.
 */
public final class VerifiedSignatures {

    public static final Duration DEFAULT_TIME_TO_LIVE = Duration.ofMinutes(5);
    public static final long DEFAULT_SIZE = 10_000;

    private final Cache<Object, SignatureVerification> verdicts;
    private final Clock clock;
    private final Duration timeToLive;

    public VerifiedSignatures(Clock clock, Duration timeToLive, long maximumSize) {
        this(clock, timeToLive, maximumSize, Ticker.systemTicker());
    }

    VerifiedSignatures(Clock clock, Duration timeToLive, long maximumSize, Ticker ticker) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timeToLive = Objects.requireNonNull(timeToLive, "timeToLive");
        this.verdicts = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .ticker(ticker)
                .expireAfter(Expiry.creating((Object key, SignatureVerification verdict) -> lifetime(verdict)))
                .build();
    }

    /** The remembered verdict over exactly these bytes, else {@code verification}'s, remembered unless indeterminate. */
    public SignatureVerification verdict(byte[] content, byte[] signature, byte[] material,
                                         Supplier<SignatureVerification> verification) {
        return remembered(Key.of(content, signature, material), verification);
    }

    /**
     * The remembered verdict of the stored document with this identity, else {@code verification}'s (which reads the
     * document's bytes and verifies them), remembered unless indeterminate. No bytes are read on a hit.
     */
    public SignatureVerification verdictOfStored(long documentId, Instant signedAt, String certificateSerial,
                                                 Supplier<SignatureVerification> verification) {
        return remembered(new StoredDocument(documentId, signedAt, certificateSerial), verification);
    }

    private SignatureVerification remembered(Object key, Supplier<SignatureVerification> verification) {
        SignatureVerification known = verdicts.getIfPresent(key);
        if (known != null) {
            return known;
        }
        SignatureVerification fresh = verification.get();
        if (!fresh.indeterminate() && !lifetime(fresh).isZero()) {
            verdicts.put(key, fresh);
        }
        return fresh;
    }

    /** Forgets every verdict: e.g. after the trust anchors changed. */
    public void clear() {
        verdicts.invalidateAll();
    }

    long size() {
        verdicts.cleanUp();
        return verdicts.estimatedSize();
    }

    /** The time to live, shortened to the signer's certificate's end when the verdict was judged at now. */
    private Duration lifetime(SignatureVerification verdict) {
        if (verdict.indeterminate()) {
            return Duration.ZERO;
        }
        if (verdict.timeStamped() || verdict.signer() == null || verdict.signer().notAfter() == null) {
            return timeToLive;
        }
        Duration left = Duration.between(clock.instant(), verdict.signer().notAfter());
        if (left.isNegative()) {
            return verdict.valid() ? Duration.ZERO : timeToLive;
        }
        return left.compareTo(timeToLive) < 0 ? left : timeToLive;
    }

    /** A stored result document as it was written once: its id, and what a reused id would not repeat. */
    record StoredDocument(long id, Instant signedAt, String certificateSerial) {
    }

    /** SHA-256 over the three parts, each preceded by its length, so that no two different triples collide by shifting. */
    record Key(byte[] digest) {

        static Key of(byte[] content, byte[] signature, byte[] material) {
            try {
                MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
                for (byte[] part : new byte[][]{content, signature, material}) {
                    sha256.update(ByteBuffer.allocate(4).putInt(part == null ? -1 : part.length).array());
                    if (part != null) {
                        sha256.update(part);
                    }
                }
                return new Key(sha256.digest());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is a required JCA algorithm", e);
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Arrays.equals(digest, key.digest);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(digest);
        }

        @Override
        public String toString() {
            return HexFormat.of().formatHex(digest);
        }
    }
}
