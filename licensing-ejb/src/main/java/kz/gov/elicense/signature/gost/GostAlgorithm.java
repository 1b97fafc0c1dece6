package kz.gov.elicense.signature.gost;

import java.util.Optional;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cryptopro.CryptoProObjectIdentifiers;
import org.bouncycastle.asn1.rosstandart.RosstandartObjectIdentifiers;

/**
 * The GOST signature algorithms this package can sign and verify with BouncyCastle, named by the OID that
 * appears in a certificate's or a CMS SignerInfo's {@code signatureAlgorithm}.
 * <p>
 * The Russian OIDs are implemented by BouncyCastle as they are: a JCA {@code Signature} of
 * {@link #jcaSignatureAlgorithm()} from {@code BouncyCastle.PROVIDER} does the whole job, and the standard
 * bcpkix builders accept them. The NCA RK ({@code 1.2.398.…}) OIDs are unknown to BouncyCastle; this package
 * maps them to BouncyCastle's curves and digests (see {@link GostKeys} and {@link GostOperators}), because
 * the Kazakh algorithms are the Russian ones under other OIDs, with the signature value byte-reversed and, for
 * GOST 34.311-95, the GOST R 34.11-94 hash with another S-box. See {@code package-info.java} for the evidence.
 */
public enum GostAlgorithm {

    /** GOST R 34.10-2001 with GOST R 34.11-94 (CryptoPro S-box); {@code 1.2.643.2.2.3}. */
    GOST_R_34_10_2001("GOST R 34.10-2001 with GOST R 34.11-94",
            CryptoProObjectIdentifiers.gostR3411_94_with_gostR3410_2001, CryptoProObjectIdentifiers.gostR3411,
            CryptoProObjectIdentifiers.gostR3410_2001, "ECGOST3410", "GOST3411WITHECGOST3410", "GOST3411",
            256, false, Evidence.BOUNCYCASTLE_NATIVE),

    /** GOST R 34.10-2012 (256) with Streebog-256; {@code 1.2.643.7.1.1.3.2}. */
    GOST_R_34_10_2012_256("GOST R 34.10-2012 (256 bit) with GOST R 34.11-2012 (256 bit)",
            RosstandartObjectIdentifiers.id_tc26_signwithdigest_gost_3410_12_256,
            RosstandartObjectIdentifiers.id_tc26_gost_3411_12_256, RosstandartObjectIdentifiers.id_tc26_gost_3410_12_256,
            "ECGOST3410-2012", "GOST3411-2012-256WITHECGOST3410-2012-256", "GOST3411-2012-256",
            256, false, Evidence.BOUNCYCASTLE_NATIVE),

    /** GOST R 34.10-2012 (512) with Streebog-512; {@code 1.2.643.7.1.1.3.3}. */
    GOST_R_34_10_2012_512("GOST R 34.10-2012 (512 bit) with GOST R 34.11-2012 (512 bit)",
            RosstandartObjectIdentifiers.id_tc26_signwithdigest_gost_3410_12_512,
            RosstandartObjectIdentifiers.id_tc26_gost_3411_12_512, RosstandartObjectIdentifiers.id_tc26_gost_3410_12_512,
            "ECGOST3410-2012", "GOST3411-2012-512WITHECGOST3410-2012-512", "GOST3411-2012-512",
            512, false, Evidence.BOUNCYCASTLE_NATIVE),

    /**
     * NCA RK GOST 34.310-2004 with GOST 34.311-95; {@code 1.2.398.3.10.1.1.1.2}. There is no BouncyCastle JCA
     * name for it: BouncyCastle's {@code GOST3411} digest uses the CryptoPro S-box, GOST 34.311-95 the
     * GOST R 34.11-94 test S-box.
     */
    KZ_GOST_34_310_2004("GOST 34.310-2004 with GOST 34.311-95 (NCA RK)",
            new ASN1ObjectIdentifier("1.2.398.3.10.1.1.1.2"), new ASN1ObjectIdentifier("1.2.398.3.10.1.3.1"),
            new ASN1ObjectIdentifier("1.2.398.3.10.1.1.1.1"), "ECGOST3410", null, null,
            256, true, Evidence.NCA_SAMPLE),

    /**
     * NCA RK GOST 34.10-2015 (256) with GOST 34.11-2015 (256); {@code 1.2.398.3.10.1.1.2.3.1}. Its parameter
     * set is <em>assumed</em> to be TC26 256 A: no NCA RK sample was available (NCA RK issues 512-bit keys).
     */
    KZ_GOST_34_10_2015_256("GOST 34.10-2015 (256 bit) with GOST 34.11-2015 (256 bit) (NCA RK)",
            new ASN1ObjectIdentifier("1.2.398.3.10.1.1.2.3.1"), new ASN1ObjectIdentifier("1.2.398.3.10.1.3.2"),
            new ASN1ObjectIdentifier("1.2.398.3.10.1.1.2.1"), "ECGOST3410-2012", "GOST3411-2012-256WITHECGOST3410-2012-256",
            "GOST3411-2012-256", 256, true, Evidence.ASSUMED),

    /** NCA RK GOST 34.10-2015 (512) with GOST 34.11-2015 (512); {@code 1.2.398.3.10.1.1.2.3.2}. */
    KZ_GOST_34_10_2015_512("GOST 34.10-2015 (512 bit) with GOST 34.11-2015 (512 bit) (NCA RK)",
            new ASN1ObjectIdentifier("1.2.398.3.10.1.1.2.3.2"), new ASN1ObjectIdentifier("1.2.398.3.10.1.3.3"),
            new ASN1ObjectIdentifier("1.2.398.3.10.1.1.2.2"), "ECGOST3410-2012", "GOST3411-2012-512WITHECGOST3410-2012-512",
            "GOST3411-2012-512", 512, true, Evidence.NCA_SAMPLE);

    /** How well the mapping of an algorithm onto BouncyCastle is established. */
    public enum Evidence {
        /** BouncyCastle implements the algorithm under this very OID. */
        BOUNCYCASTLE_NATIVE,
        /** The mapping verifies a signature made by NCA RK / KalkanCrypt (see {@code NcaSamplesTest}). */
        NCA_SAMPLE,
        /** The mapping follows the pattern of the verified ones, but no NCA RK signature was available. */
        ASSUMED
    }

    private final String displayName;
    private final ASN1ObjectIdentifier signatureOid;
    private final ASN1ObjectIdentifier digestOid;
    private final ASN1ObjectIdentifier keyAlgorithmOid;
    private final String jcaKeyAlgorithm;
    private final String jcaSignatureAlgorithm;
    private final String jcaDigestAlgorithm;
    private final int keySize;
    private final boolean kazakh;
    private final Evidence evidence;

    GostAlgorithm(String displayName, ASN1ObjectIdentifier signatureOid, ASN1ObjectIdentifier digestOid,
                  ASN1ObjectIdentifier keyAlgorithmOid, String jcaKeyAlgorithm, String jcaSignatureAlgorithm,
                  String jcaDigestAlgorithm, int keySize, boolean kazakh, Evidence evidence) {
        this.displayName = displayName;
        this.signatureOid = signatureOid;
        this.digestOid = digestOid;
        this.keyAlgorithmOid = keyAlgorithmOid;
        this.jcaKeyAlgorithm = jcaKeyAlgorithm;
        this.jcaSignatureAlgorithm = jcaSignatureAlgorithm;
        this.jcaDigestAlgorithm = jcaDigestAlgorithm;
        this.keySize = keySize;
        this.kazakh = kazakh;
        this.evidence = evidence;
    }

    public String displayName() {
        return displayName;
    }

    /** The OID of the signature algorithm (certificate {@code signatureAlgorithm}, SignerInfo {@code signatureAlgorithm}). */
    public ASN1ObjectIdentifier signatureOid() {
        return signatureOid;
    }

    /** The OID of the digest (SignerInfo {@code digestAlgorithm}). */
    public ASN1ObjectIdentifier digestOid() {
        return digestOid;
    }

    /** The name of the digest, e.g. for a policy's list of accepted digests. */
    public String digestDisplayName() {
        return switch (this) {
            case GOST_R_34_10_2001 -> "GOST R 34.11-94";
            case GOST_R_34_10_2012_256 -> "GOST R 34.11-2012 (256 bit)";
            case GOST_R_34_10_2012_512 -> "GOST R 34.11-2012 (512 bit)";
            case KZ_GOST_34_310_2004 -> "GOST 34.311-95";
            case KZ_GOST_34_10_2015_256 -> "GOST 34.11-2015 (256 bit)";
            case KZ_GOST_34_10_2015_512 -> "GOST 34.11-2015 (512 bit)";
        };
    }

    /**
     * The OID of the public key algorithm (SubjectPublicKeyInfo). For the Russian algorithms also what RFC 4490
     * and BouncyCastle put into a CMS SignerInfo's {@code signatureAlgorithm}.
     */
    public ASN1ObjectIdentifier keyAlgorithmOid() {
        return keyAlgorithmOid;
    }

    /** The BouncyCastle {@code KeyPairGenerator} / {@code KeyFactory} algorithm of the keys. */
    public String jcaKeyAlgorithm() {
        return jcaKeyAlgorithm;
    }

    /**
     * The BouncyCastle JCA {@code Signature} that computes this algorithm's signature. For a Kazakh algorithm
     * it needs the key translated by {@link GostKeys#publicKey} and its value is the byte-reversal of the
     * Kazakh one ({@link GostKeys#reverse}). Empty for GOST 34.310-2004, whose digest BouncyCastle's JCA lacks.
     */
    public Optional<String> jcaSignatureAlgorithm() {
        return Optional.ofNullable(jcaSignatureAlgorithm);
    }

    /** The BouncyCastle JCA {@code MessageDigest} of {@link #digestOid()}; empty for GOST 34.311-95. */
    public Optional<String> jcaDigestAlgorithm() {
        return Optional.ofNullable(jcaDigestAlgorithm);
    }

    /** 256 or 512: the size of the curve's field, of the private key and of r and s. */
    public int keySize() {
        return keySize;
    }

    /** An NCA RK ({@code 1.2.398.…}) OID: BouncyCastle needs this package to handle it. */
    public boolean kazakh() {
        return kazakh;
    }

    public Evidence evidence() {
        return evidence;
    }
}
