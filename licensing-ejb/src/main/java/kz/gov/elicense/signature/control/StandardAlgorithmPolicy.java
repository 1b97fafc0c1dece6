package kz.gov.elicense.signature.control;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X962Parameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

import kz.gov.elicense.signature.gost.GostAlgorithm;
import kz.gov.elicense.signature.gost.GostAlgorithms;

/**
 * A table-driven {@link SignatureAlgorithmPolicy}: accepted digests, accepted signature algorithms (each bound to a
 * key type and, where the OID names one, to its digest) and a strength rule per key type. Keys are recognised by the
 * algorithm OID of their SubjectPublicKeyInfo, not by a JCA provider's name for them, so that keys of any provider
 * (an HSM's, a GOST provider's, an NCA RK GOST key BouncyCastle cannot even load) are judged alike. Extend with the
 * {@code with...} methods, which return a new policy.
 * <p>
 * GOST ({@link #withGost}): each GOST signature algorithm is accepted under its signature OID (as KalkanCrypt and
 * certificates write it) and its key OID (as RFC 4490 and BouncyCastle write it in a SignerInfo), with its own GOST
 * digest only; the GOST digests are not accepted with any other algorithm (an RSA signature over a Streebog digest is
 * refused like one over SHA-1). GOST keys are judged by {@link GostAlgorithms#keyProblem}: an NCA RK key on a known
 * NCA RK parameter set, a Russian one on a curve BouncyCastle knows.
 * <p>
 * Immutable and thread-safe.
 */
public final class StandardAlgorithmPolicy implements SignatureAlgorithmPolicy {

    /** How a key of one type is judged: why it is too weak, or {@code null}. */
    @FunctionalInterface
    public interface KeyRule {
        String problem(SubjectPublicKeyInfo key);
    }

    /**
     * A signature algorithm OID: the key type it needs, and the digest it implies ({@code null}: any accepted one).
     * A {@code digestName} makes the digest accepted with this algorithm alone, even if it is no accepted digest
     * of its own (the GOST digests).
     */
    private record SignatureRule(String name, ASN1ObjectIdentifier keyType, ASN1ObjectIdentifier digest,
                                 String digestName) {
    }

    private static final int MINIMUM_RSA_BITS = 2048;
    private static final ASN1ObjectIdentifier P256 = SECObjectIdentifiers.secp256r1;

    static final StandardAlgorithmPolicy DEFAULT = new StandardAlgorithmPolicy(Map.of(), Map.of(), Map.of())
            .withDigest(NISTObjectIdentifiers.id_sha256, "SHA-256")
            .withDigest(NISTObjectIdentifiers.id_sha384, "SHA-384")
            .withDigest(NISTObjectIdentifiers.id_sha512, "SHA-512")
            // CMS signers (BouncyCastle, NCALayer) mostly write plain rsaEncryption and name the digest separately
            .withSignatureAlgorithm(PKCSObjectIdentifiers.rsaEncryption, "RSA", PKCSObjectIdentifiers.rsaEncryption, null)
            .withSignatureAlgorithm(PKCSObjectIdentifiers.sha256WithRSAEncryption, "SHA256withRSA",
                    PKCSObjectIdentifiers.rsaEncryption, NISTObjectIdentifiers.id_sha256)
            .withSignatureAlgorithm(PKCSObjectIdentifiers.sha384WithRSAEncryption, "SHA384withRSA",
                    PKCSObjectIdentifiers.rsaEncryption, NISTObjectIdentifiers.id_sha384)
            .withSignatureAlgorithm(PKCSObjectIdentifiers.sha512WithRSAEncryption, "SHA512withRSA",
                    PKCSObjectIdentifiers.rsaEncryption, NISTObjectIdentifiers.id_sha512)
            .withSignatureAlgorithm(X9ObjectIdentifiers.ecdsa_with_SHA256, "SHA256withECDSA",
                    X9ObjectIdentifiers.id_ecPublicKey, NISTObjectIdentifiers.id_sha256)
            .withSignatureAlgorithm(X9ObjectIdentifiers.ecdsa_with_SHA384, "SHA384withECDSA",
                    X9ObjectIdentifiers.id_ecPublicKey, NISTObjectIdentifiers.id_sha384)
            .withSignatureAlgorithm(X9ObjectIdentifiers.ecdsa_with_SHA512, "SHA512withECDSA",
                    X9ObjectIdentifiers.id_ecPublicKey, NISTObjectIdentifiers.id_sha512)
            .withKeyRule(PKCSObjectIdentifiers.rsaEncryption, StandardAlgorithmPolicy::rsaProblem)
            .withKeyRule(X9ObjectIdentifiers.id_ecPublicKey, ecCurves(Set.of(P256), "P-256"))
            .withGost(GostAlgorithms.verifiedAlgorithms());

    private final Map<ASN1ObjectIdentifier, String> digests;
    private final Map<ASN1ObjectIdentifier, SignatureRule> signatures;
    private final Map<ASN1ObjectIdentifier, KeyRule> keyRules;

    private StandardAlgorithmPolicy(Map<ASN1ObjectIdentifier, String> digests,
                                    Map<ASN1ObjectIdentifier, SignatureRule> signatures,
                                    Map<ASN1ObjectIdentifier, KeyRule> keyRules) {
        this.digests = Map.copyOf(digests);
        this.signatures = Map.copyOf(signatures);
        this.keyRules = Map.copyOf(keyRules);
    }

    /** Also accepts this digest algorithm. */
    public StandardAlgorithmPolicy withDigest(ASN1ObjectIdentifier digest, String name) {
        Map<ASN1ObjectIdentifier, String> more = new HashMap<>(digests);
        more.put(Objects.requireNonNull(digest, "digest"), Objects.requireNonNull(name, "name"));
        return new StandardAlgorithmPolicy(more, signatures, keyRules);
    }

    /**
     * Also accepts this signature algorithm OID in a SignerInfo.
     *
     * @param keyType the SubjectPublicKeyInfo algorithm OID of the keys it is used with (a key rule must exist for it)
     * @param digest  the digest the OID implies, which the SignerInfo's digestAlgorithm must then be; {@code null}
     *                if the OID names none (like rsaEncryption)
     */
    public StandardAlgorithmPolicy withSignatureAlgorithm(ASN1ObjectIdentifier signature, String name,
                                                          ASN1ObjectIdentifier keyType, ASN1ObjectIdentifier digest) {
        Map<ASN1ObjectIdentifier, SignatureRule> more = new HashMap<>(signatures);
        more.put(Objects.requireNonNull(signature, "signature"),
                new SignatureRule(name, Objects.requireNonNull(keyType, "keyType"), digest, null));
        return new StandardAlgorithmPolicy(digests, more, keyRules);
    }

    /**
     * Also accepts these GOST algorithms: each under its signature OID and its key OID, with its own digest only,
     * and their keys by {@link GostAlgorithms#keyProblem}. {@link SignatureAlgorithmPolicy#standard()} has
     * {@link GostAlgorithms#verifiedAlgorithms()}; {@link GostAlgorithm#KZ_GOST_34_10_2015_256}, whose curve is
     * assumed, only if added here.
     */
    public StandardAlgorithmPolicy withGost(Collection<GostAlgorithm> algorithms) {
        Map<ASN1ObjectIdentifier, SignatureRule> more = new HashMap<>(signatures);
        Map<ASN1ObjectIdentifier, KeyRule> moreKeys = new HashMap<>(keyRules);
        for (GostAlgorithm algorithm : algorithms) {
            for (ASN1ObjectIdentifier oid : List.of(algorithm.signatureOid(), algorithm.keyAlgorithmOid())) {
                more.put(oid, new SignatureRule(algorithm.displayName(), algorithm.keyAlgorithmOid(),
                        algorithm.digestOid(), algorithm.digestDisplayName()));
            }
            moreKeys.put(algorithm.keyAlgorithmOid(), GostAlgorithms::keyProblem);
        }
        return new StandardAlgorithmPolicy(digests, more, moreKeys);
    }

    /** Accepts keys of this SubjectPublicKeyInfo algorithm OID when {@code rule} finds no problem. */
    public StandardAlgorithmPolicy withKeyRule(ASN1ObjectIdentifier keyType, KeyRule rule) {
        Map<ASN1ObjectIdentifier, KeyRule> more = new HashMap<>(keyRules);
        more.put(Objects.requireNonNull(keyType, "keyType"), Objects.requireNonNull(rule, "rule"));
        return new StandardAlgorithmPolicy(digests, signatures, more);
    }

    @Override
    public String algorithmProblem(AlgorithmIdentifier digestAlgorithm, AlgorithmIdentifier signatureAlgorithm,
                                   SubjectPublicKeyInfo key) {
        if (key == null) {
            return "The certificate's public key cannot be read.";
        }
        ASN1ObjectIdentifier digest = digestAlgorithm.getAlgorithm();
        SignatureRule rule = signatures.get(signatureAlgorithm.getAlgorithm());
        String digestName = digests.get(digest);
        if (digestName == null && rule != null && rule.digestName() != null && rule.digest().equals(digest)) {
            digestName = rule.digestName(); // a digest accepted with this one algorithm only
        }
        if (digestName == null) {
            return "The signature uses the digest algorithm " + digest + ", which is not accepted"
                    + (digest.equals(OIWObjectIdentifiers.idSHA1)
                       || digest.equals(PKCSObjectIdentifiers.md5)
                       ? " because it is no longer collision-resistant" : "")
                    + "; SHA-256 or stronger is required.";
        }
        // RFC 5754: absent or NULL. Anything else is not a variant but a damaged or crafted structure.
        if (!absentOrNull(digestAlgorithm.getParameters())) {
            return "The digest algorithm " + digestName + " carries parameters, which it must not.";
        }
        if (rule == null) {
            return "The signature algorithm " + signatureAlgorithm.getAlgorithm() + " is not accepted.";
        }
        if (!absentOrNull(signatureAlgorithm.getParameters())) {
            return "The signature algorithm " + rule.name() + " carries parameters, which it must not.";
        }
        if (rule.digest() != null && !rule.digest().equals(digest)) {
            return "The signature algorithm " + rule.name() + " does not go with the digest algorithm " + digestName + ".";
        }
        ASN1ObjectIdentifier keyType = key.getAlgorithm().getAlgorithm();
        if (!rule.keyType().equals(keyType)) {
            return "The signature algorithm " + rule.name() + " does not go with the signer's "
                    + keyName(keyType) + " key.";
        }
        return null;
    }

    @Override
    public String keyProblem(SubjectPublicKeyInfo key) {
        if (key == null) {
            return "The certificate's public key cannot be read.";
        }
        ASN1ObjectIdentifier keyType = key.getAlgorithm().getAlgorithm();
        KeyRule rule = keyRules.get(keyType);
        if (rule == null) {
            return "Keys of type " + keyName(keyType) + " (" + keyType + ") are not accepted.";
        }
        try {
            return rule.problem(key);
        } catch (RuntimeException e) {
            return "The " + keyName(keyType) + " key cannot be read.";
        }
    }

    /** A rule for elliptic-curve keys: only named curves from {@code curves}; explicit curve parameters are refused. */
    public static KeyRule ecCurves(Set<ASN1ObjectIdentifier> curves, String names) {
        Set<ASN1ObjectIdentifier> accepted = Set.copyOf(curves);
        return key -> {
            X962Parameters parameters;
            try {
                parameters = X962Parameters.getInstance(key.getAlgorithm().getParameters());
            } catch (RuntimeException e) {
                return "The EC key has unreadable curve parameters.";
            }
            if (!parameters.isNamedCurve()) {
                return "The EC key has explicit curve parameters; only the named curve " + names + " is accepted.";
            }
            ASN1ObjectIdentifier curve = ASN1ObjectIdentifier.getInstance(parameters.getParameters());
            return accepted.contains(curve) ? null
                    : "The EC key is on the curve " + curve + "; only " + names + " is accepted.";
        };
    }

    private static String rsaProblem(SubjectPublicKeyInfo key) {
        int bits;
        try {
            bits = RSAPublicKey.getInstance(key.parsePublicKey()).getModulus().bitLength();
        } catch (Exception e) {
            return "The RSA key cannot be read.";
        }
        return bits >= MINIMUM_RSA_BITS ? null
                : "The RSA key has " + bits + " bits; at least " + MINIMUM_RSA_BITS + " are required.";
    }

    /** What a JCA provider would call the key type, for the reasons. */
    private static String keyName(ASN1ObjectIdentifier keyType) {
        if (PKCSObjectIdentifiers.rsaEncryption.equals(keyType)) {
            return "RSA";
        }
        if (X9ObjectIdentifiers.id_ecPublicKey.equals(keyType)) {
            return "EC";
        }
        return GostAlgorithms.byKeyAlgorithmOid(keyType).map(GostAlgorithm::displayName)
                .orElse(keyType.getId());
    }

    private static boolean absentOrNull(ASN1Encodable parameters) {
        return parameters == null || DERNull.INSTANCE.equals(parameters.toASN1Primitive());
    }
}
