package kz.gov.elicense.signature.control;

import static kz.gov.elicense.signature.demo.DemoPkiFixture.key;
import static kz.gov.elicense.signature.demo.DemoPkiFixture.trustAnchors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Random;

import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.Test;

import kz.gov.elicense.signature.demo.DemoPki;
import kz.gov.elicense.signature.demo.DemoPkiFixture;
import kz.gov.elicense.signature.entity.ExpectedSigner;
import kz.gov.elicense.signature.entity.SignatureFailure;
import kz.gov.elicense.signature.entity.SignatureVerification;

class CmsSignatureVerifierTest {

    private static final String HEAD_BIN = "150440001011";
    private static final String HEAD_IIN = "800101300125";
    private static final String EC_HEAD_BIN = "160540002025";
    private static final byte[] FORM = "{\"licence\":\"security-services\",\"bin\":\"150440001011\",\"note\":\"Қалқан\"}"
            .getBytes(StandardCharsets.UTF_8);

    private final CmsSignatureVerifier verifier = new CmsSignatureVerifier(trustAnchors(), Clock.systemUTC());
    private final CmsSigner signer = new CmsSigner();

    @Test
    void acceptsRsaSignatureOfTheExpectedOrganisationHead() {
        Instant before = Instant.now().minusSeconds(1);
        byte[] signature = signer.signDetached(FORM, key("applicants/" + HEAD_BIN));

        SignatureVerification result = verifier.verifyDetached(FORM, signature, new ExpectedSigner(HEAD_BIN, HEAD_IIN));

        assertTrue(result.valid(), result.reason());
        assertNull(result.failure());
        assertEquals(HEAD_BIN, result.signer().bin());
        assertEquals(HEAD_IIN, result.signer().iin());
        assertEquals("Ахметов Нурлан", result.signer().commonName());
        assertNotNull(result.signingTime());
        assertFalse(result.signingTime().isBefore(before.minusSeconds(1)), "signing time is the signer's clock");
    }

    @Test
    void acceptsEcdsaSignature() {
        SigningKey ecKey = key("applicants/" + EC_HEAD_BIN);
        assertEquals("EC", ecKey.certificate().getPublicKey().getAlgorithm());

        SignatureVerification result = verifier.verifyDetached(FORM, signer.signDetached(FORM, ecKey),
                ExpectedSigner.organisation(EC_HEAD_BIN));

        assertTrue(result.valid(), result.reason());
    }

    @Test
    void acceptsProviderOfficersSignatureOnAResult() {
        SignatureVerification result = verifier.verifyDetached(FORM, signer.signDetached(FORM, key("provider/head-signer")),
                new ExpectedSigner(DemoPki.PROVIDER_BIN, DemoPki.PROVIDER_HEAD_IIN));

        assertTrue(result.valid(), result.reason());
    }

    @Test
    void buildsThePathThroughIntermediatesEnclosedInTheSignature() throws Exception {
        X509Certificate rootOnly = TrustAnchors.fromPem(DemoPkiFixture.file("root-ca.pem")).anchors().iterator().next()
                .getTrustedCert();
        CmsSignatureVerifier rootOnlyVerifier = new CmsSignatureVerifier(TrustAnchors.of(List.of(rootOnly)), Clock.systemUTC());

        SignatureVerification result = rootOnlyVerifier.verifyDetached(FORM,
                signer.signDetached(FORM, key("applicants/" + HEAD_BIN)), ExpectedSigner.ANY);

        assertTrue(result.valid(), result.reason());
    }

    @Test
    void alteredContentIsReportedAsInvalidSignature() {
        byte[] signature = signer.signDetached(FORM, key("applicants/" + HEAD_BIN));
        byte[] altered = FORM.clone();
        altered[10] ^= 1;

        assertFailure(SignatureFailure.SIGNATURE_INVALID, verifier.verifyDetached(altered, signature, ExpectedSigner.ANY));
    }

    @Test
    void alteredSignatureValueIsNeverAccepted() throws Exception {
        for (String base : List.of("applicants/" + HEAD_BIN, "applicants/" + EC_HEAD_BIN)) {
            byte[] signature = signer.signDetached(FORM, key(base));
            byte[] value = signatureValueOf(signature);
            int offset = indexOf(signature, value);
            for (int position : new int[]{offset, offset + value.length / 2, offset + value.length - 1}) {
                byte[] altered = signature.clone();
                altered[position] ^= 0x01;

                SignatureVerification result = verifier.verifyDetached(FORM, altered, ExpectedSigner.ANY);

                assertFalse(result.valid(), base + " with byte " + position + " flipped");
                assertTrue(result.failure() == SignatureFailure.SIGNATURE_INVALID
                        || result.failure() == SignatureFailure.MALFORMED, result.reason());
            }
        }
    }

    @Test
    void garbageIsMalformed() {
        byte[] random = new byte[512];
        new Random(42).nextBytes(random);
        for (byte[] garbage : List.of(random, "not a signature".getBytes(StandardCharsets.US_ASCII), new byte[0],
                new byte[]{0x30, (byte) 0x82, 0x10, 0x00, 0x06})) {
            assertFailure(SignatureFailure.MALFORMED, verifier.verifyDetached(FORM, garbage, ExpectedSigner.ANY));
        }
        assertFailure(SignatureFailure.MALFORMED, verifier.verifyDetached(FORM, null, ExpectedSigner.ANY));
    }

    @Test
    void base64TextInsteadOfDerIsMalformed() {
        byte[] base64 = Base64.getEncoder().encode(signer.signDetached(FORM, key("applicants/" + HEAD_BIN)));

        assertFailure(SignatureFailure.MALFORMED, verifier.verifyDetached(FORM, base64, ExpectedSigner.ANY));
    }

    @Test
    void signatureWithEncapsulatedContentIsMalformed() throws Exception {
        byte[] attached = generate(key("applicants/" + HEAD_BIN), true, true, 1);

        SignatureVerification result = verifier.verifyDetached(FORM, attached, ExpectedSigner.ANY);

        assertFailure(SignatureFailure.MALFORMED, result);
        assertTrue(result.reason().contains("detached"), result.reason());
    }

    @Test
    void signatureWithTwoSignersIsMalformed() throws Exception {
        assertFailure(SignatureFailure.MALFORMED,
                verifier.verifyDetached(FORM, generate(key("applicants/" + HEAD_BIN), false, true, 2), ExpectedSigner.ANY));
    }

    @Test
    void signatureWithoutTheSignersCertificateIsMalformed() throws Exception {
        assertFailure(SignatureFailure.MALFORMED,
                verifier.verifyDetached(FORM, generate(key("applicants/" + HEAD_BIN), false, false, 1), ExpectedSigner.ANY));
    }

    @Test
    void expiredCertificateWithAGoodSignatureIsReportedAsExpired() {
        SignatureVerification result = verifier.verifyDetached(FORM,
                signer.signDetached(FORM, key("applicants/expired-" + HEAD_BIN)), ExpectedSigner.organisation(HEAD_BIN));

        assertFailure(SignatureFailure.CERTIFICATE_EXPIRED, result);
        assertEquals(HEAD_BIN, result.signer().bin(), "the claimed signer is reported for diagnosis");
    }

    @Test
    void alteredContentUnderAnExpiredCertificateIsReportedAsAltered() {
        byte[] signature = signer.signDetached(FORM, key("applicants/expired-" + HEAD_BIN));
        byte[] altered = FORM.clone();
        altered[0] ^= 1;

        assertFailure(SignatureFailure.SIGNATURE_INVALID, verifier.verifyDetached(altered, signature, ExpectedSigner.ANY));
    }

    @Test
    void certificateBeforeItsValidityIsReportedAsNotYetValid() {
        Clock twoDaysAgo = Clock.fixed(Instant.now().minus(Duration.ofDays(2)), ZoneOffset.UTC);
        CmsSignatureVerifier early = new CmsSignatureVerifier(trustAnchors(), twoDaysAgo);

        assertFailure(SignatureFailure.CERTIFICATE_NOT_YET_VALID,
                early.verifyDetached(FORM, signer.signDetached(FORM, key("applicants/" + HEAD_BIN)), ExpectedSigner.ANY));
    }

    @Test
    void certificateOfAnUnknownCaIsUntrusted() {
        SignatureVerification result = verifier.verifyDetached(FORM,
                signer.signDetached(FORM, key("applicants/untrusted-" + HEAD_BIN)), ExpectedSigner.organisation(HEAD_BIN));

        assertFailure(SignatureFailure.CERTIFICATE_UNTRUSTED, result);
        assertTrue(result.reason().contains("Rogue CA"), result.reason());
    }

    @Test
    void certificateWithoutSigningKeyUsageIsRejected() {
        SignatureVerification result = verifier.verifyDetached(FORM,
                signer.signDetached(FORM, key("applicants/nokeyusage-" + HEAD_BIN)), ExpectedSigner.organisation(HEAD_BIN));

        assertFailure(SignatureFailure.KEY_USAGE, result);
        assertTrue(result.reason().contains("keyEncipherment"), result.reason());
    }

    @Test
    void signatureOfAnotherOrganisationIsAnIdentityMismatch() {
        SignatureVerification result = verifier.verifyDetached(FORM,
                signer.signDetached(FORM, key("applicants/" + EC_HEAD_BIN)), ExpectedSigner.organisation(HEAD_BIN));

        assertFailure(SignatureFailure.IDENTITY_MISMATCH, result);
        assertTrue(result.reason().contains(EC_HEAD_BIN) && result.reason().contains(HEAD_BIN), result.reason());
    }

    @Test
    void signatureOfAnotherPersonIsAnIdentityMismatch() {
        SignatureVerification result = verifier.verifyDetached(FORM,
                signer.signDetached(FORM, key("applicants/" + HEAD_BIN)), new ExpectedSigner(HEAD_BIN, "750502401237"));

        assertFailure(SignatureFailure.IDENTITY_MISMATCH, result);
    }

    private static void assertFailure(SignatureFailure expected, SignatureVerification result) {
        assertFalse(result.valid(), "expected " + expected + " but was valid: " + result.reason());
        assertEquals(expected, result.failure(), result.reason());
        assertFalse(result.reason().isBlank());
    }

    private static byte[] signatureValueOf(byte[] cms) throws Exception {
        SignerInformation signerInfo = new CMSSignedData(cms).getSignerInfos().getSigners().iterator().next();
        return signerInfo.getSignature();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("signature value not found in the encoding");
    }

    /** Structures {@link CmsSigner} never makes, to see that the verifier rejects them. */
    private static byte[] generate(SigningKey key, boolean encapsulate, boolean withCertificates, int signers)
            throws Exception {
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        for (int i = 0; i < signers; i++) {
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().setProvider(BouncyCastle.PROVIDER).build())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").setProvider(BouncyCastle.PROVIDER)
                            .build(key.privateKey()), key.certificate()));
        }
        if (withCertificates) {
            generator.addCertificates(new JcaCertStore(List.of(key.certificate())));
        }
        return generator.generate(new CMSProcessableByteArray(FORM), encapsulate).getEncoded("DER");
    }
}
