package kz.gov.elicense.signature.gost;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.X509EncodedKeySpec;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.cryptopro.CryptoProObjectIdentifiers;
import org.bouncycastle.asn1.cryptopro.GOST3410PublicKeyAlgParameters;
import org.bouncycastle.asn1.rosstandart.RosstandartObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.jce.spec.ECNamedCurveGenParameterSpec;
import org.bouncycastle.util.Arrays;

import kz.gov.elicense.signature.control.BouncyCastle;
import kz.gov.elicense.signature.gost.GostAlgorithms.KazakhParameterSet;

/**
 * GOST keys between their NCA RK form and BouncyCastle's.
 * <p>
 * An NCA RK GOST public key differs from a Russian one only by its OIDs: the {@code SubjectPublicKeyInfo}
 * algorithm is {@code 1.2.398.3.10.1.1.1.1} (2004) or {@code 1.2.398.3.10.1.1.2.1 / .2.2} (2015, 256 / 512),
 * its parameters {@code SEQUENCE { parameter-set OID, digest OID }} with {@code 1.2.398.…} OIDs, and the key
 * itself the same {@code OCTET STRING} of x and y, little-endian. BouncyCastle's {@code KeyFactory} rejects
 * it ("algorithm identifier 1.2.398.3.10.1.1.2.2 in key not recognised"), so it is rewritten to the Russian
 * OIDs of the curve with the same constants.
 * <p>
 * Stateless; all methods are thread-safe.
 */
public final class GostKeys {

    private GostKeys() {
    }

    /**
     * @return {@code key} with its NCA RK OIDs replaced by BouncyCastle's; any other key unchanged
     * @throws InvalidKeyException if it is an NCA RK key on a parameter set not known here
     */
    public static SubjectPublicKeyInfo toBouncyCastleForm(SubjectPublicKeyInfo key) throws InvalidKeyException {
        ASN1ObjectIdentifier algorithm = key.getAlgorithm().getAlgorithm();
        if (GostAlgorithms.kazakhByKeyAlgorithmOid(algorithm).isEmpty()) {
            return key;
        }
        KazakhParameterSet parameterSet = kazakhParameterSet(key);
        GostAlgorithm russian = bouncyCastleCounterpart(parameterSet.algorithm());
        return new SubjectPublicKeyInfo(new AlgorithmIdentifier(russian.keyAlgorithmOid(),
                new GOST3410PublicKeyAlgParameters(parameterSet.bouncyCastleOid(), russianDigestParameterSet(russian))),
                key.getPublicKeyData());
    }

    /** The NCA RK parameter set of an NCA RK key. */
    public static KazakhParameterSet kazakhParameterSet(SubjectPublicKeyInfo key) throws InvalidKeyException {
        ASN1ObjectIdentifier algorithm = key.getAlgorithm().getAlgorithm();
        ASN1Encodable parameters = key.getAlgorithm().getParameters();
        ASN1ObjectIdentifier parameterSetOid;
        try {
            parameterSetOid = ASN1ObjectIdentifier.getInstance(ASN1Sequence.getInstance(parameters).getObjectAt(0));
        } catch (RuntimeException e) {
            throw new InvalidKeyException("The parameters of the NCA RK GOST key " + algorithm
                    + " are not SEQUENCE { parameter-set OID, digest OID }: " + parameters, e);
        }
        KazakhParameterSet parameterSet = GostAlgorithms.kazakhParameterSet(parameterSetOid).orElseThrow(() ->
                new InvalidKeyException("Unknown NCA RK GOST parameter set " + parameterSetOid + " of a key "
                        + algorithm + "; known: " + GostAlgorithms.kazakhParameterSets().stream()
                        .map(p -> p.oid() + " (" + p.bouncyCastleCurve() + ")").toList()));
        if (!parameterSet.algorithm().keyAlgorithmOid().equals(algorithm)) {
            throw new InvalidKeyException("The NCA RK parameter set " + parameterSetOid + " belongs to keys "
                    + parameterSet.algorithm().keyAlgorithmOid() + ", not " + algorithm);
        }
        return parameterSet;
    }

    /**
     * A BouncyCastle JCA public key (from {@code BouncyCastle.PROVIDER}) for a GOST key in NCA RK or Russian form.
     *
     * @throws InvalidKeyException if it is no GOST key BouncyCastle can read
     */
    public static PublicKey publicKey(SubjectPublicKeyInfo key) throws InvalidKeyException {
        SubjectPublicKeyInfo bouncyCastleForm = toBouncyCastleForm(key);
        String algorithm = bouncyCastleForm.getAlgorithm().getAlgorithm().getId();
        try {
            return KeyFactory.getInstance(algorithm, BouncyCastle.PROVIDER)
                    .generatePublic(new X509EncodedKeySpec(bouncyCastleForm.getEncoded()));
        } catch (GeneralSecurityException | IOException e) {
            throw new InvalidKeyException("Not a GOST public key BouncyCastle can read (" + algorithm + "): "
                    + e.getMessage(), e);
        }
    }

    /**
     * The NCA RK form of a BouncyCastle GOST public key on CryptoPro A, TC26 256 A or TC26 512 A, e.g. for a
     * certificate with NCA RK OIDs.
     *
     * @throws InvalidKeyException if the key is on another curve, which has no NCA RK OID
     */
    public static SubjectPublicKeyInfo kazakhSubjectPublicKeyInfo(PublicKey key) throws InvalidKeyException {
        SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(key.getEncoded());
        ASN1ObjectIdentifier curve;
        try {
            curve = GOST3410PublicKeyAlgParameters.getInstance(info.getAlgorithm().getParameters()).getPublicKeyParamSet();
        } catch (RuntimeException e) {
            throw new InvalidKeyException("Not a GOST key with a named parameter set: " + info.getAlgorithm().getAlgorithm(), e);
        }
        KazakhParameterSet parameterSet = GostAlgorithms.kazakhParameterSetOfCurve(curve).orElseThrow(() ->
                new InvalidKeyException("The curve " + curve + " has no NCA RK OID; NCA RK uses "
                        + GostAlgorithms.kazakhParameterSets().stream().map(KazakhParameterSet::bouncyCastleCurve).toList()));
        return new SubjectPublicKeyInfo(new AlgorithmIdentifier(parameterSet.algorithm().keyAlgorithmOid(),
                new DERSequence(new ASN1Encodable[]{parameterSet.oid(), parameterSet.digestParameterOid()})),
                info.getPublicKeyData());
    }

    /**
     * A new key pair from {@code BouncyCastle.PROVIDER} on a curve of {@link GostAlgorithms#bouncyCastleCurves()}.
     */
    public static KeyPair generate(String bouncyCastleCurve, SecureRandom random) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(
                bouncyCastleCurve.startsWith("GostR3410-2001") ? "ECGOST3410" : "ECGOST3410-2012", BouncyCastle.PROVIDER);
        generator.initialize(new ECNamedCurveGenParameterSpec(bouncyCastleCurve), random);
        return generator.generateKeyPair();
    }

    /** A new key pair on the curve NCA RK uses with the algorithm (CryptoPro A / TC26 A for the Russian ones). */
    public static KeyPair generate(GostAlgorithm algorithm, SecureRandom random) throws GeneralSecurityException {
        return generate(switch (algorithm) {
            case GOST_R_34_10_2001, KZ_GOST_34_310_2004 -> "GostR3410-2001-CryptoPro-A";
            case GOST_R_34_10_2012_256, KZ_GOST_34_10_2015_256 -> "Tc26-Gost-3410-12-256-paramSetA";
            case GOST_R_34_10_2012_512, KZ_GOST_34_10_2015_512 -> "Tc26-Gost-3410-12-512-paramSetA";
        }, random);
    }

    /**
     * Reverses a signature value between the NCA RK byte order (r then s, each little-endian, as KalkanCrypt
     * writes it) and BouncyCastle's (s then r, each big-endian, RFC 4491 / RFC 7091).
     */
    public static byte[] reverse(byte[] signature) {
        return Arrays.reverse(signature);
    }

    /** The algorithm BouncyCastle implements for a Kazakh one; the Russian ones map to themselves. */
    static GostAlgorithm bouncyCastleCounterpart(GostAlgorithm algorithm) {
        return switch (algorithm) {
            case GOST_R_34_10_2001, KZ_GOST_34_310_2004 -> GostAlgorithm.GOST_R_34_10_2001;
            case GOST_R_34_10_2012_256, KZ_GOST_34_10_2015_256 -> GostAlgorithm.GOST_R_34_10_2012_256;
            case GOST_R_34_10_2012_512, KZ_GOST_34_10_2015_512 -> GostAlgorithm.GOST_R_34_10_2012_512;
        };
    }

    /** The field size of a JCA EC key (256 or 512 for GOST), or 0 if it cannot be told. */
    static int fieldSize(Key key) {
        if (key instanceof java.security.interfaces.ECKey ec && ec.getParams() != null) {
            return ec.getParams().getCurve().getField().getFieldSize();
        }
        if (key instanceof org.bouncycastle.jce.interfaces.ECKey ec && ec.getParameters() != null) {
            return ec.getParameters().getCurve().getFieldSize();
        }
        return 0;
    }

    private static ASN1ObjectIdentifier russianDigestParameterSet(GostAlgorithm russian) {
        return switch (russian) {
            case GOST_R_34_10_2001 -> CryptoProObjectIdentifiers.gostR3411_94_CryptoProParamSet;
            case GOST_R_34_10_2012_256 -> RosstandartObjectIdentifiers.id_tc26_gost_3411_12_256;
            default -> RosstandartObjectIdentifiers.id_tc26_gost_3411_12_512;
        };
    }
}
