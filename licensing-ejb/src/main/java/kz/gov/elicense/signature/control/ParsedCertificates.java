package kz.gov.elicense.signature.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import kz.gov.elicense.signature.entity.SignerIdentity;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

/**
 * Certificates as the verifier uses them, parsed once per exact encoding. The same few certificates (an applicant's,
 * the CAs', the provider's, the time-stamp authority's) come in every signature; BouncyCastle's converter makes a
 * new certificate factory and parses each one every time, and its certificate parses its validity dates again on
 * every {@code getNotBefore()} (a {@code SimpleDateFormat} each), which cost more than the signature check itself.
 * Keyed by the DER bytes themselves, so a certificate differing in any byte is parsed on its own; what is kept is
 * immutable. Bounded; thread-safe.
 */
final class ParsedCertificates {

    private static final int LIMIT = 10_000;

    private static final Cache<ByteBuffer, X509Certificate> CERTIFICATES = Caffeine.newBuilder().maximumSize(LIMIT).build();
    private static final Cache<ByteBuffer, SignerIdentity> IDENTITIES = Caffeine.newBuilder().maximumSize(LIMIT).build();

    /** By the certificate object (weak keys compare by identity): BouncyCastle's {@code getEncoded()} re-encodes each time. */
    private static final Cache<X509Certificate, byte[]> ENCODINGS = Caffeine.newBuilder().weakKeys().maximumSize(LIMIT).build();
    private static final Cache<X509Certificate, String> DIGESTS = Caffeine.newBuilder().weakKeys().maximumSize(LIMIT).build();

    private ParsedCertificates() {
    }

    static X509Certificate certificate(X509CertificateHolder holder) throws CertificateException {
        ByteBuffer key = key(holder);
        X509Certificate known = CERTIFICATES.getIfPresent(key);
        if (known != null) {
            return known;
        }
        X509Certificate parsed = new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER).getCertificate(holder);
        CERTIFICATES.put(key, parsed);
        return parsed;
    }

    /** {@link SignerIdentity#of} of the certificate that {@code holder} encodes. */
    static SignerIdentity identity(X509CertificateHolder holder, X509Certificate certificate) {
        return IDENTITIES.get(key(holder), k -> SignerIdentity.of(certificate));
    }

    /** The certificate's DER encoding, shared: callers read it and never change it. */
    static byte[] encoded(X509Certificate certificate) throws CertificateEncodingException {
        byte[] known = ENCODINGS.getIfPresent(certificate);
        if (known == null) {
            known = certificate.getEncoded();
            ENCODINGS.put(certificate, known);
        }
        return known;
    }

    /** The SHA-256 of its encoding in hexadecimal. */
    static String sha256Hex(X509Certificate certificate) throws CertificateEncodingException {
        String known = DIGESTS.getIfPresent(certificate);
        if (known == null) {
            known = HexFormat.of().formatHex(CmsSigner.sha256(encoded(certificate)));
            DIGESTS.put(certificate, known);
        }
        return known;
    }

    private static ByteBuffer key(X509CertificateHolder holder) {
        try {
            return ByteBuffer.wrap(holder.getEncoded());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
