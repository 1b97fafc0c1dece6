package kz.gov.elicense.signature.control;

import java.security.PublicKey;

import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * Which signature algorithms and keys the verifier accepts. The verifier asks it about the signer's algorithms
 * and key, about every issuing CA's key and about the time-stamp authority's. A refused algorithm makes the
 * signature {@link kz.gov.elicense.signature.entity.SignatureFailure#MALFORMED}, a refused key
 * {@link kz.gov.elicense.signature.entity.SignatureFailure#WEAK_KEY}.
 * <p>
 * Pluggable so that the GOST algorithms of NCA RK (GOST 34.310-2004, GOST R 34.10-2015) can be accepted by a
 * policy of their own without touching the verifier; {@link #standard()} accepts RSA of at least 2048 bits and
 * ECDSA on P-256, with SHA-256, SHA-384 or SHA-512. Implementations must be immutable and thread-safe.
 */
public interface SignatureAlgorithmPolicy {

    /**
     * @param digestAlgorithm    the SignerInfo's digestAlgorithm
     * @param signatureAlgorithm the SignerInfo's signatureAlgorithm (e.g. rsaEncryption or ecdsa-with-SHA256)
     * @param key                the public key the signature is to be verified with
     * @return why this combination is not accepted, as one English sentence, or {@code null} if it is
     */
    String algorithmProblem(AlgorithmIdentifier digestAlgorithm, AlgorithmIdentifier signatureAlgorithm, PublicKey key);

    /** @return why the key is too weak (size, curve), as one English sentence, or {@code null} if it is strong enough */
    String keyProblem(PublicKey key);

    /** RSA (PKCS#1 v1.5) with at least 2048 bits and ECDSA on P-256; SHA-256, SHA-384 and SHA-512. */
    static SignatureAlgorithmPolicy standard() {
        return StandardAlgorithmPolicy.DEFAULT;
    }
}
