package kz.gov.elicense.signature.control;

import static kz.gov.elicense.signature.control.CadesTestPki.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kz.gov.elicense.signature.entity.RevocationEvidence;
import kz.gov.elicense.signature.entity.RevocationStatus;
import kz.gov.elicense.signature.entity.ValidationMaterial;

/** Revocation from stored evidence: only what the issuer signed counts, and only if it covers the moment asked about. */
class StoredRevocationSourceTest {

    private static final CadesTestPki PKI = new CadesTestPki();
    private static final SigningKey SIGNER = PKI.signer(PKI.head());
    private static final X509Certificate CERTIFICATE = SIGNER.certificate();
    private static final X509Certificate ISSUER = PKI.issuing.certificate();
    private static final Instant CHECKED = T0.plus(Duration.ofMinutes(1));

    @Test
    void anOcspResponseOfTheIssuerMadeAfterTheSigningTimeProvesGood() {
        RevocationEvidence evidence = source(ocsp(null, CHECKED)).check(CERTIFICATE, ISSUER, T0);

        assertEquals(RevocationStatus.GOOD, evidence.status(), evidence.detail());
        assertEquals("OCSP", evidence.source());
        assertEquals(CHECKED, evidence.producedAt());
    }

    @Test
    void anOcspResponseOlderThanTheMomentAskedAboutProvesNothing() {
        RevocationEvidence evidence = source(ocsp(null, CHECKED)).check(CERTIFICATE, ISSUER, T0.plus(Duration.ofDays(1)));

        assertEquals(RevocationStatus.UNKNOWN, evidence.status());
        assertTrue(evidence.detail().contains("older"), evidence.detail());
    }

    @Test
    void aRevokedStatusIsReportedWithItsTimeWhateverTheMoment() {
        Instant revokedAt = T0.plus(Duration.ofHours(5));

        RevocationEvidence evidence = source(ocsp(revokedAt, T0.plus(Duration.ofDays(1)))).check(CERTIFICATE, ISSUER, T0);

        assertEquals(RevocationStatus.REVOKED, evidence.status());
        assertEquals(revokedAt, evidence.revokedAt(), "the verifier compares it with the signing time");
    }

    @Test
    void aResponseSignedByAnyoneButTheIssuerOrItsResponderIsIgnored() {
        byte[] forged = FakeRevocationSource.ocsp(CERTIFICATE, ISSUER, null, CHECKED, PKI.rogue.privateKey());
        byte[] forgedRevocation = FakeRevocationSource.ocsp(CERTIFICATE, ISSUER, T0, CHECKED, PKI.rogue.privateKey());

        assertEquals(RevocationStatus.UNKNOWN, source(forged).check(CERTIFICATE, ISSUER, T0).status());
        assertEquals(RevocationStatus.UNKNOWN, source(forgedRevocation).check(CERTIFICATE, ISSUER, T0).status());
    }

    @Test
    void aDelegatedResponderNeedsTheOcspSigningPurposeFromTheIssuer() {
        byte[] delegated = FakeRevocationSource.ocsp(CERTIFICATE, ISSUER, null, CHECKED, PKI.ocspResponder(PKI.issuing, true));
        byte[] notAResponder = FakeRevocationSource.ocsp(CERTIFICATE, ISSUER, null, CHECKED, PKI.ocspResponder(PKI.issuing, false));
        byte[] otherIssuer = FakeRevocationSource.ocsp(CERTIFICATE, ISSUER, null, CHECKED, PKI.ocspResponder(PKI.rogue, true));

        assertEquals(RevocationStatus.GOOD, source(delegated).check(CERTIFICATE, ISSUER, T0).status());
        assertEquals(RevocationStatus.UNKNOWN, source(notAResponder).check(CERTIFICATE, ISSUER, T0).status());
        assertEquals(RevocationStatus.UNKNOWN, source(otherIssuer).check(CERTIFICATE, ISSUER, T0).status());
    }

    @Test
    void aResponseAboutAnotherCertificateSaysNothingAboutThisOne() {
        X509Certificate other = PKI.signer(PKI.head()).certificate();

        RevocationEvidence evidence = source(ocsp(null, CHECKED)).check(other, ISSUER, T0);

        assertEquals(RevocationStatus.UNKNOWN, evidence.status());
    }

    @Test
    void aCrlOfTheIssuerCurrentAtTheMomentProvesGoodOrRevoked() {
        byte[] clean = FakeRevocationSource.crl(ISSUER, Map.of(), T0.minus(Duration.ofHours(2)), T0.plus(Duration.ofHours(22)),
                PKI.privateKeyOf(ISSUER));
        byte[] listing = FakeRevocationSource.crl(ISSUER, Map.of(CERTIFICATE.getSerialNumber(), T0.minus(Duration.ofHours(1))),
                T0.minus(Duration.ofMinutes(30)), T0.plus(Duration.ofHours(23)), PKI.privateKeyOf(ISSUER));
        byte[] stale = FakeRevocationSource.crl(ISSUER, Map.of(), T0.minus(Duration.ofDays(3)), T0.minus(Duration.ofDays(2)),
                PKI.privateKeyOf(ISSUER));
        byte[] foreign = FakeRevocationSource.crl(PKI.rogue.certificate(), Map.of(BigInteger.ONE, T0), T0, T0.plus(Duration.ofDays(1)),
                PKI.rogue.privateKey());

        assertEquals(RevocationStatus.GOOD, crls(clean).check(CERTIFICATE, ISSUER, T0).status());
        RevocationEvidence revoked = crls(listing).check(CERTIFICATE, ISSUER, T0);
        assertEquals(RevocationStatus.REVOKED, revoked.status());
        assertEquals("CRL", revoked.source());
        assertEquals(RevocationStatus.UNKNOWN, crls(stale).check(CERTIFICATE, ISSUER, T0).status());
        assertEquals(RevocationStatus.UNKNOWN, crls(foreign).check(CERTIFICATE, ISSUER, T0).status());
        assertEquals(RevocationStatus.REVOKED, crls(clean, listing).check(CERTIFICATE, ISSUER, T0).status(),
                "a revocation in any evidence outweighs a clean one");
    }

    @Test
    void garbageInTheMaterialIsSkipped() {
        StoredRevocationSource source = new StoredRevocationSource(new ValidationMaterial(List.of(new byte[]{1, 2}),
                List.of(new byte[]{3}, ocsp(null, CHECKED)), List.of(new byte[]{4}), null));

        assertEquals(RevocationStatus.GOOD, source.check(CERTIFICATE, ISSUER, T0).status());
    }

    private static byte[] ocsp(Instant revokedAt, Instant producedAt) {
        return FakeRevocationSource.ocsp(CERTIFICATE, ISSUER, revokedAt, producedAt, PKI.privateKeyOf(ISSUER));
    }

    private static StoredRevocationSource source(byte[] ocsp) {
        return new StoredRevocationSource(new ValidationMaterial(List.of(), List.of(ocsp), List.of(), null));
    }

    private static StoredRevocationSource crls(byte[]... crls) {
        return new StoredRevocationSource(new ValidationMaterial(List.of(), List.of(), List.of(crls), null));
    }
}
