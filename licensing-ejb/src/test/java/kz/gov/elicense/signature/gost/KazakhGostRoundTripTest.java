package kz.gov.elicense.signature.gost;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.operator.OperatorCreationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * NCA RK OIDs on BouncyCastle keys: certificates and CMS signatures in the form KalkanCrypt writes and reads.
 * That KalkanCrypt's own signatures verify the same way is {@link NcaSamplesTest}.
 */
class KazakhGostRoundTripTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] LICENCE = "Licence No. KZ-0001".getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest
    @EnumSource(value = GostAlgorithm.class, names = "KZ_.*", mode = EnumSource.Mode.MATCH_ANY)
    void buildsAndVerifiesASelfSignedCertificateWithNcaOids(GostAlgorithm algorithm) throws Exception {
        KeyPair keys = GostKeys.generate(algorithm, RANDOM);
        X509CertificateHolder certificate = selfSigned(algorithm, keys);

        assertEquals(algorithm.signatureOid(), certificate.getSignatureAlgorithm().getAlgorithm());
        assertEquals(DERNull.INSTANCE, certificate.getSignatureAlgorithm().getParameters());
        assertEquals(algorithm.keyAlgorithmOid(), certificate.getSubjectPublicKeyInfo().getAlgorithm().getAlgorithm());
        assertEquals(algorithm.keySize() / 4, certificate.getSignature().length, "r and s");
        assertTrue(certificate.isSignatureValid(GostOperators.contentVerifierProvider(certificate.getSubjectPublicKeyInfo())));
        assertEquals(keys.getPublic(), GostKeys.publicKey(certificate.getSubjectPublicKeyInfo()));
    }

    @ParameterizedTest
    @EnumSource(value = GostAlgorithm.class, names = "KZ_.*", mode = EnumSource.Mode.MATCH_ANY)
    void aTamperedCertificateDoesNotVerify(GostAlgorithm algorithm) throws Exception {
        KeyPair keys = GostKeys.generate(algorithm, RANDOM);
        byte[] der = selfSigned(algorithm, keys).getEncoded();
        der[der.length - 5] ^= 0x01; // in the signature value
        X509CertificateHolder tampered = new X509CertificateHolder(der);
        assertFalse(tampered.isSignatureValid(GostOperators.contentVerifierProvider(tampered.getSubjectPublicKeyInfo())));
    }

    @ParameterizedTest
    @EnumSource(value = GostAlgorithm.class, names = "KZ_.*", mode = EnumSource.Mode.MATCH_ANY)
    void makesAndVerifiesADetachedCmsSignatureWithNcaOids(GostAlgorithm algorithm) throws Exception {
        KeyPair keys = GostKeys.generate(algorithm, RANDOM);
        X509CertificateHolder certificate = selfSigned(algorithm, keys);
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(GostOperators.signerInfoGenerator(algorithm, keys.getPrivate(), certificate));
        generator.addCertificates(new JcaCertStore(java.util.List.of(certificate)));
        byte[] der = generator.generate(new CMSProcessableByteArray(LICENCE), false).getEncoded();

        CMSSignedData parsed = new CMSSignedData(new CMSProcessableByteArray(LICENCE), der);
        assertNull(new CMSSignedData(der).getSignedContent(), "detached");
        assertEquals(algorithm.digestOid(), parsed.getDigestAlgorithmIDs().iterator().next().getAlgorithm());
        SignerInformation signer = parsed.getSignerInfos().getSigners().iterator().next();
        assertEquals(algorithm.digestOid().getId(), signer.getDigestAlgOID());
        assertEquals(algorithm.signatureOid().getId(), signer.getEncryptionAlgOID());
        X509CertificateHolder enclosed = (X509CertificateHolder) parsed.getCertificates().getMatches(signer.getSID())
                .iterator().next();
        assertTrue(signer.verify(GostOperators.signerInformationVerifier(enclosed.getSubjectPublicKeyInfo())));

        SignerInformation altered = new CMSSignedData(new CMSProcessableByteArray(
                "Licence No. KZ-0002".getBytes(StandardCharsets.UTF_8)), der).getSignerInfos().getSigners().iterator().next();
        assertThrows(CMSSignerDigestMismatchException.class,
                () -> altered.verify(GostOperators.signerInformationVerifier(enclosed.getSubjectPublicKeyInfo())));
    }

    @Test
    void theNcaKeyFormDiffersFromBouncyCastlesOnlyByTheOids() throws Exception {
        KeyPair keys = GostKeys.generate(GostAlgorithm.KZ_GOST_34_10_2015_512, RANDOM);
        SubjectPublicKeyInfo kazakh = GostKeys.kazakhSubjectPublicKeyInfo(keys.getPublic());
        SubjectPublicKeyInfo bouncyCastle = SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded());

        assertEquals("1.2.398.3.10.1.1.2.2", kazakh.getAlgorithm().getAlgorithm().getId());
        assertEquals("[1.2.398.3.10.1.1.2.2.1, 1.2.398.3.10.1.3.3]", kazakh.getAlgorithm().getParameters().toString());
        assertArrayEquals(bouncyCastle.getPublicKeyData().getBytes(), kazakh.getPublicKeyData().getBytes());
        assertEquals(bouncyCastle.getAlgorithm().getAlgorithm(),
                GostKeys.toBouncyCastleForm(kazakh).getAlgorithm().getAlgorithm());
    }

    @Test
    void aKeyOnACurveWithoutAnNcaOidHasNoNcaForm() throws Exception {
        KeyPair keys = GostKeys.generate("Tc26-Gost-3410-12-256-paramSetB", RANDOM);
        InvalidKeyException e = assertThrows(InvalidKeyException.class, () -> GostKeys.kazakhSubjectPublicKeyInfo(keys.getPublic()));
        assertTrue(e.getMessage().startsWith("The curve 1.2.643.7.1.2.1.1.2 has no NCA RK OID"), e.getMessage());
    }

    @Test
    void refusesAKeyOfTheWrongSize() throws Exception {
        KeyPair keys = GostKeys.generate(GostAlgorithm.KZ_GOST_34_10_2015_256, RANDOM);
        OperatorCreationException e = assertThrows(OperatorCreationException.class,
                () -> GostOperators.contentSigner(GostAlgorithm.KZ_GOST_34_10_2015_512, keys.getPrivate()));
        assertTrue(e.getMessage().endsWith("needs a 512-bit key, not a 256-bit one"), e.getMessage());
    }

    private static X509CertificateHolder selfSigned(GostAlgorithm algorithm, KeyPair keys) throws Exception {
        X500Name name = new X500Name("CN=" + algorithm.name() + ", C=KZ");
        Instant now = Instant.now();
        return new X509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(1, ChronoUnit.HOURS)), Date.from(now.plus(1, ChronoUnit.DAYS)), name,
                GostKeys.kazakhSubjectPublicKeyInfo(keys.getPublic()))
                .build(GostOperators.contentSigner(algorithm, keys.getPrivate()));
    }
}
