package kz.gov.elicense.signature.control;

import java.security.PublicKey;

import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * Which signature algorithms and keys the verifier accepts. The verifier asks it about the signer's algorithms
 * and key, about every issuing CA's key and about the time-stamp authority's. A refused algorithm makes the
 * signature {@link kz.gov.elicense.signature.entity.SignatureFailure#MALFORMED}, a refused key
 * {@link kz.gov.elicense.signature.entity.SignatureFailure#WEAK_KEY}.
 * <p>
 * Keys are given as the certificate's {@code SubjectPublicKeyInfo}, not as a JCA {@link PublicKey}: BouncyCastle has
 * no {@code PublicKey} for an NCA RK GOST key ({@code X509Certificate.getPublicKey()} is {@code null}), but its
 * {@code SubjectPublicKeyInfo} can always be judged. The {@code PublicKey} overloads are conveniences over them.
 * <p>
 * {@link #standard()} accepts RSA of at least 2048 bits and ECDSA on P-256, with SHA-256, SHA-384 or SHA-512, and the
 * GOST algorithms proven to work ({@link kz.gov.elicense.signature.gost.GostAlgorithms#verifiedAlgorithms()}), each
 * only with its own GOST digest. Pluggable, so that a deployment can narrow or widen this without touching the
 * verifier. Implementations must be immutable and thread-safe.
 */
public interface SignatureAlgorithmPolicy {

    /**
     * @param digestAlgorithm    the SignerInfo's digestAlgorithm
     * @param signatureAlgorithm the SignerInfo's signatureAlgorithm (e.g. rsaEncryption, ecdsa-with-SHA256, or for
     *                           GOST the signature OID or, as RFC 4490 and BouncyCastle write it, the key OID)
     * @param key                the {@code SubjectPublicKeyInfo} of the certificate the signature is to be verified
     *                           with; {@code null} if it cannot be read
     * @return why this combination is not accepted, as one English sentence, or {@code null} if it is
     */
    String algorithmProblem(AlgorithmIdentifier digestAlgorithm, AlgorithmIdentifier signatureAlgorithm,
                            SubjectPublicKeyInfo key);

    /**
     * @param key a certificate's {@code SubjectPublicKeyInfo}; {@code null} if it cannot be read
     * @return why the key is too weak or not accepted (type, size, curve, parameter set), as one English sentence,
     * or {@code null} if it is strong enough
     */
    String keyProblem(SubjectPublicKeyInfo key);

    /** {@link #algorithmProblem(AlgorithmIdentifier, AlgorithmIdentifier, SubjectPublicKeyInfo)} of a JCA key. */
    default String algorithmProblem(AlgorithmIdentifier digestAlgorithm, AlgorithmIdentifier signatureAlgorithm,
                                    PublicKey key) {
        return algorithmProblem(digestAlgorithm, signatureAlgorithm, subjectPublicKeyInfo(key));
    }

    /** {@link #keyProblem(SubjectPublicKeyInfo)} of a JCA key. */
    default String keyProblem(PublicKey key) {
        return keyProblem(subjectPublicKeyInfo(key));
    }

    /** RSA (PKCS#1 v1.5) with at least 2048 bits and ECDSA on P-256 with SHA-256, SHA-384 and SHA-512; and GOST. */
    static SignatureAlgorithmPolicy standard() {
        return StandardAlgorithmPolicy.DEFAULT;
    }

    /** The encoding of a JCA key, or {@code null} if there is no key or it has no X.509 encoding. */
    private static SubjectPublicKeyInfo subjectPublicKeyInfo(PublicKey key) {
        if (key == null) {
            return null;
        }
        try {
            byte[] encoded = key.getEncoded();
            return encoded == null ? null : SubjectPublicKeyInfo.getInstance(encoded);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
