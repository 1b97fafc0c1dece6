package kz.gov.elicense.signature.gost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

import kz.gov.elicense.signature.control.BouncyCastle;
import kz.gov.elicense.signature.control.CmsSignatureVerifier;
import kz.gov.elicense.signature.control.TrustAnchors;
import kz.gov.elicense.signature.entity.ExpectedSigner;
import kz.gov.elicense.signature.entity.SignatureFailure;
import kz.gov.elicense.signature.entity.SignatureVerification;

/**
 * The real KalkanCrypt GOST 34.10-2015 (512 bit) signature of {@link NcaSamples} through {@link CmsSignatureVerifier}:
 * its cryptography is accepted, so it fails only where the NCA RK test PKI is missing. Its issuer,
 * "ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST) TEST 2022", is not available, so no chain can be completed: the outcome is
 * precisely {@link SignatureFailure#CERTIFICATE_UNTRUSTED}, not MALFORMED (as before the verifier knew GOST) nor
 * SIGNATURE_INVALID.
 * <p>
 * The sample is an encapsulated CMS with a GOST and an RSA signer; the verifier takes detached signatures with one
 * signer, so the test re-wraps KalkanCrypt's GOST SignerInfo, unchanged, with its certificate into a detached
 * SignedData. The signed bytes and the signature value are KalkanCrypt's.
 */
class KalkanCmsVerifierTest {

    /** Inside the validity of the signer's certificate (2022-07-28 to 2023-07-28). */
    private static final Instant WHILE_VALID = Instant.parse("2023-01-16T09:00:00Z");
    private static final String ISSUER = "ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST) TEST 2022";

    @Test
    void theKalkanSignatureIsCryptographicallyAcceptedAndUntrustedForWantOfItsCa() throws Exception {
        SignatureVerification result = verifier(WHILE_VALID).verifyDetached(NcaSamples.CMS_CONTENT, detachedGostSignature(),
                ExpectedSigner.ANY);

        assertEquals(SignatureFailure.CERTIFICATE_UNTRUSTED, result.failure(), result.reason());
        assertTrue(result.reason().contains(ISSUER), result.reason());
        assertEquals("123456789012", result.signer().iin());
        assertTrue(result.signer().issuerDn().contains(ISSUER), result.signer().issuerDn());
        System.out.println("KalkanCrypt's GOST 34.10-2015 signature through the verifier: " + result.failure() + ": "
                + result.reason());
        assertNotNull(result.signingTime());
    }

    @Test
    void overOtherContentTheKalkanSignatureIsInvalid() throws Exception {
        SignatureVerification result = verifier(WHILE_VALID).verifyDetached("test124".getBytes(StandardCharsets.US_ASCII),
                detachedGostSignature(), ExpectedSigner.ANY);

        assertEquals(SignatureFailure.SIGNATURE_INVALID, result.failure(), result.reason());
    }

    @Test
    void withAFlippedSignatureValueBitTheKalkanSignatureIsInvalid() throws Exception {
        byte[] cms = detachedGostSignature();
        byte[] value = new CMSSignedData(cms).getSignerInfos().getSigners().iterator().next().getSignature();
        cms[indexOf(cms, value) + 10] ^= 0x01;

        SignatureVerification result = verifier(WHILE_VALID).verifyDetached(NcaSamples.CMS_CONTENT, cms, ExpectedSigner.ANY);

        assertEquals(SignatureFailure.SIGNATURE_INVALID, result.failure(), result.reason());
    }

    @Test
    void todayTheKalkanSignersCertificateHasExpired() throws Exception {
        SignatureVerification result = verifier(Instant.parse("2026-03-02T10:00:00Z")).verifyDetached(NcaSamples.CMS_CONTENT,
                detachedGostSignature(), ExpectedSigner.ANY);

        assertEquals(SignatureFailure.CERTIFICATE_EXPIRED, result.failure(), result.reason());
    }

    @Test
    void theOriginalTwoSignerEncapsulatedCmsIsRefusedForItsShapeNotItsAlgorithms() throws Exception {
        SignatureVerification result = verifier(WHILE_VALID).verifyDetached(NcaSamples.CMS_CONTENT,
                NcaSamples.cms().getEncoded(ASN1Encoding.DER), ExpectedSigner.ANY);

        assertEquals(SignatureFailure.MALFORMED, result.failure(), result.reason());
        assertNull(result.signer());
        assertTrue(result.reason().contains("encapsulates its own content"), result.reason());
    }

    /** KalkanCrypt's GOST SignerInfo and certificate, unchanged, in a detached SignedData of their own. */
    private static byte[] detachedGostSignature() throws Exception {
        CMSSignedData cms = NcaSamples.cms();
        SignerInformation gost = cms.getSignerInfos().getSigners().stream()
                .filter(s -> s.getDigestAlgOID().startsWith("1.2.398")).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        X509CertificateHolder certificate = (X509CertificateHolder) cms.getCertificates().getMatches(gost.getSID())
                .iterator().next();
        SignedData original = SignedData.getInstance(cms.toASN1Structure().getContent());
        ASN1EncodableVector digests = new ASN1EncodableVector();
        for (ASN1Encodable digest : original.getDigestAlgorithms()) {
            if (AlgorithmIdentifier.getInstance(digest).getAlgorithm().getId().equals(gost.getDigestAlgOID())) {
                digests.add(digest);
            }
        }
        SignedData detached = new SignedData(new DERSet(digests), new ContentInfo(CMSObjectIdentifiers.data, null),
                new DERSet(certificate.toASN1Structure()), null, new DERSet(gost.toASN1Structure()));
        return new ContentInfo(CMSObjectIdentifiers.signedData, detached).getEncoded(ASN1Encoding.DER);
    }

    /** Trust in a throw-away EC root only: nothing of the NCA RK test PKI is trusted. */
    private static CmsSignatureVerifier verifier(Instant now) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair keys = generator.generateKeyPair();
        X500Name name = new X500Name("CN=Unrelated Test Root,C=KZ");
        X509CertificateHolder root = new JcaX509v3CertificateBuilder(name, BigInteger.ONE,
                Date.from(Instant.parse("2020-01-01T00:00:00Z")), Date.from(Instant.parse("2040-01-01T00:00:00Z")), name,
                keys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                .build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(BouncyCastle.PROVIDER).build(keys.getPrivate()));
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER);
        List<X509Certificate> trusted = List.of(converter.getCertificate(root),
                converter.getCertificate(NcaSamples.certificate(NcaSamples.GOST_2004_INTERMEDIATE)));
        return new CmsSignatureVerifier(TrustAnchors.of(trusted), Clock.fixed(now, ZoneOffset.UTC));
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
}
