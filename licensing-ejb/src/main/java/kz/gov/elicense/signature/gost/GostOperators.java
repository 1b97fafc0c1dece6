package kz.gov.elicense.signature.gost;

import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.util.Objects;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSSignatureAlgorithmNameGenerator;
import org.bouncycastle.cms.DefaultCMSSignatureAlgorithmNameGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.SignerInformationVerifier;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.GOST3411Digest;
import org.bouncycastle.crypto.digests.GOST3411_2012_256Digest;
import org.bouncycastle.crypto.digests.GOST3411_2012_512Digest;
import org.bouncycastle.crypto.engines.GOST28147Engine;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.ContentVerifier;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.RuntimeOperatorException;
import org.bouncycastle.operator.SignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import kz.gov.elicense.signature.control.BouncyCastle;

/**
 * bcpkix operators for GOST signatures, NCA RK OIDs included: what a certificate builder, a CMS generator and
 * a CMS / certificate verifier need in place of the {@code Jca…Builder}s, which do not know the NCA RK OIDs.
 * For every other algorithm (RSA, ECDSA, the Russian GOST OIDs) they delegate to those builders with
 * {@code BouncyCastle.PROVIDER}, so they can be used for any signature.
 * <p>
 * An NCA RK signature is computed as BouncyCastle computes the Russian one: the digest of the data (GOST
 * 34.11-2015 = Streebog, or GOST 34.311-95 = GOST R 34.11-94 with the test S-box), signed with the JCA
 * {@code NONEWITHECGOST3410[-2012-256|-512]} signature of {@code BouncyCastle.PROVIDER} over the key
 * translated by {@link GostKeys}, and the signature value byte-reversed ({@link GostKeys#reverse}).
 * <p>
 * Stateless; all methods are thread-safe. The operators they return are, as in bcpkix, for one use.
 */
public final class GostOperators {

    /** GOST 34.311-95: GOST R 34.11-94 with the S-box of id-GostR3411-94-TestParamSet (BouncyCastle's "D-Test"). */
    private static final String GOST_34_311_95_SBOX = "D-Test";

    private static final CMSSignatureAlgorithmNameGenerator DEFAULT_NAMES = new DefaultCMSSignatureAlgorithmNameGenerator();
    private static final SignatureAlgorithmIdentifierFinder DEFAULT_FINDER = new DefaultSignatureAlgorithmIdentifierFinder();

    /**
     * The CMS signature name of an NCA RK algorithm is its OID, provided the SignerInfo's digest is the
     * algorithm's own; any other digest makes a name that {@link #FINDER} rejects as BouncyCastle does
     * ("Unknown signature type requested: …").
     */
    private static final CMSSignatureAlgorithmNameGenerator NAMES = (digest, signature) -> kazakh(signature.getAlgorithm())
            .map(a -> a.digestOid().equals(digest.getAlgorithm()) ? a.signatureOid().getId()
                    : digest.getAlgorithm().getId() + "with" + signature.getAlgorithm().getId())
            .orElseGet(() -> DEFAULT_NAMES.getSignatureName(digest, signature));

    private static final SignatureAlgorithmIdentifierFinder FINDER = name -> GostAlgorithms.bySignatureOid(name)
            .filter(GostAlgorithm::kazakh)
            .map(a -> new AlgorithmIdentifier(a.signatureOid(), DERNull.INSTANCE))
            .orElseGet(() -> DEFAULT_FINDER.find(name));

    private GostOperators() {
    }

    /**
     * A signer of {@code algorithm} with a BouncyCastle GOST private key (e.g. from {@link GostKeys#generate}).
     * For an NCA RK algorithm the result carries the NCA RK OID (with NULL parameters, as KalkanCrypt writes
     * it) and the NCA RK byte order.
     *
     * @throws OperatorCreationException if the key does not fit the algorithm
     */
    public static ContentSigner contentSigner(GostAlgorithm algorithm, PrivateKey key) throws OperatorCreationException {
        Objects.requireNonNull(key, "key");
        int fieldSize = GostKeys.fieldSize(key);
        if (fieldSize != 0 && fieldSize != algorithm.keySize()) {
            throw new OperatorCreationException(algorithm.displayName() + " needs a " + algorithm.keySize()
                    + "-bit key, not a " + fieldSize + "-bit one");
        }
        if (!algorithm.kazakh()) {
            return new JcaContentSignerBuilder(algorithm.jcaSignatureAlgorithm().orElseThrow())
                    .setProvider(BouncyCastle.PROVIDER).build(key);
        }
        try {
            Signature signature = Signature.getInstance(rawSignatureName(algorithm), BouncyCastle.PROVIDER);
            signature.initSign(key);
            return new KazakhContentSigner(algorithm, signature);
        } catch (GeneralSecurityException e) {
            throw new OperatorCreationException("Cannot sign " + algorithm.displayName() + " with the key "
                    + key.getAlgorithm() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The verifier of signatures by {@code key} (a certificate's {@code SubjectPublicKeyInfo}), e.g. for
     * {@link X509CertificateHolder#isSignatureValid}. An NCA RK GOST key verifies the NCA RK signature algorithm
     * of its kind; any other key is handed to {@link JcaContentVerifierProviderBuilder} with {@code BouncyCastle.PROVIDER}.
     */
    public static ContentVerifierProvider contentVerifierProvider(SubjectPublicKeyInfo key) throws OperatorCreationException {
        Optional<GostAlgorithm> kazakhKey = GostAlgorithms.kazakhByKeyAlgorithmOid(key.getAlgorithm().getAlgorithm());
        if (kazakhKey.isEmpty()) {
            return new JcaContentVerifierProviderBuilder().setProvider(BouncyCastle.PROVIDER).build(key);
        }
        PublicKey publicKey;
        try {
            publicKey = GostKeys.publicKey(key);
        } catch (InvalidKeyException e) {
            throw new OperatorCreationException(e.getMessage(), e);
        }
        return new KazakhContentVerifierProvider(kazakhKey.get(), publicKey);
    }

    /**
     * Digest calculators for the NCA RK digest OIDs ({@code 1.2.398.3.10.1.3.1 / .3.2 / .3.3}) and, through
     * {@link JcaDigestCalculatorProviderBuilder} with {@code BouncyCastle.PROVIDER}, for every other digest.
     */
    public static DigestCalculatorProvider digestCalculatorProvider() throws OperatorCreationException {
        DigestCalculatorProvider others = new JcaDigestCalculatorProviderBuilder().setProvider(BouncyCastle.PROVIDER).build();
        return algorithm -> {
            Optional<Digest> kazakh = kazakhDigest(algorithm.getAlgorithm());
            return kazakh.isPresent() ? calculator(algorithm.getAlgorithm(), kazakh.get()) : others.get(algorithm);
        };
    }

    /**
     * The verifier of a CMS SignerInfo made with {@code key}, for {@link org.bouncycastle.cms.SignerInformation#verify};
     * the counterpart of {@code JcaSimpleSignerInfoVerifierBuilder.build(PublicKey)}, NCA RK OIDs included.
     * Like that one it checks the signature only, not the certificate's validity.
     */
    public static SignerInformationVerifier signerInformationVerifier(SubjectPublicKeyInfo key) throws OperatorCreationException {
        return new SignerInformationVerifier(NAMES, FINDER, contentVerifierProvider(key), digestCalculatorProvider());
    }

    /**
     * As {@link #signerInformationVerifier(SubjectPublicKeyInfo)}, with the certificate associated, as
     * {@code JcaSimpleSignerInfoVerifierBuilder.build(X509Certificate)} does: what
     * {@link org.bouncycastle.tsp.TimeStampToken#validate} needs, which also checks the certificate's validity at
     * the time-stamp's time and its timeStamping extended key usage. A SignerInfo verified with it must also have
     * been made while the certificate was valid (signing-time attribute).
     */
    public static SignerInformationVerifier signerInformationVerifier(X509CertificateHolder certificate)
            throws OperatorCreationException {
        ContentVerifierProvider keyOnly = contentVerifierProvider(certificate.getSubjectPublicKeyInfo());
        ContentVerifierProvider withCertificate = new ContentVerifierProvider() {
            @Override
            public boolean hasAssociatedCertificate() {
                return true;
            }

            @Override
            public X509CertificateHolder getAssociatedCertificate() {
                return certificate;
            }

            @Override
            public ContentVerifier get(AlgorithmIdentifier signatureAlgorithm) throws OperatorCreationException {
                return keyOnly.get(signatureAlgorithm);
            }
        };
        return new SignerInformationVerifier(NAMES, FINDER, withCertificate, digestCalculatorProvider());
    }

    /**
     * A CMS SignerInfo generator (for {@link org.bouncycastle.cms.CMSSignedDataGenerator#addSignerInfoGenerator}) of
     * {@code algorithm}; for an NCA RK one with the NCA RK digest and signature OIDs, as KalkanCrypt writes them.
     * Signed attributes: content-type, message-digest, signing-time (now) and CMS algorithm protection.
     */
    public static SignerInfoGenerator signerInfoGenerator(GostAlgorithm algorithm, PrivateKey key,
                                                          X509CertificateHolder certificate) throws OperatorCreationException {
        return signerInfoGenerator(algorithm, key, certificate, null);
    }

    /**
     * As {@link #signerInfoGenerator(GostAlgorithm, PrivateKey, X509CertificateHolder)}, with the signed attributes
     * of {@code signedAttributes} (e.g. a {@link org.bouncycastle.cms.DefaultSignedAttributeTableGenerator} with a
     * given signing-time and signing-certificate-v2); {@code null} for BouncyCastle's default ones.
     */
    public static SignerInfoGenerator signerInfoGenerator(GostAlgorithm algorithm, PrivateKey key,
                                                          X509CertificateHolder certificate,
                                                          CMSAttributeTableGenerator signedAttributes)
            throws OperatorCreationException {
        JcaSignerInfoGeneratorBuilder builder = new JcaSignerInfoGeneratorBuilder(digestCalculatorProvider());
        if (algorithm.kazakh()) {
            builder.setContentDigest(new AlgorithmIdentifier(algorithm.digestOid(), DERNull.INSTANCE));
        }
        if (signedAttributes != null) {
            builder.setSignedAttributeGenerator(signedAttributes);
        }
        return builder.build(contentSigner(algorithm, key), certificate);
    }

    /** A fresh NCA RK digest of a digest OID ({@code 1.2.398.3.10.1.3.1 / .3.2 / .3.3}), or empty for other OIDs. */
    public static Optional<Digest> kazakhDigest(ASN1ObjectIdentifier digestOid) {
        if (GostAlgorithm.KZ_GOST_34_310_2004.digestOid().equals(digestOid)) {
            return Optional.of(new GOST3411Digest(GOST28147Engine.getSBox(GOST_34_311_95_SBOX)));
        }
        if (GostAlgorithm.KZ_GOST_34_10_2015_256.digestOid().equals(digestOid)) {
            return Optional.of(new GOST3411_2012_256Digest());
        }
        if (GostAlgorithm.KZ_GOST_34_10_2015_512.digestOid().equals(digestOid)) {
            return Optional.of(new GOST3411_2012_512Digest());
        }
        return Optional.empty();
    }

    private static Optional<GostAlgorithm> kazakh(ASN1ObjectIdentifier signatureOid) {
        return GostAlgorithms.bySignatureOid(signatureOid).filter(GostAlgorithm::kazakh);
    }

    /** BouncyCastle's signature over a precomputed GOST digest, with the same digest-to-integer conversion. */
    private static String rawSignatureName(GostAlgorithm algorithm) {
        return switch (GostKeys.bouncyCastleCounterpart(algorithm)) {
            case GOST_R_34_10_2001 -> "NONEWITHECGOST3410";
            case GOST_R_34_10_2012_256 -> "NONEWITHECGOST3410-2012-256";
            default -> "NONEWITHECGOST3410-2012-512";
        };
    }

    private static Digest digestOf(GostAlgorithm algorithm) {
        return kazakhDigest(algorithm.digestOid()).orElseThrow();
    }

    private static DigestCalculator calculator(ASN1ObjectIdentifier oid, Digest digest) {
        AlgorithmIdentifier identifier = new AlgorithmIdentifier(oid, DERNull.INSTANCE);
        OutputStream stream = new DigestStream(digest);
        return new DigestCalculator() {
            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return identifier;
            }

            @Override
            public OutputStream getOutputStream() {
                return stream;
            }

            @Override
            public byte[] getDigest() {
                return DigestStream.finish(digest);
            }
        };
    }

    private static final class DigestStream extends OutputStream {

        private final Digest digest;

        DigestStream(Digest digest) {
            this.digest = digest;
        }

        static byte[] finish(Digest digest) {
            byte[] result = new byte[digest.getDigestSize()];
            digest.doFinal(result, 0);
            return result;
        }

        @Override
        public void write(int b) {
            digest.update((byte) b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            digest.update(b, off, len);
        }
    }

    private static final class KazakhContentSigner implements ContentSigner {

        private final GostAlgorithm algorithm;
        private final Signature signature;
        private final Digest digest;
        private final OutputStream stream;

        KazakhContentSigner(GostAlgorithm algorithm, Signature signature) {
            this.algorithm = algorithm;
            this.signature = signature;
            this.digest = digestOf(algorithm);
            this.stream = new DigestStream(digest);
        }

        @Override
        public AlgorithmIdentifier getAlgorithmIdentifier() {
            return new AlgorithmIdentifier(algorithm.signatureOid(), DERNull.INSTANCE);
        }

        @Override
        public OutputStream getOutputStream() {
            return stream;
        }

        @Override
        public byte[] getSignature() {
            try {
                signature.update(DigestStream.finish(digest));
                return GostKeys.reverse(signature.sign());
            } catch (SignatureException e) {
                throw new RuntimeOperatorException("Cannot sign with " + algorithm.displayName() + ": " + e.getMessage(), e);
            }
        }
    }

    private record KazakhContentVerifierProvider(GostAlgorithm keyAlgorithm, PublicKey key) implements ContentVerifierProvider {

        @Override
        public boolean hasAssociatedCertificate() {
            return false;
        }

        @Override
        public X509CertificateHolder getAssociatedCertificate() {
            return null;
        }

        @Override
        public ContentVerifier get(AlgorithmIdentifier signatureAlgorithm) throws OperatorCreationException {
            ASN1ObjectIdentifier oid = signatureAlgorithm.getAlgorithm();
            GostAlgorithm algorithm = kazakh(oid).orElseThrow(() -> new OperatorCreationException(
                    "The signature algorithm " + oid + " cannot be verified with an NCA RK " + keyAlgorithm.displayName()
                            + " key; it needs " + keyAlgorithm.signatureOid()));
            if (algorithm != keyAlgorithm) {
                throw new OperatorCreationException("The signature algorithm " + oid + " (" + algorithm.displayName()
                        + ") does not match the NCA RK key (" + keyAlgorithm.displayName() + ")");
            }
            Signature signature;
            try {
                signature = Signature.getInstance(rawSignatureName(algorithm), BouncyCastle.PROVIDER);
                signature.initVerify(key);
            } catch (GeneralSecurityException e) {
                throw new OperatorCreationException("Cannot verify " + algorithm.displayName() + ": " + e.getMessage(), e);
            }
            Digest digest = digestOf(algorithm);
            OutputStream stream = new DigestStream(digest);
            return new ContentVerifier() {
                @Override
                public AlgorithmIdentifier getAlgorithmIdentifier() {
                    return signatureAlgorithm;
                }

                @Override
                public OutputStream getOutputStream() {
                    return stream;
                }

                @Override
                public boolean verify(byte[] expected) {
                    try {
                        signature.update(DigestStream.finish(digest));
                        return signature.verify(GostKeys.reverse(expected));
                    } catch (SignatureException e) {
                        throw new RuntimeOperatorException("The " + algorithm.displayName()
                                + " signature value cannot be decoded: " + e.getMessage(), e);
                    }
                }
            };
        }
    }
}
