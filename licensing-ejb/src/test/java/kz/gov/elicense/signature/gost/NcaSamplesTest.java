package kz.gov.elicense.signature.gost;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cryptopro.GOST3410PublicKeyAlgParameters;
import org.bouncycastle.asn1.rosstandart.RosstandartObjectIdentifiers;
import org.bouncycastle.cert.CertException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.GOST3411Digest;
import org.bouncycastle.crypto.engines.GOST28147Engine;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.junit.jupiter.api.Test;

import kz.gov.elicense.signature.control.BouncyCastle;

/**
 * Real NCA RK signatures ({@link NcaSamples}): what BouncyCastle alone does with them, and that this package's
 * mapping verifies them, which proves the curve, the digest and the byte order NCA RK uses.
 */
class NcaSamplesTest {

    private static final X509CertificateHolder INTERMEDIATE_2004 = NcaSamples.certificate(NcaSamples.GOST_2004_INTERMEDIATE);
    private static final X509CertificateHolder END_ENTITY_2004 = NcaSamples.certificate(NcaSamples.GOST_2004_END_ENTITY);

    // ---- GOST 34.10-2015 512 bit: the CMS made by KalkanCrypt

    @Test
    void theKalkanCmsUsesTheKazakhOids() {
        SignerInformation signer = gostSigner(NcaSamples.cms());
        assertEquals("1.2.398.3.10.1.3.3", signer.getDigestAlgOID());
        assertEquals("1.2.398.3.10.1.1.2.3.2", signer.getEncryptionAlgOID());
        X509CertificateHolder certificate = certificateOf(NcaSamples.cms(), signer);
        assertEquals("1.2.398.3.10.1.1.2.2", certificate.getSubjectPublicKeyInfo().getAlgorithm().getAlgorithm().getId());
        assertEquals("[1.2.398.3.10.1.1.2.2.1, 1.2.398.3.10.1.3.3]",
                certificate.getSubjectPublicKeyInfo().getAlgorithm().getParameters().toString());
    }

    @Test
    void bouncyCastleAloneCannotVerifyTheKalkanCms() throws Exception {
        CMSSignedData cms = NcaSamples.cms();
        SignerInformation signer = gostSigner(cms);
        X509CertificateHolder certificate = certificateOf(cms, signer);

        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> signer.verify(
                new JcaSimpleSignerInfoVerifierBuilder().setProvider(BouncyCastle.PROVIDER).build(certificate)));
        assertEquals("Unknown signature type requested: 1.2.398.3.10.1.3.3with1.2.398.3.10.1.1.2.3.2", unknown.getMessage());

        X509Certificate jca = new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER).getCertificate(certificate);
        assertNull(jca.getPublicKey(), "BouncyCastle parses the certificate but silently has no key for it");

        InvalidKeySpecException key = assertThrows(InvalidKeySpecException.class, () ->
                KeyFactory.getInstance("ECGOST3410-2012", BouncyCastle.PROVIDER)
                        .generatePublic(new X509EncodedKeySpec(certificate.getSubjectPublicKeyInfo().getEncoded())));
        assertEquals("encoded key spec not recognized: algorithm identifier 1.2.398.3.10.1.1.2.2 in key not recognised",
                key.getMessage());

        for (String oid : List.of("1.2.398.3.10.1.1.2.3.2", "1.2.398.3.10.1.1.2.3.1", "1.2.398.3.10.1.1.1.2")) {
            NoSuchAlgorithmException none = assertThrows(NoSuchAlgorithmException.class,
                    () -> Signature.getInstance(oid, BouncyCastle.PROVIDER));
            assertEquals("no such algorithm: " + oid + " for provider BC", none.getMessage());
        }
        for (String oid : List.of("1.2.398.3.10.1.3.1", "1.2.398.3.10.1.3.2", "1.2.398.3.10.1.3.3")) {
            assertThrows(NoSuchAlgorithmException.class, () -> MessageDigest.getInstance(oid, BouncyCastle.PROVIDER));
        }
    }

    @Test
    void verifiesTheKalkanCmsWithThisPackagesOperators() throws Exception {
        CMSSignedData cms = NcaSamples.cms();
        SignerInformation signer = gostSigner(cms);
        X509CertificateHolder certificate = certificateOf(cms, signer);

        assertTrue(signer.verify(GostOperators.signerInformationVerifier(certificate.getSubjectPublicKeyInfo())));
        // the other signer of the same CMS, RSA, through the same operators
        SignerInformation rsa = cms.getSignerInfos().getSigners().stream()
                .filter(s -> !s.getDigestAlgOID().startsWith("1.2.398")).findFirst().orElseThrow();
        assertTrue(rsa.verify(GostOperators.signerInformationVerifier(certificateOf(cms, rsa).getSubjectPublicKeyInfo())));
    }

    @Test
    void theKalkanCmsDoesNotVerifyOverOtherContentOrWithAnotherKey() throws Exception {
        CMSSignedData cms = NcaSamples.cms();
        byte[] otherContent = "test124".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        CMSSignedData altered = new CMSSignedData(new CMSProcessableByteArray(otherContent), cms.toASN1Structure());
        SignerInformation signer = gostSigner(altered);
        X509CertificateHolder certificate = certificateOf(cms, gostSigner(cms));
        assertThrows(CMSSignerDigestMismatchException.class,
                () -> signer.verify(GostOperators.signerInformationVerifier(certificate.getSubjectPublicKeyInfo())));

        SignerInformation original = gostSigner(cms);
        CMSException wrongKey = assertThrows(CMSException.class,
                () -> original.verify(GostOperators.signerInformationVerifier(INTERMEDIATE_2004.getSubjectPublicKeyInfo())));
        assertEquals("can't create content verifier: The signature algorithm 1.2.398.3.10.1.1.2.3.2 (GOST 34.10-2015"
                + " (512 bit) with GOST 34.11-2015 (512 bit) (NCA RK)) does not match the NCA RK key (GOST 34.310-2004"
                + " with GOST 34.311-95 (NCA RK))", wrongKey.getMessage());
    }

    @Test
    void theKazakhDigestIsStreebogAndTheKeyIsOnTc26512A() throws Exception {
        SignerInformation signer = gostSigner(NcaSamples.cms());
        byte[] messageDigest = ASN1OctetString.getInstance(signer.getSignedAttributes().get(CMSAttributes.messageDigest)
                .getAttrValues().getObjectAt(0)).getOctets();
        assertArrayEquals(MessageDigest.getInstance("GOST3411-2012-512", BouncyCastle.PROVIDER).digest(NcaSamples.CMS_CONTENT),
                messageDigest);
        PublicKey key = GostKeys.publicKey(certificateOf(NcaSamples.cms(), signer).getSubjectPublicKeyInfo());
        assertEquals("ECGOST3410-2012", key.getAlgorithm());
        assertEquals(RosstandartObjectIdentifiers.id_tc26_gost_3410_12_512_paramSetA, GOST3410PublicKeyAlgParameters
                .getInstance(GostKeys.toBouncyCastleForm(certificateOf(NcaSamples.cms(), signer).getSubjectPublicKeyInfo())
                        .getAlgorithm().getParameters()).getPublicKeyParamSet());
    }

    @Test
    void kalkanWritesTheSignatureValueByteReversedAgainstBouncyCastle() throws Exception {
        SignerInformation signer = gostSigner(NcaSamples.cms());
        PublicKey key = GostKeys.publicKey(certificateOf(NcaSamples.cms(), signer).getSubjectPublicKeyInfo());
        Signature jca = Signature.getInstance("GOST3411-2012-512WITHECGOST3410-2012-512", BouncyCastle.PROVIDER);

        jca.initVerify(key);
        jca.update(signer.getEncodedSignedAttributes());
        assertFalse(jca.verify(signer.getSignature()), "as KalkanCrypt wrote it");

        jca.initVerify(key);
        jca.update(signer.getEncodedSignedAttributes());
        assertTrue(jca.verify(GostKeys.reverse(signer.getSignature())), "byte-reversed");
    }

    // ---- GOST 34.310-2004: a certificate signed by an NCA RK test CA

    @Test
    void bouncyCastleAloneCannotVerifyTheGost2004Certificate() throws Exception {
        assertEquals("1.2.398.3.10.1.1.1.2", END_ENTITY_2004.getSignatureAlgorithm().getAlgorithm().getId());
        assertEquals("[1.2.398.3.10.1.1.1.1.1, 1.2.398.3.10.1.3.1.1.0]",
                INTERMEDIATE_2004.getSubjectPublicKeyInfo().getAlgorithm().getParameters().toString());

        OperatorCreationException key = assertThrows(OperatorCreationException.class, () ->
                new JcaContentVerifierProviderBuilder().setProvider(BouncyCastle.PROVIDER)
                        .build(INTERMEDIATE_2004.getSubjectPublicKeyInfo()));
        assertEquals("cannot create key factory: no such algorithm: 1.2.398.3.10.1.1.1.1 for provider BC", key.getMessage());

        // even with a key BouncyCastle can read, the signature OID is unknown to it
        PublicKey translated = GostKeys.publicKey(INTERMEDIATE_2004.getSubjectPublicKeyInfo());
        CertException signature = assertThrows(CertException.class, () -> END_ENTITY_2004.isSignatureValid(
                new JcaContentVerifierProviderBuilder().setProvider(BouncyCastle.PROVIDER).build(translated)));
        assertEquals("unable to process signature: exception on setup: java.security.NoSuchAlgorithmException:"
                + " no such algorithm: 1.2.398.3.10.1.1.1.2 for provider BC", signature.getMessage());
    }

    @Test
    void bouncyCastlesPkixCannotBuildAPathThroughNcaGostCertificates() throws Exception {
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER);
        X509Certificate anchor = converter.getCertificate(INTERMEDIATE_2004);
        X509Certificate target = converter.getCertificate(END_ENTITY_2004);
        X509CertSelector selector = new X509CertSelector();
        selector.setCertificate(target);
        PKIXBuilderParameters parameters = new PKIXBuilderParameters(Set.of(new TrustAnchor(anchor, null)), selector);
        parameters.setRevocationEnabled(false);
        parameters.setDate(Date.from(Instant.parse("2022-06-01T00:00:00Z")));
        parameters.addCertStore(CertStore.getInstance("Collection",
                new CollectionCertStoreParameters(List.of(target)), BouncyCastle.PROVIDER));

        CertPathBuilderException e = assertThrows(CertPathBuilderException.class,
                () -> CertPathBuilder.getInstance("PKIX", BouncyCastle.PROVIDER).build(parameters));
        // the anchor's X509Certificate.getPublicKey() is null: "Subject public key cannot be decoded." after an NPE
        assertTrue(describe(e).contains("Subject public key cannot be decoded."), describe(e));
    }

    @Test
    void verifiesTheGost2004CertificateWithThisPackagesOperators() throws Exception {
        assertTrue(END_ENTITY_2004.isSignatureValid(
                GostOperators.contentVerifierProvider(INTERMEDIATE_2004.getSubjectPublicKeyInfo())));
        // and not with the end entity's own key, nor with a 2015 key
        assertFalse(END_ENTITY_2004.isSignatureValid(
                GostOperators.contentVerifierProvider(END_ENTITY_2004.getSubjectPublicKeyInfo())));
        X509CertificateHolder gost2015 = certificateOf(NcaSamples.cms(), gostSigner(NcaSamples.cms()));
        assertThrows(CertException.class, () -> END_ENTITY_2004.isSignatureValid(
                GostOperators.contentVerifierProvider(gost2015.getSubjectPublicKeyInfo())));
    }

    @Test
    void gost34311IsGostR341194WithTheTestSBoxNotTheCryptoProOne() throws Exception {
        byte[] tbs = END_ENTITY_2004.toASN1Structure().getTBSCertificate().getEncoded(ASN1Encoding.DER);
        byte[] signature = GostKeys.reverse(END_ENTITY_2004.getSignature());
        PublicKey issuerKey = GostKeys.publicKey(INTERMEDIATE_2004.getSubjectPublicKeyInfo());
        assertEquals("ECGOST3410", issuerKey.getAlgorithm());

        Signature withCryptoProDigest = Signature.getInstance("GOST3411WITHECGOST3410", BouncyCastle.PROVIDER);
        withCryptoProDigest.initVerify(issuerKey);
        withCryptoProDigest.update(tbs);
        assertFalse(withCryptoProDigest.verify(signature), "BouncyCastle's GOST3411 has the CryptoPro S-box (D-A)");

        for (String sBox : List.of("D-A", "D-Test")) {
            Digest digest = new GOST3411Digest(GOST28147Engine.getSBox(sBox));
            digest.update(tbs, 0, tbs.length);
            byte[] hash = new byte[32];
            digest.doFinal(hash, 0);
            Signature overHash = Signature.getInstance("NONEWITHECGOST3410", BouncyCastle.PROVIDER);
            overHash.initVerify(issuerKey);
            overHash.update(hash);
            assertEquals(sBox.equals("D-Test"), overHash.verify(signature), sBox);
        }
    }

    private static SignerInformation gostSigner(CMSSignedData cms) {
        return cms.getSignerInfos().getSigners().stream().filter(s -> s.getDigestAlgOID().startsWith("1.2.398"))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static X509CertificateHolder certificateOf(CMSSignedData cms, SignerInformation signer) {
        return (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID()).iterator().next();
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append(t.getCause() != null ? " <- " : "");
        }
        return text.toString();
    }
}
