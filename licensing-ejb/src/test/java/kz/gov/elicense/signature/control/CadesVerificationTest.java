package kz.gov.elicense.signature.control;

import static kz.gov.elicense.signature.control.CadesTestPki.BIN;
import static kz.gov.elicense.signature.control.CadesTestPki.IIN;
import static kz.gov.elicense.signature.control.CadesTestPki.OTHER_BIN;
import static kz.gov.elicense.signature.control.CadesTestPki.OTHER_IIN;
import static kz.gov.elicense.signature.control.CadesTestPki.T0;
import static kz.gov.elicense.signature.control.CadesTestPki.YEAR;
import static kz.gov.elicense.signature.control.CadesTestPki.at;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.Test;

import kz.gov.elicense.signature.entity.ExpectedSigner;
import kz.gov.elicense.signature.entity.KeyUser;
import kz.gov.elicense.signature.entity.SignatureFailure;
import kz.gov.elicense.signature.entity.SignatureVerification;
import kz.gov.elicense.signature.entity.ValidationMaterial;
import kz.gov.elicense.signature.entity.VerificationStatus;

/**
 * CAdES-B/T/LT verification against an in-test PKI, time-stamp authority and revocation source: every failure code,
 * the three-way outcome, judgement at the time-stamped time, and verification years later from stored material.
 */
class CadesVerificationTest {

    private static final byte[] FORM = "{\"licence\":\"security-services\",\"bin\":\"150440001011\",\"note\":\"Қалқан\"}"
            .getBytes(StandardCharsets.UTF_8);
    private static final Instant SOON_AFTER = T0.plus(Duration.ofMinutes(1));

    private static final CadesTestPki PKI = new CadesTestPki();
    private static final SigningKey HEAD = PKI.signer(PKI.head());
    private static final SigningKey RSA_HEAD = PKI.signer(PKI.head().keyType("RSA", 2048));

    // --- B: a signature that is good, and the algorithms and keys it may use

    @Test
    void acceptsRsaAndEcSignaturesOfTheOrganisationHeadAndChecksRevocationOfTheWholePath() {
        for (SigningKey key : List.of(HEAD, RSA_HEAD)) {
            FakeRevocationSource online = online(SOON_AFTER);

            SignatureVerification result = verifier(SOON_AFTER, online)
                    .verifyDetached(FORM, sign(key), ExpectedSigner.organisationSignatory(BIN));

            assertEquals(VerificationStatus.VALID, result.status(), result.reason());
            assertTrue(result.valid());
            assertFalse(result.indeterminate());
            assertNull(result.failure());
            assertEquals(Set.of(KeyUser.ORGANIZATION, KeyUser.CEO), result.signer().keyUsers());
            assertEquals(T0, result.signingTime(), "the signer's claimed signing-time, without a time-stamp");
            assertFalse(result.timeStamped());
            assertEquals(List.of(key.certificate(), PKI.issuing.certificate()), online.asked(),
                    "the signer's certificate and the issuing CA's, not the anchor");
            assertEquals(3, result.material().certificates().size(), "signer, issuing CA, root");
            assertEquals(2, result.material().ocspResponses().size());
        }
    }

    @Test
    void theOldConstructorChecksNoRevocationAndSaysSo() {
        SignatureVerification result = new CmsSignatureVerifier(PKI.anchors(), at(SOON_AFTER))
                .verifyDetached(FORM, sign(HEAD), ExpectedSigner.organisation(BIN));

        assertTrue(result.valid(), result.reason());
        assertTrue(result.reason().contains("revocation was not checked"), result.reason());
        assertTrue(result.material().ocspResponses().isEmpty());
    }

    @Test
    void rsaKeysBelow2048BitsAreWeak() {
        SigningKey weak = PKI.signer(PKI.head().keyType("RSA", 1024));

        SignatureVerification result = verifyOnline(sign(weak), ExpectedSigner.ANY);

        assertFailure(SignatureFailure.WEAK_KEY, result);
        assertTrue(result.reason().contains("1024"), result.reason());
    }

    @Test
    void ecKeysOnOtherCurvesThanP256AreRefused() {
        SigningKey p384 = PKI.signer(PKI.head().keyType("EC", 384));

        assertFailure(SignatureFailure.WEAK_KEY, verifyOnline(sign(p384), ExpectedSigner.ANY));
    }

    @Test
    void aPolicyCanAcceptMoreCurves() {
        SigningKey p384 = PKI.signer(PKI.head().keyType("EC", 384));
        SignatureAlgorithmPolicy withP384 = StandardAlgorithmPolicy.DEFAULT.withKeyRule(
                X9ObjectIdentifiers.id_ecPublicKey, StandardAlgorithmPolicy.ecCurves(
                        Set.of(SECObjectIdentifiers.secp256r1, SECObjectIdentifiers.secp384r1), "P-256 or P-384"));

        SignatureVerification result = new CmsSignatureVerifier(PKI.anchors(), at(SOON_AFTER), online(SOON_AFTER), withP384)
                .verifyDetached(FORM, sign(p384), ExpectedSigner.ANY);

        assertTrue(result.valid(), result.reason());
    }

    @Test
    void sha1IsRefusedAsNoLongerCollisionResistant() throws Exception {
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                new JcaDigestCalculatorProviderBuilder().setProvider(BouncyCastle.PROVIDER).build())
                .build(new JcaContentSignerBuilder("SHA1withECDSA").setProvider(BouncyCastle.PROVIDER)
                        .build(HEAD.privateKey()), HEAD.certificate()));
        generator.addCertificates(new JcaCertStore(List.of(HEAD.certificate(), PKI.issuing.certificate())));
        byte[] sha1 = generator.generate(new CMSProcessableByteArray(FORM), false).getEncoded("DER");

        SignatureVerification result = verifyOnline(sha1, ExpectedSigner.ANY);

        assertFailure(SignatureFailure.MALFORMED, result);
        assertTrue(result.reason().contains("collision"), result.reason());
    }

    // --- certificates at the validation time

    @Test
    void anExpiredCertificateIsExpired() {
        SigningKey expired = PKI.signer(PKI.head().validity(T0.minus(YEAR), T0.minus(Duration.ofDays(1))));

        assertFailure(SignatureFailure.CERTIFICATE_EXPIRED, verifyOnline(sign(expired), ExpectedSigner.ANY));
    }

    @Test
    void aCertificateBeforeItsValidityIsNotYetValid() {
        SigningKey future = PKI.signer(PKI.head().validity(T0.plus(Duration.ofDays(1)), T0.plus(YEAR)));

        assertFailure(SignatureFailure.CERTIFICATE_NOT_YET_VALID, verifyOnline(sign(future), ExpectedSigner.ANY));
    }

    @Test
    void aCertificateOfAnUnknownCaIsUntrusted() {
        SigningKey rogue = PKI.signer(PKI.head().issuedBy(PKI.rogue));

        SignatureVerification result = verifyOnline(sign(rogue), ExpectedSigner.organisation(BIN));

        assertFailure(SignatureFailure.CERTIFICATE_UNTRUSTED, result);
        assertTrue(result.reason().contains("Rogue CA"), result.reason());
    }

    @Test
    void anAuthenticationCertificateCannotSign() {
        SigningKey authentication = PKI.signer(PKI.head().keyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));

        SignatureVerification result = verifyOnline(sign(authentication), ExpectedSigner.ANY);

        assertFailure(SignatureFailure.KEY_USAGE, result);
        assertTrue(result.reason().contains("keyEncipherment"), result.reason());
    }

    @Test
    void aCaWithoutKeyCertSignIssuesNoValidCertificates() throws Exception {
        SigningKey crlOnly = PKI.ca("CN=CRL Only CA,O=Test,C=KZ", PKI.root, T0.minus(YEAR), T0.plus(YEAR), KeyUsage.cRLSign);
        SigningKey signer = PKI.signer(PKI.head().issuedBy(crlOnly));

        SignatureVerification result = verifyOnline(sign(signer), ExpectedSigner.ANY);

        assertFailure(SignatureFailure.KEY_USAGE, result);
        assertTrue(result.reason().contains("CRL Only CA") && result.reason().contains("keyCertSign"), result.reason());
    }

    @Test
    void anExpiredIssuingCaIsReportedAsSuch() throws Exception {
        SigningKey oldCa = PKI.ca("CN=Old CA,O=Test,C=KZ", PKI.root, T0.minus(YEAR.multipliedBy(3)), T0.minus(Duration.ofDays(1)),
                KeyUsage.keyCertSign | KeyUsage.cRLSign);
        SigningKey signer = PKI.signer(PKI.head().issuedBy(oldCa));

        SignatureVerification result = verifyOnline(sign(signer), ExpectedSigner.ANY);

        assertFailure(SignatureFailure.CERTIFICATE_EXPIRED, result);
        assertTrue(result.reason().contains("Old CA"), result.reason());
    }

    // --- who signed, and in which capacity

    @Test
    void anotherOrganisationOrPersonIsAnIdentityMismatch() {
        assertFailure(SignatureFailure.IDENTITY_MISMATCH, verifyOnline(sign(HEAD), ExpectedSigner.organisation(OTHER_BIN)));
        assertFailure(SignatureFailure.IDENTITY_MISMATCH, verifyOnline(sign(HEAD), new ExpectedSigner(BIN, OTHER_IIN)));
        assertFailure(SignatureFailure.IDENTITY_MISMATCH, verifyOnline(sign(HEAD), ExpectedSigner.organisationSignatory(OTHER_BIN)));
    }

    @Test
    void onlyTheHeadOrAPersonWithTheRightToSignBindsTheOrganisation() {
        for (KeyUser role : List.of(KeyUser.CEO, KeyUser.CAN_SIGN)) {
            SigningKey key = PKI.signer(PKI.head().users(KeyUser.ORGANIZATION, role));
            assertTrue(verifyOnline(sign(key), ExpectedSigner.organisationSignatory(BIN)).valid(), role.name());
        }
        for (KeyUser role : List.of(KeyUser.EMPLOYEE, KeyUser.HR, KeyUser.CAN_SIGN_FINANCIAL)) {
            SigningKey key = PKI.signer(PKI.head().users(KeyUser.ORGANIZATION, role));

            SignatureVerification result = verifyOnline(sign(key), ExpectedSigner.organisationSignatory(BIN));

            assertFailure(SignatureFailure.SIGNATORY_NOT_AUTHORISED, result);
            assertTrue(result.reason().contains(role.name()), result.reason());
            assertTrue(verifyOnline(sign(key), ExpectedSigner.organisation(BIN)).valid(),
                    "identity only: any certificate of the organisation");
        }
    }

    @Test
    void rolesAreAlsoReadFromCertificatePolicies() {
        SigningKey key = PKI.signer(PKI.head().users(KeyUser.ORGANIZATION, KeyUser.CEO).rolesInPolicies());

        assertTrue(verifyOnline(sign(key), ExpectedSigner.organisationSignatory(BIN)).valid());
    }

    @Test
    void aPrivatePersonSignsWithAnIndividualCertificate() {
        SigningKey individual = PKI.signer(PKI.head().identity(IIN, null).users(KeyUser.INDIVIDUAL));
        SigningKey withoutRoles = PKI.signer(PKI.head().identity(IIN, null).users());

        assertTrue(verifyOnline(sign(individual), ExpectedSigner.person(IIN)).valid());
        assertFailure(SignatureFailure.SIGNATORY_NOT_AUTHORISED, verifyOnline(sign(HEAD), ExpectedSigner.person(IIN)));
        assertFailure(SignatureFailure.SIGNATORY_NOT_AUTHORISED, verifyOnline(sign(withoutRoles), ExpectedSigner.person(IIN)));
        assertTrue(verifyOnline(sign(withoutRoles), new ExpectedSigner(null, IIN)).valid(), "the IIN alone, on request");
        assertFailure(SignatureFailure.IDENTITY_MISMATCH, verifyOnline(sign(individual), ExpectedSigner.person(OTHER_IIN)));
    }

    @Test
    void aResultMustBeSignedByAnAllowedOfficerOfTheProvider() {
        SigningKey officer = PKI.signer(PKI.head().users(KeyUser.ORGANIZATION, KeyUser.EMPLOYEE));

        assertTrue(verifyOnline(sign(officer), ExpectedSigner.providerOfficer(BIN, List.of(OTHER_IIN, IIN))).valid());
        SignatureVerification notAllowed = verifyOnline(sign(officer), ExpectedSigner.providerOfficer(BIN, List.of(OTHER_IIN)));
        assertFailure(SignatureFailure.SIGNER_NOT_ALLOWED, notAllowed);
        assertTrue(notAllowed.reason().contains(IIN), notAllowed.reason());
        assertFailure(SignatureFailure.IDENTITY_MISMATCH,
                verifyOnline(sign(officer), ExpectedSigner.providerOfficer(OTHER_BIN, List.of(IIN))));
    }

    // --- revocation

    @Test
    void aCertificateRevokedBeforeTheVerificationIsRevoked() {
        FakeRevocationSource online = online(SOON_AFTER).revoke(HEAD.certificate(), T0.minus(Duration.ofHours(1)));

        SignatureVerification result = verifier(SOON_AFTER, online).verifyDetached(FORM, sign(HEAD), ExpectedSigner.ANY);

        assertFailure(SignatureFailure.CERTIFICATE_REVOKED, result);
        assertNull(result.material());
    }

    @Test
    void aRevokedIssuingCaRevokesWhatItIssued() {
        FakeRevocationSource online = online(SOON_AFTER).revoke(PKI.issuing.certificate(), T0.minus(Duration.ofDays(2)));

        SignatureVerification result = verifier(SOON_AFTER, online).verifyDetached(FORM, sign(HEAD), ExpectedSigner.ANY);

        assertFailure(SignatureFailure.CERTIFICATE_REVOKED, result);
        assertTrue(result.reason().contains("Test Issuing CA"), result.reason());
    }

    @Test
    void aRevocationAfterTheTimeStampLeavesTheSignatureValidWithANote() {
        Instant later = T0.plus(Duration.ofDays(2));
        FakeRevocationSource online = online(later).revoke(HEAD.certificate(), T0.plus(Duration.ofDays(1)));

        SignatureVerification stamped = verifier(later, online).verifyDetached(FORM, signStamped(HEAD, T0), ExpectedSigner.ANY);
        SignatureVerification unstamped = verifier(later, online).verifyDetached(FORM, sign(HEAD), ExpectedSigner.ANY);

        assertTrue(stamped.valid(), stamped.reason());
        assertTrue(stamped.reason().contains("revoked at " + T0.plus(Duration.ofDays(1))), stamped.reason());
        assertFailure(SignatureFailure.CERTIFICATE_REVOKED, unstamped);
    }

    @Test
    void anUnknownRevocationStatusIsIndeterminateNeitherValidNorInvalid() {
        FakeRevocationSource down = new FakeRevocationSource(PKI, at(SOON_AFTER), FakeRevocationSource.Mode.DOWN);

        SignatureVerification result = verifier(SOON_AFTER, down).verifyDetached(FORM, sign(HEAD), ExpectedSigner.ANY);

        assertEquals(VerificationStatus.INDETERMINATE, result.status(), result.reason());
        assertTrue(result.indeterminate());
        assertFalse(result.valid());
        assertEquals(SignatureFailure.REVOCATION_UNKNOWN, result.failure());
        assertTrue(result.failure().isIndeterminate());
        assertTrue(result.reason().contains("CRL"), "the source's detail is passed on: " + result.reason());
        assertNotNull(result.material(), "the certificates are worth keeping; evidence can be added later");
    }

    @Test
    void aDefiniteFailureWinsOverAnUnknownRevocationStatus() {
        FakeRevocationSource down = new FakeRevocationSource(PKI, at(SOON_AFTER), FakeRevocationSource.Mode.DOWN);

        assertFailure(SignatureFailure.IDENTITY_MISMATCH,
                verifier(SOON_AFTER, down).verifyDetached(FORM, sign(HEAD), ExpectedSigner.organisation(OTHER_BIN)));
    }

    // --- CAdES-T

    @Test
    void theSignerAddsATimeStampOverTheSignatureValue() throws Exception {
        TestTimeStampAuthority tsa = new TestTimeStampAuthority(PKI.tsa, at(T0.plusSeconds(3)));

        byte[] cms = new CmsSigner(at(T0)).signDetached(FORM, HEAD, tsa);

        SignerInformation signerInfo = new CMSSignedData(cms).getSignerInfos().getSigners().iterator().next();
        Attribute attribute = signerInfo.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        TimeStampToken token = new TimeStampToken(ContentInfo.getInstance(attribute.getAttrValues().getObjectAt(0)));
        assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(signerInfo.getSignature()),
                token.getTimeStampInfo().getMessageImprintDigest());
        assertEquals(1, tsa.calls());
    }

    @Test
    void aTimeStampAuthorityThatIsDownFailsTheSigning() {
        TimeStamper down = digest -> {
            throw new TimeStamper.TimeStampUnavailableException("TSA unreachable", null);
        };

        assertThrows(TimeStamper.TimeStampUnavailableException.class, () -> new CmsSigner(at(T0)).signDetached(FORM, HEAD, down));
    }

    @Test
    void aTimeStampedSignatureIsJudgedAtTheTimeStampNotTheClock() {
        Instant afterExpiry = HEAD.certificate().getNotAfter().toInstant().plus(Duration.ofDays(30));
        byte[] stamped = signStamped(HEAD, T0.plusSeconds(5));

        SignatureVerification result = verifier(afterExpiry, online(afterExpiry)).verifyDetached(FORM, stamped, ExpectedSigner.ANY);

        assertTrue(result.valid(), result.reason());
        assertTrue(result.timeStamped());
        assertEquals(T0.plusSeconds(5), result.signingTime(), "the time-stamp's time, not the signer's claim");
        assertFailure(SignatureFailure.CERTIFICATE_EXPIRED,
                verifier(afterExpiry, online(afterExpiry)).verifyDetached(FORM, sign(HEAD), ExpectedSigner.ANY));
    }

    @Test
    void aTimeStampBeforeTheCertificatesValidityIsNotYetValid() {
        SigningKey fresh = PKI.signer(PKI.head().validity(T0.plus(Duration.ofDays(1)), T0.plus(YEAR)));

        // the signer's clock is wrong, the time-stamp authority's is not
        byte[] cms = new CmsSigner(at(T0.plus(Duration.ofDays(2)))).signDetached(FORM, fresh,
                new TestTimeStampAuthority(PKI.tsa, at(T0)));

        assertFailure(SignatureFailure.CERTIFICATE_NOT_YET_VALID,
                verifier(T0.plus(Duration.ofDays(3)), online(T0.plus(Duration.ofDays(3)))).verifyDetached(FORM, cms, ExpectedSigner.ANY));
    }

    @Test
    void aTimeStampOfAnotherSignatureIsInvalid() throws Exception {
        byte[] other = signStamped(RSA_HEAD, T0);
        byte[] mine = withUnsignedAttributes(sign(HEAD), signerInfo(other).getUnsignedAttributes());

        SignatureVerification result = verifyOnline(mine, ExpectedSigner.ANY);

        assertFailure(SignatureFailure.TIMESTAMP_INVALID, result);
        assertTrue(result.reason().contains("another signature"), result.reason());
    }

    @Test
    void aTimeStampOfAnUntrustedAuthorityIsInvalid() throws Exception {
        SigningKey rogueTsa = PKI.timeStampAuthority(PKI.rogue, T0.minus(YEAR), T0.plus(YEAR));

        byte[] cms = new CmsSigner(at(T0)).signDetached(FORM, HEAD, new TestTimeStampAuthority(rogueTsa, at(T0)));

        SignatureVerification result = verifyOnline(cms, ExpectedSigner.ANY);
        assertFailure(SignatureFailure.TIMESTAMP_INVALID, result);
        assertTrue(result.reason().contains("trusted time-stamp authority"), result.reason());
    }

    @Test
    void aTimeStampInTheFutureIsInvalid() {
        byte[] cms = new CmsSigner(at(T0)).signDetached(FORM, HEAD, new TestTimeStampAuthority(PKI.tsa, at(T0.plus(Duration.ofHours(1)))));

        SignatureVerification result = verifyOnline(cms, ExpectedSigner.ANY);

        assertFailure(SignatureFailure.TIMESTAMP_INVALID, result);
        assertTrue(result.reason().contains("future"), result.reason());
    }

    @Test
    void aTimeStampOfARevokedAuthorityIsInvalid() {
        FakeRevocationSource online = online(SOON_AFTER).revoke(PKI.tsa.certificate(), T0.minus(Duration.ofDays(1)));

        SignatureVerification result = verifier(SOON_AFTER, online).verifyDetached(FORM, signStamped(HEAD, T0), ExpectedSigner.ANY);

        assertFailure(SignatureFailure.TIMESTAMP_INVALID, result);
        assertTrue(online.asked().contains(PKI.tsa.certificate()));
    }

    @Test
    void anAlteredTimeStampTokenIsInvalid() throws Exception {
        byte[] cms = signStamped(HEAD, T0);
        byte[] token = signerInfo(cms).getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken)
                .getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded();
        int inTheTokensSignature = indexOf(cms, token) + token.length - 3;
        byte[] altered = cms.clone();
        altered[inTheTokensSignature] ^= 0x01;

        assertFailure(SignatureFailure.TIMESTAMP_INVALID, verifyOnline(altered, ExpectedSigner.ANY));
    }

    // --- CAdES-LT: verification years later from the stored material

    @Test
    void aLicenceSignedTodayStillVerifiesThreeYearsLaterFromItsStoredMaterial() {
        for (FakeRevocationSource.Mode mode : List.of(FakeRevocationSource.Mode.OCSP, FakeRevocationSource.Mode.CRL)) {
            byte[] cms = signStamped(HEAD, T0);
            SignatureVerification today = verifier(SOON_AFTER, new FakeRevocationSource(PKI, at(SOON_AFTER), mode))
                    .verifyDetached(FORM, cms, ExpectedSigner.organisationSignatory(BIN));
            assertTrue(today.valid(), today.reason());
            byte[] stored = today.material().encode();
            assertEquals(mode == FakeRevocationSource.Mode.OCSP ? 3 : 0, today.material().ocspResponses().size(),
                    "signer, issuing CA and time-stamp authority");
            assertNotNull(today.material().timeStampToken());

            Instant threeYearsLater = T0.plus(YEAR.multipliedBy(3));
            FakeRevocationSource down = new FakeRevocationSource(PKI, at(threeYearsLater), FakeRevocationSource.Mode.DOWN);
            CmsSignatureVerifier later = verifier(threeYearsLater, down);

            SignatureVerification withMaterial = later.verifyWithMaterial(FORM, cms, ExpectedSigner.organisationSignatory(BIN),
                    ValidationMaterial.decode(stored));
            assertEquals(VerificationStatus.VALID, withMaterial.status(), withMaterial.reason());
            assertEquals(T0, withMaterial.signingTime());
            assertTrue(withMaterial.timeStamped());
            assertTrue(down.asked().isEmpty(), "no network");

            SignatureVerification withoutMaterial = later.verifyDetached(FORM, cms, ExpectedSigner.organisationSignatory(BIN));
            assertEquals(VerificationStatus.INDETERMINATE, withoutMaterial.status(), withoutMaterial.reason());
        }
    }

    @Test
    void withoutATimeStampNoMaterialHelpsOnceTheCertificateExpired() {
        byte[] cms = sign(HEAD);
        SignatureVerification today = verifyOnline(cms, ExpectedSigner.ANY);
        Instant threeYearsLater = T0.plus(YEAR.multipliedBy(3));

        SignatureVerification result = verifier(threeYearsLater, online(threeYearsLater))
                .verifyWithMaterial(FORM, cms, ExpectedSigner.ANY, today.material());

        assertFailure(SignatureFailure.CERTIFICATE_EXPIRED, result);
        assertTrue(result.reason().contains("no time-stamp"), result.reason());
    }

    @Test
    void storedMaterialWithoutEvidenceOrWithForgedEvidenceIsIndeterminate() {
        byte[] cms = signStamped(HEAD, T0);
        ValidationMaterial material = verifyOnline(cms, ExpectedSigner.ANY).material();
        Instant later = T0.plus(YEAR.multipliedBy(3));
        byte[] forged = FakeRevocationSource.ocsp(HEAD.certificate(), PKI.issuing.certificate(), null, SOON_AFTER,
                PKI.rogue.privateKey());
        ValidationMaterial forgedMaterial = new ValidationMaterial(material.certificates(), List.of(forged), List.of(),
                material.timeStampToken());
        ValidationMaterial noEvidence = new ValidationMaterial(material.certificates(), List.of(), List.of(), null);

        assertEquals(VerificationStatus.INDETERMINATE, verifier(later, online(later))
                .verifyWithMaterial(FORM, cms, ExpectedSigner.ANY, forgedMaterial).status());
        assertEquals(VerificationStatus.INDETERMINATE, verifier(later, online(later))
                .verifyWithMaterial(FORM, cms, ExpectedSigner.ANY, noEvidence).status());
    }

    @Test
    void aTimeStampKeptInTheMaterialServesASignatureWithoutOne() {
        byte[] cms = sign(HEAD);
        byte[] token = new TestTimeStampAuthority(PKI.tsa, at(T0)).stamp(sha256(signerInfo(cms).getSignature()));
        SignatureVerification today = verifier(SOON_AFTER, online(SOON_AFTER)).verifyWithMaterial(FORM, cms, ExpectedSigner.ANY,
                new ValidationMaterial(List.of(), List.of(), List.of(), token));
        assertEquals(VerificationStatus.INDETERMINATE, today.status(), "nothing stored to prove revocation: " + today.reason());
        SignatureVerification online = verifier(SOON_AFTER, online(SOON_AFTER)).verifyDetached(FORM, cms, ExpectedSigner.ANY);
        ValidationMaterial material = new ValidationMaterial(online.material().certificates(),
                allOcsp(), List.of(), token);
        Instant later = T0.plus(YEAR.multipliedBy(3));

        SignatureVerification result = verifier(later, online(later)).verifyWithMaterial(FORM, cms, ExpectedSigner.ANY, material);

        assertTrue(result.valid(), result.reason());
        assertTrue(result.timeStamped());
    }

    // --- structure: what is outside the signature's protection may not be changed either

    @Test
    void anUnknownUnsignedAttributeIsRefused() throws Exception {
        byte[] cms = withUnsignedAttributes(sign(HEAD), new AttributeTable(new Attribute(
                new ASN1ObjectIdentifier("1.2.3.4"), new DERSet(new DERUTF8String("trust me")))));

        SignatureVerification result = verifyOnline(cms, ExpectedSigner.ANY);

        assertFailure(SignatureFailure.MALFORMED, result);
        assertTrue(result.reason().contains("1.2.3.4"), result.reason());
    }

    @Test
    void aChangedVersionNumberIsRefused() throws Exception {
        ContentInfo contentInfo = ContentInfo.getInstance(ASN1Primitive.fromByteArray(sign(HEAD)));
        SignedData signedData = SignedData.getInstance(contentInfo.getContent());
        ASN1Sequence original = ASN1Sequence.getInstance(signedData.getSignerInfos().getObjectAt(0));
        ASN1EncodableVector fields = new ASN1EncodableVector();
        fields.add(new ASN1Integer(3)); // version 3 is for a subjectKeyIdentifier, but the signer is named by issuer and serial
        for (int i = 1; i < original.size(); i++) {
            fields.add(original.getObjectAt(i));
        }
        SignerInfo version3 = SignerInfo.getInstance(new DERSequence(fields));
        SignedData changed = new SignedData(signedData.getDigestAlgorithms(), signedData.getEncapContentInfo(),
                signedData.getCertificates(), signedData.getCRLs(), new DERSet(version3));
        byte[] cms = new ContentInfo(contentInfo.getContentType(), changed).getEncoded("DER");

        assertFailure(SignatureFailure.MALFORMED, verifyOnline(cms, ExpectedSigner.ANY));
    }

    // --- helpers

    private static FakeRevocationSource online(Instant now) {
        return new FakeRevocationSource(PKI, at(now), FakeRevocationSource.Mode.OCSP);
    }

    private static CmsSignatureVerifier verifier(Instant now, RevocationSource source) {
        return new CmsSignatureVerifier(PKI.anchors(), at(now), source);
    }

    private static SignatureVerification verifyOnline(byte[] cms, ExpectedSigner expected) {
        return verifier(SOON_AFTER, online(SOON_AFTER)).verifyDetached(FORM, cms, expected);
    }

    private static byte[] sign(SigningKey key) {
        return new CmsSigner(at(T0)).signDetached(FORM, key);
    }

    private static byte[] signStamped(SigningKey key, Instant stampedAt) {
        return new CmsSigner(at(T0)).signDetached(FORM, key, new TestTimeStampAuthority(PKI.tsa, at(stampedAt)));
    }

    /** OCSP responses for the signer, its CA and the TSA, as the application would have fetched them on receipt. */
    private static List<byte[]> allOcsp() {
        FakeRevocationSource source = online(SOON_AFTER);
        return List.of(source.ocsp(HEAD.certificate(), PKI.issuing.certificate(), null, SOON_AFTER),
                source.ocsp(PKI.issuing.certificate(), PKI.root.certificate(), null, SOON_AFTER),
                source.ocsp(PKI.tsa.certificate(), PKI.root.certificate(), null, SOON_AFTER));
    }

    static SignerInformation signerInfo(byte[] cms) {
        try {
            return new CMSSignedData(cms).getSignerInfos().getSigners().iterator().next();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] withUnsignedAttributes(byte[] cms, AttributeTable attributes) throws Exception {
        CMSSignedData signed = new CMSSignedData(cms);
        SignerInformation replaced = SignerInformation.replaceUnsignedAttributes(signerInfo(cms), attributes);
        return CMSSignedData.replaceSigners(signed, new SignerInformationStore(replaced)).getEncoded("DER");
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found in the encoding");
    }

    static void assertFailure(SignatureFailure expected, SignatureVerification result) {
        assertFalse(result.valid(), "expected " + expected + " but was valid: " + result.reason());
        assertEquals(expected, result.failure(), result.reason());
        assertEquals(expected.isIndeterminate() ? VerificationStatus.INDETERMINATE : VerificationStatus.INVALID,
                result.status());
        assertFalse(result.reason().isBlank());
    }
}
