package kz.gov.elicense.signature.gost;

import java.security.InvalidKeyException;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cryptopro.CryptoProObjectIdentifiers;
import org.bouncycastle.asn1.cryptopro.ECGOST3410NamedCurves;
import org.bouncycastle.asn1.cryptopro.GOST3410PublicKeyAlgParameters;
import org.bouncycastle.asn1.rosstandart.RosstandartObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

import kz.gov.elicense.signature.gost.GostAlgorithm.Evidence;

/**
 * What BouncyCastle can do with GOST, by OID: for an accepted-algorithms policy (e.g. the signature
 * verifier's) and for the mapping of the NCA RK parameter sets onto BouncyCastle's curves.
 * <p>
 * Stateless; all methods are thread-safe.
 */
public final class GostAlgorithms {

    /**
     * An NCA RK elliptic-curve parameter set ({@code 1.2.398.3.10.1.1.x.y.z}, the first element of a Kazakh
     * GOST key's {@code SubjectPublicKeyInfo} parameters) and the BouncyCastle curve with the same constants.
     *
     * @param oid                the NCA RK parameter set OID
     * @param algorithm          the NCA RK signature algorithm its keys are used with
     * @param bouncyCastleCurve  the name in {@link ECGOST3410NamedCurves}
     * @param bouncyCastleOid    the Russian (CryptoPro / TC26) OID of that curve
     * @param digestParameterOid the second element of the NCA RK key parameters, as NCA RK writes it
     * @param evidence           whether a real NCA RK signature verified with this curve
     */
    public record KazakhParameterSet(ASN1ObjectIdentifier oid, GostAlgorithm algorithm, String bouncyCastleCurve,
                                     ASN1ObjectIdentifier bouncyCastleOid, ASN1ObjectIdentifier digestParameterOid,
                                     Evidence evidence) {
    }

    private static final List<KazakhParameterSet> KAZAKH_PARAMETER_SETS = List.of(
            new KazakhParameterSet(new ASN1ObjectIdentifier("1.2.398.3.10.1.1.1.1.1"), GostAlgorithm.KZ_GOST_34_310_2004,
                    "GostR3410-2001-CryptoPro-A", CryptoProObjectIdentifiers.gostR3410_2001_CryptoPro_A,
                    new ASN1ObjectIdentifier("1.2.398.3.10.1.3.1.1.0"), Evidence.NCA_SAMPLE),
            new KazakhParameterSet(new ASN1ObjectIdentifier("1.2.398.3.10.1.1.2.1.1"), GostAlgorithm.KZ_GOST_34_10_2015_256,
                    "Tc26-Gost-3410-12-256-paramSetA", RosstandartObjectIdentifiers.id_tc26_gost_3410_12_256_paramSetA,
                    new ASN1ObjectIdentifier("1.2.398.3.10.1.3.2"), Evidence.ASSUMED),
            new KazakhParameterSet(new ASN1ObjectIdentifier("1.2.398.3.10.1.1.2.2.1"), GostAlgorithm.KZ_GOST_34_10_2015_512,
                    "Tc26-Gost-3410-12-512-paramSetA", RosstandartObjectIdentifiers.id_tc26_gost_3410_12_512_paramSetA,
                    new ASN1ObjectIdentifier("1.2.398.3.10.1.3.3"), Evidence.NCA_SAMPLE));

    private GostAlgorithms() {
    }

    /**
     * The algorithm of an OID found as a certificate's or a CMS SignerInfo's {@code signatureAlgorithm}: its
     * signature OID or its public key OID, which RFC 4490 puts into SignerInfos and BouncyCastle writes there
     * for the Russian algorithms (KalkanCrypt writes the signature OID).
     */
    public static Optional<GostAlgorithm> bySignatureOid(ASN1ObjectIdentifier oid) {
        return Arrays.stream(GostAlgorithm.values()).filter(a -> a.signatureOid().equals(oid)).findFirst()
                .or(() -> Arrays.stream(GostAlgorithm.values()).filter(a -> a.keyAlgorithmOid().equals(oid)).findFirst());
    }

    public static Optional<GostAlgorithm> bySignatureOid(String oid) {
        return ASN1ObjectIdentifier.tryFromID(oid) == null ? Optional.empty()
                : bySignatureOid(new ASN1ObjectIdentifier(oid));
    }

    /**
     * The algorithm of a GOST public key algorithm OID (a {@code SubjectPublicKeyInfo}'s), Russian or Kazakh; each
     * key OID belongs to exactly one algorithm.
     */
    public static Optional<GostAlgorithm> byKeyAlgorithmOid(ASN1ObjectIdentifier oid) {
        return Arrays.stream(GostAlgorithm.values()).filter(a -> a.keyAlgorithmOid().equals(oid)).findFirst();
    }

    /**
     * Whether a key is a GOST key (Russian or NCA RK, by its algorithm OID), which the signature verifier, the
     * certificate path check and the signer handle with {@link GostOperators}: for an NCA RK key
     * {@code X509Certificate.getPublicKey()} is {@code null}. Says nothing about whether the key is usable
     * ({@link #keyProblem}).
     */
    public static boolean isGostKey(SubjectPublicKeyInfo key) {
        return key != null && byKeyAlgorithmOid(key.getAlgorithm().getAlgorithm()).isPresent();
    }

    /**
     * Whether a certificate's or SignerInfo's {@code signatureAlgorithm} is a GOST one, in its signature OID or key
     * OID form ({@link #bySignatureOid(ASN1ObjectIdentifier)}).
     */
    public static boolean isGostSignature(AlgorithmIdentifier signatureAlgorithm) {
        return signatureAlgorithm != null && bySignatureOid(signatureAlgorithm.getAlgorithm()).isPresent();
    }

    /**
     * The algorithms of {@link #verifiedSignatureOids()}: native in BouncyCastle or verified against a real NCA RK
     * signature, i.e. all but {@link GostAlgorithm#KZ_GOST_34_10_2015_256}.
     */
    public static Set<GostAlgorithm> verifiedAlgorithms() {
        return Collections.unmodifiableSet(Arrays.stream(GostAlgorithm.values())
                .filter(a -> a.evidence() != Evidence.ASSUMED)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(GostAlgorithm.class))));
    }

    /** The Kazakh algorithm of an NCA RK public key algorithm OID ({@code 1.2.398.3.10.1.1.1.1} etc.). */
    public static Optional<GostAlgorithm> kazakhByKeyAlgorithmOid(ASN1ObjectIdentifier oid) {
        return Arrays.stream(GostAlgorithm.values()).filter(a -> a.kazakh() && a.keyAlgorithmOid().equals(oid))
                .findFirst();
    }

    /**
     * Every OID under which this package signs and verifies a GOST signature, Russian and Kazakh: the signature
     * OIDs and the public key OIDs (see {@link #bySignatureOid(ASN1ObjectIdentifier)}).
     */
    public static Set<ASN1ObjectIdentifier> signatureOids() {
        return signatureOids(EnumSet.allOf(Evidence.class));
    }

    /**
     * The OIDs of {@link #signatureOids()} proven to work: natively in BouncyCastle or against a real NCA RK
     * signature; that is, without those of {@link GostAlgorithm#KZ_GOST_34_10_2015_256}, whose curve is assumed.
     */
    public static Set<ASN1ObjectIdentifier> verifiedSignatureOids() {
        return signatureOids(EnumSet.of(Evidence.BOUNCYCASTLE_NATIVE, Evidence.NCA_SAMPLE));
    }

    public static Set<ASN1ObjectIdentifier> signatureOids(Set<Evidence> evidence) {
        Set<ASN1ObjectIdentifier> oids = Arrays.stream(GostAlgorithm.values())
                .filter(a -> evidence.contains(a.evidence()))
                .flatMap(a -> java.util.stream.Stream.of(a.signatureOid(), a.keyAlgorithmOid()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return Collections.unmodifiableSet(oids);
    }

    /** The digest OIDs of {@link #signatureOids()}, for a digest policy (SignerInfo {@code digestAlgorithm}). */
    public static Set<ASN1ObjectIdentifier> digestOids() {
        Set<ASN1ObjectIdentifier> oids = Arrays.stream(GostAlgorithm.values()).map(GostAlgorithm::digestOid)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return Collections.unmodifiableSet(oids);
    }

    /** The GOST curve names BouncyCastle knows ({@link ECGOST3410NamedCurves}); none of them is Kazakh. */
    public static Set<String> bouncyCastleCurves() {
        Set<String> names = new TreeSet<>();
        Collections.list(ECGOST3410NamedCurves.getNames()).forEach(n -> names.add((String) n));
        return Collections.unmodifiableSet(names);
    }

    /**
     * Why a {@code SubjectPublicKeyInfo} is no GOST key this package can verify with, as one English sentence, or
     * {@code null} if it is one: an NCA RK key on a parameter set of {@link #kazakhParameterSets()}, or a Russian
     * GOST key on a curve of {@link #bouncyCastleCurves()}. Fits a policy's key rule as a method reference.
     */
    public static String keyProblem(SubjectPublicKeyInfo key) {
        ASN1ObjectIdentifier algorithm = key.getAlgorithm().getAlgorithm();
        if (kazakhByKeyAlgorithmOid(algorithm).isPresent()) {
            try {
                GostKeys.kazakhParameterSet(key);
                return null;
            } catch (InvalidKeyException e) {
                return e.getMessage() + ".";
            }
        }
        boolean russian = Arrays.stream(GostAlgorithm.values())
                .anyMatch(a -> !a.kazakh() && a.keyAlgorithmOid().equals(algorithm));
        if (!russian) {
            return "The key " + algorithm + " is no GOST key.";
        }
        try {
            ASN1ObjectIdentifier curve = GOST3410PublicKeyAlgParameters.getInstance(key.getAlgorithm().getParameters())
                    .getPublicKeyParamSet();
            return ECGOST3410NamedCurves.getName(curve) != null ? null
                    : "The GOST key " + algorithm + " is on the unknown parameter set " + curve + ".";
        } catch (RuntimeException e) {
            return "The GOST key " + algorithm + " has no named parameter set.";
        }
    }

    public static List<KazakhParameterSet> kazakhParameterSets() {
        return KAZAKH_PARAMETER_SETS;
    }

    public static Optional<KazakhParameterSet> kazakhParameterSet(ASN1ObjectIdentifier oid) {
        return KAZAKH_PARAMETER_SETS.stream().filter(p -> p.oid().equals(oid)).findFirst();
    }

    /** The Kazakh parameter set with the same constants as a BouncyCastle curve (CryptoPro A, TC26 256 A or 512 A). */
    public static Optional<KazakhParameterSet> kazakhParameterSetOfCurve(ASN1ObjectIdentifier bouncyCastleOid) {
        return KAZAKH_PARAMETER_SETS.stream().filter(p -> p.bouncyCastleOid().equals(bouncyCastleOid)).findFirst();
    }
}
