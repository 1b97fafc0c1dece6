package kz.gov.elicense.signature.control;

import com.github.benmanes.caffeine.cache.Ticker;
import kz.gov.elicense.signature.entity.SignatureFailure;
import kz.gov.elicense.signature.entity.SignatureVerification;
import kz.gov.elicense.signature.entity.SignerIdentity;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class VerifiedSignaturesTest {

    private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");
    private static final byte[] CONTENT = "licence".getBytes();
    private static final byte[] CMS = {1, 2, 3};
    private static final byte[] MATERIAL = {4, 5};

    private final MovingTime time = new MovingTime();
    private final VerifiedSignatures cache = new VerifiedSignatures(time, Duration.ofMinutes(5), 100, time);
    private final AtomicInteger verifications = new AtomicInteger();

    @Test
    void theSameBytesAreVerifiedOnceWithinTheTimeToLive() {
        SignatureVerification first = cache.verdict(CONTENT, CMS, MATERIAL, counting(valid(true, START.plusSeconds(86_400))));
        time.advance(Duration.ofMinutes(4));
        SignatureVerification second = cache.verdict(CONTENT, CMS, MATERIAL, counting(valid(true, START.plusSeconds(86_400))));

        assertEquals(1, verifications.get());
        assertSame(first, second);
    }

    @Test
    void aVerdictIsVerifiedAgainAfterTheTimeToLive() {
        cache.verdict(CONTENT, CMS, MATERIAL, counting(valid(true, START.plusSeconds(86_400))));
        time.advance(Duration.ofMinutes(5).plusSeconds(1));
        cache.verdict(CONTENT, CMS, MATERIAL, counting(valid(true, START.plusSeconds(86_400))));

        assertEquals(2, verifications.get());
    }

    @Test
    void anyChangedByteIsANewDocumentVerifiedAfresh() {
        cache.verdict(CONTENT, CMS, MATERIAL, counting(valid(true, START.plusSeconds(86_400))));
        cache.verdict("licencf".getBytes(), CMS, MATERIAL, counting(valid(true, START.plusSeconds(86_400))));
        cache.verdict(CONTENT, new byte[]{1, 2, 4}, MATERIAL, counting(valid(true, START.plusSeconds(86_400))));
        cache.verdict(CONTENT, CMS, null, counting(valid(true, START.plusSeconds(86_400))));
        // the parts' lengths are hashed too: moving a byte from one part to the next is another document
        cache.verdict(CONTENT, new byte[]{1, 2}, new byte[]{3, 4, 5}, counting(valid(true, START.plusSeconds(86_400))));

        assertEquals(5, verifications.get());
    }

    @Test
    void anIndeterminateVerdictIsNotRemembered() {
        Supplier<SignatureVerification> indeterminate = () -> SignatureVerification.failed(
                SignatureFailure.REVOCATION_UNKNOWN, "not yet", signer(START.plusSeconds(86_400)), START);
        cache.verdict(CONTENT, CMS, MATERIAL, counting(indeterminate));
        cache.verdict(CONTENT, CMS, MATERIAL, counting(indeterminate));

        assertEquals(2, verifications.get());
        assertEquals(0, cache.size());
    }

    @Test
    void aSignatureJudgedAtNowIsNotRememberedPastItsCertificatesEnd() {
        Instant expires = START.plusSeconds(60);
        cache.verdict(CONTENT, CMS, MATERIAL, counting(valid(false, expires)));
        time.advance(Duration.ofSeconds(61));
        cache.verdict(CONTENT, CMS, MATERIAL, counting(valid(false, expires)));

        assertEquals(2, verifications.get(), "the expiry must be seen when it happens, not a time to live later");
    }

    @Test
    void aTimeStampedSignatureIsRememberedForTheTimeToLiveWhateverItsCertificatesEnd() {
        cache.verdict(CONTENT, CMS, MATERIAL, counting(valid(true, START.plusSeconds(60))));
        time.advance(Duration.ofSeconds(120));
        cache.verdict(CONTENT, CMS, MATERIAL, counting(valid(true, START.plusSeconds(60))));

        assertEquals(1, verifications.get());
    }

    @Test
    void theCacheIsBounded() {
        VerifiedSignatures small = new VerifiedSignatures(time, Duration.ofMinutes(5), 10, time);
        for (int i = 0; i < 100; i++) {
            small.verdict(new byte[]{(byte) i}, CMS, MATERIAL, counting(valid(true, START.plusSeconds(86_400))));
        }
        assertEquals(10, small.size());
    }

    @Test
    void aStoredDocumentIsVerifiedOnceByItsIdentityWithoutReadingItsBytesAgain() {
        Instant signedAt = START.minusSeconds(3_600);
        SignatureVerification first = cache.verdictOfStored(42, signedAt, "01", counting(valid(true, START.plusSeconds(86_400))));
        time.advance(Duration.ofMinutes(4));
        SignatureVerification second = cache.verdictOfStored(42, signedAt, "01", counting(valid(true, START.plusSeconds(86_400))));

        assertEquals(1, verifications.get(), "the supplier, which reads the bytes, is called on the first lookup only");
        assertSame(first, second);
    }

    @Test
    void anotherStoredDocumentIsVerifiedAfresh() {
        Instant signedAt = START.minusSeconds(3_600);
        cache.verdictOfStored(42, signedAt, "01", counting(valid(true, START.plusSeconds(86_400))));
        // a reissue is a new document; an id given again (a restored database) comes with another signing
        cache.verdictOfStored(43, signedAt, "01", counting(valid(true, START.plusSeconds(86_400))));
        cache.verdictOfStored(42, signedAt.plusMillis(1), "01", counting(valid(true, START.plusSeconds(86_400))));
        cache.verdictOfStored(42, signedAt, "02", counting(valid(true, START.plusSeconds(86_400))));
        // and the bytes' key of the same document is a key of its own
        cache.verdict(CONTENT, CMS, MATERIAL, counting(valid(true, START.plusSeconds(86_400))));

        assertEquals(5, verifications.get());
    }

    @Test
    void aStoredDocumentsVerdictKeepsTheRulesOfTheBytes() {
        Instant signedAt = START.minusSeconds(3_600);
        Supplier<SignatureVerification> indeterminate = () -> SignatureVerification.failed(
                SignatureFailure.REVOCATION_UNKNOWN, "not yet", signer(START.plusSeconds(86_400)), START);
        cache.verdictOfStored(42, signedAt, "01", counting(indeterminate));
        cache.verdictOfStored(42, signedAt, "01", counting(indeterminate));
        assertEquals(2, verifications.get(), "an indeterminate verdict is asked again");

        Instant expires = START.plusSeconds(60);
        cache.verdictOfStored(7, signedAt, "01", counting(valid(false, expires)));
        time.advance(Duration.ofSeconds(61));
        cache.verdictOfStored(7, signedAt, "01", counting(valid(false, expires)));
        assertEquals(4, verifications.get(), "the certificate's expiry is seen when it happens");

        cache.verdictOfStored(8, signedAt, "01", counting(valid(true, START.plusSeconds(86_400))));
        time.advance(Duration.ofMinutes(5).plusSeconds(1));
        cache.verdictOfStored(8, signedAt, "01", counting(valid(true, START.plusSeconds(86_400))));
        assertEquals(6, verifications.get(), "verified again after the time to live");

        cache.verdictOfStored(9, signedAt, "01", counting(valid(true, START.plusSeconds(86_400))));
        cache.clear();
        cache.verdictOfStored(9, signedAt, "01", counting(valid(true, START.plusSeconds(86_400))));
        assertEquals(8, verifications.get(), "forgotten with the others");
    }

    private Supplier<SignatureVerification> counting(Supplier<SignatureVerification> verification) {
        return () -> {
            verifications.incrementAndGet();
            return verification.get();
        };
    }

    private static Supplier<SignatureVerification> valid(boolean timeStamped, Instant certificateEnd) {
        return () -> SignatureVerification.valid(signer(certificateEnd), START, timeStamped, null, "valid");
    }

    private static SignerIdentity signer(Instant notAfter) {
        return new SignerIdentity("820101300123", "110940000012", "HEAD", "Police", "01", "CN=Demo CA",
                START.minusSeconds(86_400), notAfter);
    }

    /** A clock and Caffeine's ticker that move together. */
    private static final class MovingTime extends Clock implements Ticker {
        private Instant now = START;

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public long read() {
            return Duration.between(Instant.EPOCH, now).toNanos();
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
