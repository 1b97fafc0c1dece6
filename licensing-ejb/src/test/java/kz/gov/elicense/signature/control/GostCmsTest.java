package kz.gov.elicense.signature.control;

import static kz.gov.elicense.signature.control.CadesTestPki.BIN;
import static kz.gov.elicense.signature.control.CadesTestPki.IIN;
import static kz.gov.elicense.signature.control.CadesTestPki.at;
import static kz.gov.elicense.signature.control.GostTestPki.CA_USAGE;
import static kz.gov.elicense.signature.control.GostTestPki.SIGNING;
import static kz.gov.elicense.signature.control.GostTestPki.T0;
import static kz.gov.elicense.signature.control.GostTestPki.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralSubtree;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.NameConstraints;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import kz.gov.elicense.signature.entity.ExpectedSigner;
import kz.gov.elicense.signature.entity.KeyUser;
import kz.gov.elicense.signature.entity.RevocationEvidence;
import kz.gov.elicense.signature.entity.RevocationStatus;
import kz.gov.elicense.signature.entity.SignatureFailure;
import kz.gov.elicense.signature.entity.SignatureVerification;
import kz.gov.elicense.signature.entity.SignerIdentity;
import kz.gov.elicense.signature.entity.VerificationStatus;
import kz.gov.elicense.signature.gost.GostAlgorithm;
import kz.gov.elicense.signature.gost.GostAlgorithms;
import kz.gov.elicense.signature.gost.GostOperators;

/**
 * GOST signatures end to end: {@link CmsSigner} signs with GOST keys under certificates with the NCA RK OIDs (and
 * the Russian ones), {@link CmsSignatureVerifier} verifies them through {@code GostOperators} and builds their
 * certificate paths itself ({@link CertificatePaths}), with the same failure codes as for RSA and EC.
 */
class GostCmsTest {

    private static final byte[] FORM = "{\"licence\":\"KZ-0001\",\"activity\":\"security\"}".getBytes(StandardCharsets.UTF_8);
    private static final Instant SOON_AFTER = T0.plus(Duration.ofHours(1));

    private static final CadesTestPki EC = new CadesTestPki();
    private static final Map<GostAlgorithm, GostTestPki> PKIS = new EnumMap<>(GostAlgorithm.class);

    private static synchronized GostTestPki pki(GostAlgorithm algorithm) {
        return PKIS.computeIfAbsent(algorithm, a -> new GostTestPki(a, EC));
    }

    private static GostTestPki kazakh2004() {
        return pki(GostAlgorithm.KZ_GOST_34_310_2004);
    }

    private static GostTestPki kazakh2015() {
        return pki(GostAlgorithm.KZ_GOST_34_10_2015_512);
    }

    // ---- valid

    @ParameterizedTest
    @EnumSource(value = GostAlgorithm.class, names = {"KZ_GOST_34_310_2004", "KZ_GOST_34_10_2015_512", "GOST_R_34_10_2012_512"})
    void signsAndVerifiesWithTheSignersIdentity(GostAlgorithm algorithm) throws Exception {
        GostTestPki pki = pki(algorithm);
        SigningKey head = pki.head();
        byte[] cms = new CmsSigner(at(T0)).signDetached(FORM, head);

        SignerInformation signerInfo = signerInfo(cms);
        assertEquals(algorithm.digestOid().getId(), signerInfo.getDigestAlgOID());
        assertEquals(algorithm, GostAlgorithms.bySignatureOid(signerInfo.getEncryptionAlgOID()).orElseThrow(),
                signerInfo.getEncryptionAlgOID());
        if (algorithm.kazakh()) {
            assertEquals(algorithm.signatureOid().getId(), signerInfo.getEncryptionAlgOID(), "as KalkanCrypt writes it");
        }
        assertEquals(T0, Time.getInstance(signerInfo.getSignedAttributes().get(CMSAttributes.signingTime)
                .getAttrValues().getObjectAt(0)).getDate().toInstant());
        assertNotNull(signerInfo.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2));
        assertEquals(2, new CMSSignedData(cms).getCertificates().getMatches(null).size(), "the signer's and the issuing CA's");

        SignatureVerification result = verifier(pki, SOON_AFTER).verifyDetached(FORM, cms,
                ExpectedSigner.organisationSignatory(BIN));
        assertEquals(VerificationStatus.VALID, result.status(), result.reason());
        SignerIdentity signer = result.signer();
        assertEquals(IIN, signer.iin());
        assertEquals(BIN, signer.bin());
        assertEquals("Тестов Тест", signer.commonName());
        assertEquals(pki.issuing.certificate().getSubjectX500Principal().getName(), signer.issuerDn());
        assertEquals(head.certificate().getSerialNumber().toString(16), signer.certificateSerial().toLowerCase());
        assertTrue(signer.keyUsers().contains(KeyUser.CEO), signer.keyUsers().toString());
        assertEquals(T0, result.signingTime());
        assertFalse(result.timeStamped());
        assertEquals(3, result.material().certificates().size(), "signer, issuing CA and root: " + result.reason());
    }

    @Test
    void theKazakhCertificatesHaveNoJcaKeyAndStillVerify() {
        SigningKey head = kazakh2015().head();
        assertNull(head.certificate().getPublicKey(), "BouncyCastle has no PublicKey for an NCA RK key");
        assertNull(kazakh2015().root.certificate().getPublicKey());
        assertTrue(verifier(kazakh2015(), SOON_AFTER).verifyDetached(FORM, new CmsSigner(at(T0)).signDetached(FORM, head),
                ExpectedSigner.ANY).valid());
    }

    @Test
    void aGost2004SignerUnderA2015IssuingCaVerifies() {
        GostTestPki pki = kazakh2015();
        SigningKey signer = pki.signer(pki.issuing, GostAlgorithm.KZ_GOST_34_310_2004, T0.minus(Duration.ofDays(1)),
                T0.plus(YEAR), SIGNING, b -> { });

        SignatureVerification result = verify(pki, signer, SOON_AFTER);

        assertEquals(VerificationStatus.VALID, result.status(), result.reason());
    }

    @Test
    void aGostIssuingCaUnderTheEcRootVerifies() {
        GostTestPki pki = kazakh2004();
        SigningKey issuing = pki.ca("CN=Test GOST CA under EC,O=Test,C=KZ", EC.root, GostAlgorithm.KZ_GOST_34_310_2004,
                T0.minus(YEAR), T0.plus(YEAR.multipliedBy(5)), CA_USAGE, null);
        SigningKey signer = pki.signer(issuing, GostAlgorithm.KZ_GOST_34_310_2004, T0.minus(Duration.ofDays(1)),
                T0.plus(YEAR), SIGNING, b -> { });

        SignatureVerification result = verify(pki, signer, SOON_AFTER);

        assertEquals(VerificationStatus.VALID, result.status(), result.reason());
        assertEquals(3, result.material().certificates().size());
    }

    @Test
    void anEcSignatureIsStillVerifiedAsBeforeWithGostRootsConfigured() {
        SigningKey ecHead = EC.signer(EC.head());
        byte[] cms = new CmsSigner(at(T0)).signDetached(FORM, ecHead);

        SignatureVerification result = verifier(kazakh2015(), SOON_AFTER).verifyDetached(FORM, cms, ExpectedSigner.ANY);

        assertEquals(VerificationStatus.VALID, result.status(), result.reason());
    }

    // ---- time-stamped

    @Test
    void aGostSignatureTimeStampedByTheEcAuthorityIsCadesT() {
        GostTestPki pki = kazakh2015();
        byte[] cms = new CmsSigner(at(T0)).signDetached(FORM, pki.head(),
                new TestTimeStampAuthority(EC.tsa, at(T0.plusSeconds(3))));

        SignatureVerification result = verifier(pki, SOON_AFTER).verifyDetached(FORM, cms, ExpectedSigner.ANY);

        assertEquals(VerificationStatus.VALID, result.status(), result.reason());
        assertTrue(result.timeStamped());
        assertEquals(T0.plusSeconds(3), result.signingTime());
    }

    @ParameterizedTest
    @EnumSource(value = GostAlgorithm.class, names = {"KZ_GOST_34_310_2004", "KZ_GOST_34_10_2015_512"})
    void aTimeStampByAGostAuthorityIsVerified(GostAlgorithm algorithm) {
        GostTestPki pki = pki(algorithm);
        SigningKey tsa = pki.timeStampAuthority(pki.root, algorithm);
        byte[] cms = new CmsSigner(at(T0)).signDetached(FORM, pki.head(), gostTimeStamper(tsa, T0.plusSeconds(5)));

        SignatureVerification result = verifier(pki, T0.plus(YEAR.multipliedBy(3))).verifyDetached(FORM, cms,
                ExpectedSigner.ANY);

        assertEquals(VerificationStatus.VALID, result.status(), "valid years later thanks to the GOST time-stamp: "
                + result.reason());
        assertTrue(result.timeStamped());
        assertTrue(result.reason().contains("Test GOST TSA"), result.reason());
    }

    // ---- invalid: the same codes as for RSA and EC

    @ParameterizedTest
    @EnumSource(value = GostAlgorithm.class, names = {"KZ_GOST_34_310_2004", "KZ_GOST_34_10_2015_512"})
    void aFlippedContentByteIsAnInvalidSignature(GostAlgorithm algorithm) {
        GostTestPki pki = pki(algorithm);
        byte[] cms = new CmsSigner(at(T0)).signDetached(FORM, pki.head());
        byte[] altered = FORM.clone();
        altered[7] ^= 0x01;

        assertFailure(SignatureFailure.SIGNATURE_INVALID, verifier(pki, SOON_AFTER).verifyDetached(altered, cms,
                ExpectedSigner.ANY));
    }

    @ParameterizedTest
    @EnumSource(value = GostAlgorithm.class, names = {"KZ_GOST_34_310_2004", "KZ_GOST_34_10_2015_512"})
    void aFlippedSignatureValueByteIsAnInvalidSignature(GostAlgorithm algorithm) throws Exception {
        GostTestPki pki = pki(algorithm);
        byte[] cms = new CmsSigner(at(T0)).signDetached(FORM, pki.head());
        byte[] value = signerInfo(cms).getSignature();
        int at = indexOf(cms, value) + value.length / 3;
        cms[at] ^= 0x40;

        assertFailure(SignatureFailure.SIGNATURE_INVALID, verifier(pki, SOON_AFTER).verifyDetached(FORM, cms,
                ExpectedSigner.ANY));
    }

    @Test
    void anExpiredGostCertificateIsReportedAsExpired() {
        GostTestPki pki = kazakh2004();
        byte[] cms = new CmsSigner(at(T0)).signDetached(FORM, pki.head());

        SignatureVerification result = verifier(pki, T0.plus(YEAR)).verifyDetached(FORM, cms, ExpectedSigner.ANY);

        assertFailure(SignatureFailure.CERTIFICATE_EXPIRED, result);
        assertTrue(result.reason().startsWith("The signer's certificate expired at"), result.reason());
    }

    @ParameterizedTest
    @EnumSource(value = GostAlgorithm.class, names = {"KZ_GOST_34_310_2004", "KZ_GOST_34_10_2015_512"})
    void aGostSignerUnderAnUntrustedGostCaIsUntrusted(GostAlgorithm algorithm) {
        GostTestPki pki = pki(algorithm);
        SigningKey rogueRoot = pki.ca("CN=Rogue GOST Root,O=Nobody,C=KZ", null, algorithm, T0.minus(YEAR),
                T0.plus(YEAR.multipliedBy(10)), CA_USAGE, null);
        SigningKey rogueCa = pki.ca("CN=Rogue GOST CA,O=Nobody,C=KZ", rogueRoot, algorithm, T0.minus(YEAR),
                T0.plus(YEAR.multipliedBy(10)), CA_USAGE, null);
        SigningKey signer = pki.signer(rogueCa, algorithm, T0.minus(Duration.ofDays(1)), T0.plus(YEAR), SIGNING, b -> { });
        // the rogue root enclosed as well: an enclosed certificate grants no trust
        byte[] cms = new CmsSigner(at(T0)).signDetached(FORM, signer.privateKey(), signer.certificate(),
                List.of(rogueCa.certificate(), rogueRoot.certificate()));

        SignatureVerification result = verifier(pki, SOON_AFTER).verifyDetached(FORM, cms, ExpectedSigner.ANY);

        assertFailure(SignatureFailure.CERTIFICATE_UNTRUSTED, result);
        assertTrue(result.reason().contains("Rogue GOST CA") && result.reason().contains("Rogue GOST Root"),
                result.reason());
        assertEquals(IIN, result.signer().iin(), "the signer is named even when untrusted");
    }

    @Test
    void aCertificateThatClaimsATrustedIssuersNameButIsSignedByAnotherKeyIsUntrusted() {
        GostTestPki pki = kazakh2004();
        GostAlgorithm algorithm = GostAlgorithm.KZ_GOST_34_310_2004;
        SigningKey rogueRoot = pki.ca("CN=Rogue GOST Root,O=Nobody,C=KZ", null, algorithm, T0.minus(YEAR),
                T0.plus(YEAR.multipliedBy(10)), CA_USAGE, null);
        // named exactly as the real issuing CA, but with a key of its own
        String issuingName = X500Name.getInstance(pki.issuing.certificate().getSubjectX500Principal().getEncoded()).toString();
        SigningKey impostor = pki.ca(issuingName, rogueRoot, algorithm,
                T0.minus(YEAR), T0.plus(YEAR.multipliedBy(10)), CA_USAGE, null);
        SigningKey signer = pki.signer(impostor, algorithm, T0.minus(Duration.ofDays(1)), T0.plus(YEAR), SIGNING, b -> { });
        assertEquals(pki.issuing.certificate().getSubjectX500Principal(), impostor.certificate().getSubjectX500Principal());
        byte[] cms = new CmsSigner(at(T0)).signDetached(FORM, signer.privateKey(), signer.certificate(),
                List.of(pki.issuing.certificate(), impostor.certificate()));

        SignatureVerification result = verifier(pki, SOON_AFTER).verifyDetached(FORM, cms, ExpectedSigner.ANY);

        assertFailure(SignatureFailure.CERTIFICATE_UNTRUSTED, result);
        assertTrue(result.reason().contains("Rogue GOST Root"), "the search went up through the impostor: " + result.reason());
    }

    @Test
    void anExpiredIssuingCaIsReportedAsExpiredAndTheCachedPathIsNotReusedBeyondIt() {
        GostTestPki pki = kazakh2015();
        SigningKey shortLived = pki.ca("CN=Short-lived GOST CA,O=Test,C=KZ", pki.root, GostAlgorithm.KZ_GOST_34_10_2015_512,
                T0.minus(YEAR), T0.plus(Duration.ofDays(10)), CA_USAGE, null);
        SigningKey signer = pki.signer(shortLived, GostAlgorithm.KZ_GOST_34_10_2015_512, T0.minus(Duration.ofDays(1)),
                T0.plus(YEAR), SIGNING, b -> { });
        byte[] cms = new CmsSigner(at(T0)).signDetached(FORM, signer);
        MutableClock clock = new MutableClock(SOON_AFTER);
        CmsSignatureVerifier verifier = new CmsSignatureVerifier(pki.anchors(), clock);

        assertTrue(verifier.verifyDetached(FORM, cms, ExpectedSigner.ANY).valid(), "while the CA is valid");
        clock.now = T0.plus(Duration.ofDays(20));
        SignatureVerification result = verifier.verifyDetached(FORM, cms, ExpectedSigner.ANY);

        assertFailure(SignatureFailure.CERTIFICATE_EXPIRED, result);
        assertTrue(result.reason().contains("issuing CA") && result.reason().contains("Short-lived GOST CA"),
                result.reason());
    }

    @Test
    void aGostCaWithoutKeyCertSignCannotIssue() {
        GostTestPki pki = kazakh2004();
        SigningKey crlOnly = pki.ca("CN=CRL Only GOST CA,O=Test,C=KZ", pki.root, GostAlgorithm.KZ_GOST_34_310_2004,
                T0.minus(YEAR), T0.plus(YEAR), KeyUsage.cRLSign, null);
        SigningKey signer = pki.signer(crlOnly, GostAlgorithm.KZ_GOST_34_310_2004, T0.minus(Duration.ofDays(1)),
                T0.plus(YEAR), SIGNING, b -> { });

        SignatureVerification result = verify(pki, signer, SOON_AFTER);

        assertFailure(SignatureFailure.KEY_USAGE, result);
        assertTrue(result.reason().contains("CRL Only GOST CA") && result.reason().contains("keyCertSign"), result.reason());
    }

    @Test
    void aGostCertificateThatIsNoCaCannotIssue() {
        GostTestPki pki = kazakh2004();
        SigningKey notCa = pki.ca("CN=Not A GOST CA,O=Test,C=KZ", pki.root, GostAlgorithm.KZ_GOST_34_310_2004,
                T0.minus(YEAR), T0.plus(YEAR), b -> { });
        SigningKey signer = pki.signer(notCa, GostAlgorithm.KZ_GOST_34_310_2004, T0.minus(Duration.ofDays(1)),
                T0.plus(YEAR), SIGNING, b -> { });

        SignatureVerification result = verify(pki, signer, SOON_AFTER);

        assertFailure(SignatureFailure.KEY_USAGE, result);
        assertTrue(result.reason().contains("is not a CA certificate"), result.reason());
    }

    @Test
    void aPathLengthConstraintIsEnforced() {
        GostTestPki pki = kazakh2015();
        GostAlgorithm algorithm = GostAlgorithm.KZ_GOST_34_10_2015_512;
        SigningKey noSubordinates = pki.ca("CN=GOST CA without subordinates,O=Test,C=KZ", pki.root, algorithm,
                T0.minus(YEAR), T0.plus(YEAR.multipliedBy(5)), CA_USAGE, 0);
        SigningKey below = pki.ca("CN=GOST CA below,O=Test,C=KZ", noSubordinates, algorithm,
                T0.minus(YEAR), T0.plus(YEAR.multipliedBy(5)), CA_USAGE, null);
        SigningKey directly = pki.signer(noSubordinates, algorithm, T0.minus(Duration.ofDays(1)), T0.plus(YEAR), SIGNING,
                b -> { });
        SigningKey tooDeep = pki.signer(below, algorithm, T0.minus(Duration.ofDays(1)), T0.plus(YEAR), SIGNING, b -> { });

        assertEquals(VerificationStatus.VALID, verify(pki, directly, SOON_AFTER).status());
        SignatureVerification result = verify(pki, tooDeep, SOON_AFTER);
        assertFailure(SignatureFailure.CERTIFICATE_UNTRUSTED, result);
        assertTrue(result.reason().contains("path length"), result.reason());
    }

    @Test
    void anUnknownCriticalExtensionFailsTheGostPath() {
        GostTestPki pki = kazakh2004();
        SigningKey signer = pki.signer(pki.issuing, GostAlgorithm.KZ_GOST_34_310_2004, T0.minus(Duration.ofDays(1)),
                T0.plus(YEAR), SIGNING, b -> {
                    try {
                        b.addExtension(new ASN1ObjectIdentifier("1.2.398.99.1"), true, new DERUTF8String("must understand"));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });

        SignatureVerification result = verify(pki, signer, SOON_AFTER);

        assertFailure(SignatureFailure.CERTIFICATE_UNTRUSTED, result);
        assertTrue(result.reason().contains("1.2.398.99.1"), result.reason());
    }

    @Test
    void nameConstraintsAreRefusedRatherThanIgnoredInAGostPath() {
        GostTestPki pki = kazakh2004();
        SigningKey constrained = pki.ca("CN=Constrained GOST CA,O=Test,C=KZ", pki.root, GostAlgorithm.KZ_GOST_34_310_2004,
                T0.minus(YEAR), T0.plus(YEAR), b -> {
                    try {
                        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                                .addExtension(Extension.keyUsage, true, new KeyUsage(CA_USAGE))
                                .addExtension(Extension.nameConstraints, true, new NameConstraints(new GeneralSubtree[]{
                                        new GeneralSubtree(new GeneralName(GeneralName.rfc822Name, "example.kz"))}, null));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
        SigningKey signer = pki.signer(constrained, GostAlgorithm.KZ_GOST_34_310_2004, T0.minus(Duration.ofDays(1)),
                T0.plus(YEAR), SIGNING, b -> { });

        SignatureVerification result = verify(pki, signer, SOON_AFTER);

        assertFailure(SignatureFailure.CERTIFICATE_UNTRUSTED, result);
        assertTrue(result.reason().contains("not supported in paths with GOST certificates"), result.reason());
    }

    @Test
    void aGostAuthenticationCertificateCannotSign() {
        GostTestPki pki = kazakh2015();
        SigningKey authentication = pki.signer(pki.issuing, GostAlgorithm.KZ_GOST_34_10_2015_512,
                T0.minus(Duration.ofDays(1)), T0.plus(YEAR), KeyUsage.digitalSignature | KeyUsage.keyEncipherment, b -> { });

        assertFailure(SignatureFailure.KEY_USAGE, verify(pki, authentication, SOON_AFTER));
    }

    @Test
    void theRevocationSourceIsAskedAlongTheGostPathAndARevokedSignerIsRevoked() {
        GostTestPki pki = kazakh2015();
        SigningKey head = pki.head();
        byte[] cms = new CmsSigner(at(T0)).signDetached(FORM, head);
        List<List<X509Certificate>> asked = new java.util.ArrayList<>();
        Set<X509Certificate> revoked = new java.util.HashSet<>();
        RevocationSource source = (certificate, issuer, time) -> {
            asked.add(List.of(certificate, issuer));
            boolean isRevoked = revoked.contains(certificate);
            return new RevocationEvidence(isRevoked ? RevocationStatus.REVOKED : RevocationStatus.GOOD, "NONE", null,
                    time, isRevoked ? T0.minus(Duration.ofMinutes(1)) : null, null);
        };
        CmsSignatureVerifier verifier = new CmsSignatureVerifier(pki.anchors(), at(SOON_AFTER), source);

        SignatureVerification good = verifier.verifyDetached(FORM, cms, ExpectedSigner.ANY);
        assertEquals(VerificationStatus.VALID, good.status(), good.reason());
        assertEquals(List.of(List.of(head.certificate(), pki.issuing.certificate()),
                List.of(pki.issuing.certificate(), pki.root.certificate())), asked, "each certificate with its issuer");

        revoked.add(head.certificate());
        assertFailure(SignatureFailure.CERTIFICATE_REVOKED, verifier.verifyDetached(FORM, cms, ExpectedSigner.ANY));
    }

    // ---- algorithms

    @Test
    void theAssumedGost2015With256BitsIsNeitherSignedNorAcceptedByDefault() throws Exception {
        GostAlgorithm assumed = GostAlgorithm.KZ_GOST_34_10_2015_256;
        GostTestPki pki = kazakh2015();
        SigningKey signer = pki.signer(pki.issuing, assumed, T0.minus(Duration.ofDays(1)), T0.plus(YEAR), SIGNING, b -> { });
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new CmsSigner(at(T0)).signDetached(FORM, signer));
        assertTrue(refused.getMessage().contains("not established"), refused.getMessage());

        // made by the operators directly, as another signer might
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(GostOperators.signerInfoGenerator(assumed, signer.privateKey(),
                GostTestPki.holder(signer.certificate())));
        generator.addCertificates(new JcaCertStore(List.of(signer.certificate(), pki.issuing.certificate())));
        byte[] cms = generator.generate(new CMSProcessableByteArray(FORM), false).getEncoded("DER");

        SignatureVerification standard = verifier(pki, SOON_AFTER).verifyDetached(FORM, cms, ExpectedSigner.ANY);
        assertFailure(SignatureFailure.MALFORMED, standard);
        assertTrue(standard.reason().contains("1.2.398.3.10.1.3.2"), standard.reason());

        SignatureAlgorithmPolicy withAssumed = StandardAlgorithmPolicy.DEFAULT.withGost(Set.of(assumed));
        SignatureVerification accepted = new CmsSignatureVerifier(pki.anchors(), at(SOON_AFTER),
                NoRevocationChecking.INSTANCE, withAssumed).verifyDetached(FORM, cms, ExpectedSigner.ANY);
        assertEquals(VerificationStatus.VALID, accepted.status(), accepted.reason());
    }

    @Test
    void theStandardPolicyAcceptsEachGostAlgorithmWithItsOwnDigestOnly() throws Exception {
        SignatureAlgorithmPolicy policy = SignatureAlgorithmPolicy.standard();
        SubjectPublicKeyInfo key2015 = GostTestPki.holder(kazakh2015().head().certificate()).getSubjectPublicKeyInfo();
        SubjectPublicKeyInfo key2004 = GostTestPki.holder(kazakh2004().root.certificate()).getSubjectPublicKeyInfo();
        GostAlgorithm gost2015 = GostAlgorithm.KZ_GOST_34_10_2015_512;
        AlgorithmIdentifier streebog = new AlgorithmIdentifier(gost2015.digestOid(), DERNull.INSTANCE);

        assertNull(policy.algorithmProblem(streebog, new AlgorithmIdentifier(gost2015.signatureOid(), DERNull.INSTANCE), key2015),
                "the signature OID, as KalkanCrypt writes it");
        assertNull(policy.algorithmProblem(streebog, new AlgorithmIdentifier(gost2015.keyAlgorithmOid()), key2015),
                "the key OID, as RFC 4490 and BouncyCastle write it");
        assertNull(policy.keyProblem(key2015));
        assertNull(policy.keyProblem(key2004));
        for (var oid : GostAlgorithms.verifiedSignatureOids()) {
            GostAlgorithm algorithm = GostAlgorithms.bySignatureOid(oid).orElseThrow();
            SubjectPublicKeyInfo any = algorithm == gost2015 ? key2015 : algorithm == GostAlgorithm.KZ_GOST_34_310_2004
                    ? key2004 : null;
            if (any != null) {
                assertNull(policy.algorithmProblem(new AlgorithmIdentifier(algorithm.digestOid()),
                        new AlgorithmIdentifier(oid), any), oid.getId());
            }
        }

        assertEquals("The signature algorithm " + gost2015.displayName() + " does not go with the digest algorithm SHA-256.",
                policy.algorithmProblem(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
                        new AlgorithmIdentifier(gost2015.signatureOid()), key2015));
        assertTrue(policy.algorithmProblem(streebog, new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption),
                key2015).startsWith("The signature uses the digest algorithm 1.2.398.3.10.1.3.3, which is not accepted"),
                "a GOST digest goes with its GOST algorithm only");
        assertEquals("The signature algorithm " + GostAlgorithm.KZ_GOST_34_310_2004.displayName()
                        + " does not go with the signer's " + gost2015.displayName() + " key.",
                policy.algorithmProblem(new AlgorithmIdentifier(GostAlgorithm.KZ_GOST_34_310_2004.digestOid()),
                        new AlgorithmIdentifier(GostAlgorithm.KZ_GOST_34_310_2004.signatureOid()), key2015));
        assertEquals("The certificate's public key cannot be read.", policy.keyProblem((SubjectPublicKeyInfo) null));
    }

    // ---- tampering

    @Test
    void noTamperedGostSignatureIsAccepted() {
        GostTestPki pki = kazakh2015();
        CmsSigner signer = new CmsSigner(at(T0));
        CmsSignatureVerifier verifier = verifier(pki, SOON_AFTER);
        List<SigningKey> keys = List.of(pki.head(), pki.signer(pki.issuing, GostAlgorithm.KZ_GOST_34_310_2004,
                T0.minus(Duration.ofDays(1)), T0.plus(YEAR), SIGNING, b -> { }));
        Random random = new Random(20260302L);
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int document = 0; document < 300; document++) {
            byte[] content = new byte[32 + random.nextInt(200)];
            random.nextBytes(content);
            byte[] cms = signer.signDetached(content, keys.get(document % 2));
            int position = random.nextInt(content.length + cms.length);
            byte change = (byte) (1 + random.nextInt(255));
            if (position < content.length) {
                content[position] ^= change;
            } else {
                cms[position - content.length] ^= change;
            }
            SignatureVerification result = verifier.verifyDetached(content, cms, ExpectedSigner.ANY);
            outcomes.merge(String.valueOf(result.failure()), 1, Integer::sum);
            assertEquals(VerificationStatus.INVALID, result.status(), "document " + document + ", byte " + position
                    + " changed: " + result.reason());
        }
        System.out.println("300 tampered GOST documents, 0 accepted: " + outcomes);
    }

    // ---- helpers

    private static CmsSignatureVerifier verifier(GostTestPki pki, Instant now) {
        return new CmsSignatureVerifier(pki.anchors(), at(now));
    }

    private static SignatureVerification verify(GostTestPki pki, SigningKey signer, Instant now) {
        return verifier(pki, now).verifyDetached(FORM, new CmsSigner(at(T0)).signDetached(FORM, signer), ExpectedSigner.ANY);
    }

    private static SignerInformation signerInfo(byte[] cms) {
        try {
            return new CMSSignedData(cms).getSignerInfos().getSigners().iterator().next();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("not found");
    }

    /** An RFC 3161 authority with a GOST key, the token signed through {@link GostOperators}. */
    private static TimeStamper gostTimeStamper(SigningKey tsa, Instant time) {
        return sha256 -> {
            try {
                TimeStampTokenGenerator generator = new TimeStampTokenGenerator(GostOperators.signerInfoGenerator(
                        GostTestPki.algorithmOf(tsa.certificate()), tsa.privateKey(), GostTestPki.holder(tsa.certificate())),
                        GostOperators.digestCalculatorProvider().get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                        new ASN1ObjectIdentifier("1.2.398.3.3.2.6.1"));
                generator.addCertificates(new JcaCertStore(List.of(tsa.certificate())));
                TimeStampRequestGenerator request = new TimeStampRequestGenerator();
                request.setCertReq(true);
                return generator.generate(request.generate(TSPAlgorithms.SHA256, sha256), BigInteger.ONE,
                        Date.from(time)).getEncoded();
            } catch (Exception e) {
                throw new TimeStamper.TimeStampUnavailableException("GOST test TSA failed: " + e.getMessage(), e);
            }
        };
    }

    private static void assertFailure(SignatureFailure expected, SignatureVerification result) {
        assertFalse(result.valid(), "expected " + expected + " but was valid: " + result.reason());
        assertEquals(expected, result.failure(), result.reason());
    }

    /** A clock the test moves. */
    private static final class MutableClock extends java.time.Clock {
        volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
