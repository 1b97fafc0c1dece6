package kz.gov.elicense.signature.control;

import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import kz.gov.elicense.signature.entity.RevocationEvidence;
import kz.gov.elicense.signature.entity.RevocationStatus;

/**
 * A revocation source in the test: answers like NCA RK's OCSP responder (or CRL), with real OCSP responses and CRLs
 * signed by the issuing CA's key from the test PKI, so that the evidence can be stored and verified again. It can be
 * told that a certificate is revoked, or be "down" (OCSP unreachable and the CRL stale: UNKNOWN).
 */
final class FakeRevocationSource implements RevocationSource {

    enum Mode { OCSP, CRL, DOWN }

    private final CadesTestPki pki;
    private final Clock clock;
    private final Mode mode;
    private final Map<BigInteger, Instant> revoked = new HashMap<>();
    private final List<X509Certificate> asked = new ArrayList<>();

    FakeRevocationSource(CadesTestPki pki, Clock clock, Mode mode) {
        this.pki = pki;
        this.clock = clock;
        this.mode = mode;
    }

    FakeRevocationSource revoke(X509Certificate certificate, Instant at) {
        revoked.put(certificate.getSerialNumber(), at);
        return this;
    }

    List<X509Certificate> asked() {
        return asked;
    }

    @Override
    public RevocationEvidence check(X509Certificate certificate, X509Certificate issuer, Instant at) {
        asked.add(certificate);
        if (mode == Mode.DOWN) {
            return RevocationEvidence.unknown("The OCSP responder did not answer and the CRL of yesterday is past its nextUpdate.");
        }
        Instant now = clock.instant();
        Instant revokedAt = revoked.get(certificate.getSerialNumber());
        RevocationStatus status = revokedAt == null ? RevocationStatus.GOOD : RevocationStatus.REVOKED;
        byte[] encoded = mode == Mode.OCSP ? ocsp(certificate, issuer, revokedAt, now) : crl(certificate, issuer, revokedAt, now);
        return new RevocationEvidence(status, mode.name(), encoded, now, revokedAt, "test " + mode);
    }

    byte[] ocsp(X509Certificate certificate, X509Certificate issuer, Instant revokedAt, Instant now) {
        return ocsp(certificate, issuer, revokedAt, now, pki.privateKeyOf(issuer));
    }

    /** An OCSP response signed with {@code signingKey} (the issuer's, or a forger's). */
    static byte[] ocsp(X509Certificate certificate, X509Certificate issuer, Instant revokedAt, Instant now,
                       PrivateKey signingKey) {
        return ocsp(certificate, issuer, revokedAt, now, signingKey, null);
    }

    /** An OCSP response signed by a delegated responder, whose certificate it encloses. */
    static byte[] ocsp(X509Certificate certificate, X509Certificate issuer, Instant revokedAt, Instant now,
                       SigningKey responder) {
        return ocsp(certificate, issuer, revokedAt, now, responder.privateKey(), responder.certificate());
    }

    private static byte[] ocsp(X509Certificate certificate, X509Certificate issuer, Instant revokedAt, Instant now,
                               PrivateKey signingKey, X509Certificate responder) {
        try {
            CertificateID id = new CertificateID(new JcaDigestCalculatorProviderBuilder().setProvider(BouncyCastle.PROVIDER)
                    .build().get(CertificateID.HASH_SHA1), new JcaX509CertificateHolder(issuer), certificate.getSerialNumber());
            BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(new RespID(
                    X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded())));
            CertificateStatus status = revokedAt == null ? CertificateStatus.GOOD
                    : new RevokedStatus(Date.from(revokedAt), CRLReason.keyCompromise);
            builder.addResponse(id, status, Date.from(now), Date.from(now.plus(Duration.ofHours(1))));
            return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, builder.build(
                    new JcaContentSignerBuilder(algorithm(signingKey)).setProvider(BouncyCastle.PROVIDER).build(signingKey),
                    responder == null ? null : new X509CertificateHolder[]{new JcaX509CertificateHolder(responder)},
                    Date.from(now))).getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] crl(X509Certificate certificate, X509Certificate issuer, Instant revokedAt, Instant now) {
        return crl(issuer, revokedAt == null ? Map.of() : Map.of(certificate.getSerialNumber(), revokedAt), now,
                now.plus(Duration.ofDays(1)), pki.privateKeyOf(issuer));
    }

    static byte[] crl(X509Certificate issuer, Map<BigInteger, Instant> entries, Instant thisUpdate, Instant nextUpdate,
                      PrivateKey signingKey) {
        try {
            X509v2CRLBuilder builder = new X509v2CRLBuilder(
                    X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded()), Date.from(thisUpdate));
            builder.setNextUpdate(Date.from(nextUpdate));
            entries.forEach((serial, at) -> builder.addCRLEntry(serial, Date.from(at), CRLReason.keyCompromise));
            return builder.build(new JcaContentSignerBuilder(algorithm(signingKey)).setProvider(BouncyCastle.PROVIDER)
                    .build(signingKey)).getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String algorithm(PrivateKey key) {
        return key.getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
    }

    /** Whether the bytes are a successful OCSP response, for assertions on stored material. */
    static boolean isOcspResponse(byte[] encoded) {
        try {
            return new OCSPResp(encoded).getStatus() == OCSPResp.SUCCESSFUL;
        } catch (Exception e) {
            return false;
        }
    }
}
