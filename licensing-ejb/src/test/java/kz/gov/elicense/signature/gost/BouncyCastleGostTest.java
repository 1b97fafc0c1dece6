package kz.gov.elicense.signature.gost;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Date;
import java.util.Set;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cryptopro.ECGOST3410NamedCurves;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.crypto.digests.GOST3411_2012_256Digest;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECGOST3410_2012Signer;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.bouncycastle.jce.interfaces.ECPublicKey;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import kz.gov.elicense.signature.control.BouncyCastle;

/**
 * What BouncyCastle 1.86 does with GOST out of the box, on the Russian (CryptoPro / TC26) OIDs, through
 * {@code BouncyCastle.PROVIDER} only.
 */
class BouncyCastleGostTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] LICENCE = "Licence No. KZ-0001".getBytes(StandardCharsets.UTF_8);

    @Test
    void knowsTheCryptoProAndTc26ParameterSetsAndNoKazakhOne() {
        assertEquals(Set.of(
                "GostR3410-2001-CryptoPro-A", "GostR3410-2001-CryptoPro-B", "GostR3410-2001-CryptoPro-C",
                "GostR3410-2001-CryptoPro-XchA", "GostR3410-2001-CryptoPro-XchB",
                "Tc26-Gost-3410-12-256-paramSetA", "Tc26-Gost-3410-12-256-paramSetB",
                "Tc26-Gost-3410-12-256-paramSetC", "Tc26-Gost-3410-12-256-paramSetD",
                "Tc26-Gost-3410-12-512-paramSetA", "Tc26-Gost-3410-12-512-paramSetB",
                "Tc26-Gost-3410-12-512-paramSetC"), GostAlgorithms.bouncyCastleCurves());
        for (String kazakh : new String[]{"1.2.398.3.10.1.1.1.1.1", "1.2.398.3.10.1.1.2.1.1", "1.2.398.3.10.1.1.2.2.1"}) {
            assertNull(ECGOST3410NamedCurves.getByOIDX9(new ASN1ObjectIdentifier(kazakh)), kazakh);
            assertNull(ECGOST3410NamedCurves.getName(new ASN1ObjectIdentifier(kazakh)), kazakh);
            assertNull(ECNamedCurveTable.getParameterSpec(kazakh), kazakh);
        }
    }

    @Test
    void hasNoAlgorithmUnderAnyKazakhOid() {
        Set<String> kazakhServices = new java.util.TreeSet<>();
        BouncyCastle.PROVIDER.getServices().forEach(s -> {
            if (s.getAlgorithm().contains("1.2.398")) {
                kazakhServices.add(s.getType() + "." + s.getAlgorithm());
            }
        });
        BouncyCastle.PROVIDER.keySet().forEach(k -> {
            if (k.toString().contains("1.2.398")) {
                kazakhServices.add(k.toString());
            }
        });
        assertEquals(Set.of(), kazakhServices);
    }

    static String[] bouncyCastleCurves() {
        return GostAlgorithms.bouncyCastleCurves().toArray(String[]::new);
    }

    @ParameterizedTest
    @MethodSource("bouncyCastleCurves")
    void signsAndVerifiesRawOnEveryParameterSet(String curve) throws Exception {
        KeyPair keys = GostKeys.generate(curve, RANDOM);
        int size = curve.contains("-512-") ? 512 : 256;
        String[] names = curve.startsWith("GostR3410-2001")
                ? new String[]{"ECGOST3410", "GOST3411WITHECGOST3410", "1.2.643.2.2.3"}
                : new String[]{"ECGOST3410-2012-" + size, "GOST3411-2012-" + size + "WITHECGOST3410-2012-" + size,
                size == 256 ? "1.2.643.7.1.1.3.2" : "1.2.643.7.1.1.3.3"};
        for (String name : names) {
            Signature signer = Signature.getInstance(name, BouncyCastle.PROVIDER);
            signer.initSign(keys.getPrivate());
            signer.update(LICENCE);
            byte[] signature = signer.sign();
            assertEquals(2 * size / 8, signature.length, name + ": r and s of " + size + " bits");

            Signature verifier = Signature.getInstance(name, BouncyCastle.PROVIDER);
            verifier.initVerify(keys.getPublic());
            verifier.update(LICENCE);
            assertTrue(verifier.verify(signature), name + " on " + curve);
            verifier.initVerify(keys.getPublic());
            verifier.update("Licence No. KZ-0002".getBytes(StandardCharsets.UTF_8));
            assertFalse(verifier.verify(signature), name + " on " + curve + ": other content");
        }
    }

    @Test
    void theSignatureValueIsSThenRBigEndian() throws Exception {
        KeyPair keys = GostKeys.generate("Tc26-Gost-3410-12-256-paramSetA", RANDOM);
        Signature signer = Signature.getInstance("GOST3411-2012-256WITHECGOST3410-2012-256", BouncyCastle.PROVIDER);
        signer.initSign(keys.getPrivate());
        signer.update(LICENCE);
        byte[] signature = signer.sign();

        GOST3411_2012_256Digest digest = new GOST3411_2012_256Digest();
        digest.update(LICENCE, 0, LICENCE.length);
        byte[] hash = new byte[32];
        digest.doFinal(hash, 0);
        ECPublicKey publicKey = (ECPublicKey) keys.getPublic();
        ECGOST3410_2012Signer raw = new ECGOST3410_2012Signer();
        raw.init(false, new ECPublicKeyParameters(publicKey.getQ(), new ECDomainParameters(
                publicKey.getParameters().getCurve(), publicKey.getParameters().getG(), publicKey.getParameters().getN())));
        BigInteger first = new BigInteger(1, Arrays.copyOfRange(signature, 0, 32));
        BigInteger second = new BigInteger(1, Arrays.copyOfRange(signature, 32, 64));
        assertTrue(raw.verifySignature(hash, second, first), "verifySignature(hash, r, s): r is the second half");
    }

    @ParameterizedTest
    @EnumSource(value = GostAlgorithm.class, names = {"GOST_R_34_10_2001", "GOST_R_34_10_2012_256", "GOST_R_34_10_2012_512"})
    void buildsAndVerifiesASelfSignedCertificate(GostAlgorithm algorithm) throws Exception {
        KeyPair keys = GostKeys.generate(algorithm, RANDOM);
        X509Certificate certificate = selfSigned(algorithm, keys);

        assertEquals(algorithm.signatureOid().getId(), certificate.getSigAlgOID());
        assertEquals(algorithm.signatureOid().getId(), certificate.getSigAlgName(), "BouncyCastle has no name for it");
        certificate.verify(certificate.getPublicKey(), BouncyCastle.PROVIDER);
        assertEquals(keys.getPublic(), certificate.getPublicKey());
    }

    @ParameterizedTest
    @EnumSource(value = GostAlgorithm.class, names = {"GOST_R_34_10_2001", "GOST_R_34_10_2012_256", "GOST_R_34_10_2012_512"})
    void makesAndVerifiesADetachedCmsSignature(GostAlgorithm algorithm) throws Exception {
        KeyPair keys = GostKeys.generate(algorithm, RANDOM);
        X509Certificate certificate = selfSigned(algorithm, keys);
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                new JcaDigestCalculatorProviderBuilder().setProvider(BouncyCastle.PROVIDER).build())
                .build(new JcaContentSignerBuilder(algorithm.jcaSignatureAlgorithm().orElseThrow())
                        .setProvider(BouncyCastle.PROVIDER).build(keys.getPrivate()), certificate));
        generator.addCertificates(new JcaCertStore(java.util.List.of(certificate)));
        byte[] der = generator.generate(new CMSProcessableByteArray(LICENCE), false).getEncoded();

        CMSSignedData parsed = new CMSSignedData(new CMSProcessableByteArray(LICENCE), der);
        SignerInformation signer = parsed.getSignerInfos().getSigners().iterator().next();
        assertEquals(algorithm.digestOid().getId(), signer.getDigestAlgOID());
        // RFC 4490: the SignerInfo's signatureAlgorithm is the key's OID, not the signature's
        assertEquals(algorithm.keyAlgorithmOid().getId(), signer.getEncryptionAlgOID());
        assertEquals(java.util.Optional.of(algorithm), GostAlgorithms.bySignatureOid(signer.getEncryptionAlgOID()));
        X509CertificateHolder enclosed = (X509CertificateHolder) parsed.getCertificates().getMatches(signer.getSID())
                .iterator().next();
        assertTrue(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BouncyCastle.PROVIDER).build(enclosed)));
        assertTrue(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BouncyCastle.PROVIDER)
                .build(keys.getPublic())));
        // the same through this package's operators, which delegate the Russian OIDs to BouncyCastle
        assertTrue(signer.verify(GostOperators.signerInformationVerifier(enclosed.getSubjectPublicKeyInfo())));

        SignerInformation altered = new CMSSignedData(new CMSProcessableByteArray("Licence No. KZ-0002"
                .getBytes(StandardCharsets.UTF_8)), der).getSignerInfos().getSigners().iterator().next();
        assertThrows(CMSSignerDigestMismatchException.class, () -> altered.verify(
                new JcaSimpleSignerInfoVerifierBuilder().setProvider(BouncyCastle.PROVIDER).build(keys.getPublic())));
    }

    @Test
    void theRussianOperatorsProduceWhatTheJcaBuildersProduce() throws Exception {
        KeyPair keys = GostKeys.generate(GostAlgorithm.GOST_R_34_10_2012_512, RANDOM);
        X509CertificateHolder holder = new JcaX509v3CertificateBuilder(new X500Name("CN=GOST 2012 512"), BigInteger.ONE,
                new Date(), Date.from(Instant.now().plus(1, ChronoUnit.DAYS)), new X500Name("CN=GOST 2012 512"),
                keys.getPublic()).build(GostOperators.contentSigner(GostAlgorithm.GOST_R_34_10_2012_512, keys.getPrivate()));
        assertEquals(GostAlgorithm.GOST_R_34_10_2012_512.signatureOid(), holder.getSignatureAlgorithm().getAlgorithm());
        assertTrue(holder.isSignatureValid(GostOperators.contentVerifierProvider(holder.getSubjectPublicKeyInfo())));
        assertArrayEquals(keys.getPublic().getEncoded(), holder.getSubjectPublicKeyInfo().getEncoded());
    }

    private static X509Certificate selfSigned(GostAlgorithm algorithm, KeyPair keys) throws Exception {
        X500Name name = new X500Name("CN=" + algorithm.displayName() + ", C=KZ");
        Instant now = Instant.now();
        X509CertificateHolder holder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(1, ChronoUnit.HOURS)), Date.from(now.plus(1, ChronoUnit.DAYS)), name, keys.getPublic())
                .build(new JcaContentSignerBuilder(algorithm.jcaSignatureAlgorithm().orElseThrow())
                        .setProvider(BouncyCastle.PROVIDER).build(keys.getPrivate()));
        return new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER).getCertificate(holder);
    }
}
