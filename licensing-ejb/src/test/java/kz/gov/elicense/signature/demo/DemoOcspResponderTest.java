package kz.gov.elicense.signature.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Properties;

import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kz.gov.elicense.signature.control.BouncyCastle;
import kz.gov.elicense.signature.control.SigningKey;

class DemoOcspResponderTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final byte[] NONCE = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};
    private static final String BIN = DemoPki.BROKEN_VARIANTS_BIN;

    private static DemoOcspResponder responder;

    @BeforeAll
    static void loadServices() throws Exception {
        responder = DemoPkiServices.load(DemoPkiFixture.directory(), Clock.fixed(NOW, ZoneOffset.UTC)).ocsp();
    }

    @Test
    void answersGoodForACertificateOfOurs() throws Exception {
        SigningKey head = DemoPkiFixture.key("applicants/" + BIN);

        BasicOCSPResp answer = basic(responder.respond(request(head.certificate(), head.chain().get(0),
                CertificateID.HASH_SHA1)));

        SingleResp single = answer.getResponses()[0];
        assertNull(single.getCertStatus(), "GOOD");
        assertEquals(head.certificate().getSerialNumber(), single.getCertID().getSerialNumber());
        assertEquals(NOW, single.getThisUpdate().toInstant());
        assertEquals(NOW.plus(Duration.ofHours(1)), single.getNextUpdate().toInstant());
        assertEquals(NOW, answer.getProducedAt().toInstant());
    }

    @Test
    void echoesTheNonce() throws Exception {
        SigningKey head = DemoPkiFixture.key("applicants/" + BIN);

        BasicOCSPResp answer = basic(responder.respond(request(head.certificate(), head.chain().get(0), CertificateID.HASH_SHA1)));

        assertArrayEquals(new DEROctetString(NONCE).getEncoded(),
                answer.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce).getExtnValue().getOctets());
    }

    @Test
    void answersRevokedWithTheTimeAndReasonOfTheRevocationsFile() throws Exception {
        SigningKey revoked = DemoPkiFixture.key("applicants/revoked-" + BIN);
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(DemoPkiFixture.file(DemoPki.PROPERTIES_FILE))) {
            properties.load(reader);
        }

        CertificateStatus status = basic(responder.respond(request(revoked.certificate(), revoked.chain().get(0),
                CertificateID.HASH_SHA1))).getResponses()[0].getCertStatus();

        RevokedStatus revokedStatus = assertInstanceOf(RevokedStatus.class, status);
        assertEquals(Instant.parse(properties.getProperty("applicant.revoked-" + BIN + ".revoked-at")),
                revokedStatus.getRevocationTime().toInstant());
        assertEquals(CRLReason.keyCompromise, revokedStatus.getRevocationReason());
    }

    @Test
    void answersUnknownForACertificateOfAnotherCa() throws Exception {
        SigningKey untrusted = DemoPkiFixture.key("applicants/untrusted-" + BIN);

        CertificateStatus status = basic(responder.respond(request(untrusted.certificate(), untrusted.chain().get(0),
                CertificateID.HASH_SHA1))).getResponses()[0].getCertStatus();

        assertInstanceOf(UnknownStatus.class, status);
    }

    @Test
    void eachCaIsAnsweredForByItsOwnDelegatedResponder() throws Exception {
        SigningKey applicant = DemoPkiFixture.key("applicants/" + BIN);
        SigningKey individual = DemoPkiFixture.key("individuals/800101300125");
        X509Certificate legalEntitiesCa = applicant.chain().get(0);

        assertSignedBy("services/ocsp-legal-entities", responder.respond(
                request(applicant.certificate(), legalEntitiesCa, CertificateID.HASH_SHA1)));
        assertSignedBy("services/ocsp-individuals", responder.respond(
                request(individual.certificate(), individual.chain().get(0), CertificateID.HASH_SHA1)));
        assertSignedBy("services/ocsp-root", responder.respond(
                request(legalEntitiesCa, applicant.chain().get(1), CertificateID.HASH_SHA1)));
    }

    @Test
    void understandsSha256CertificateIds() throws Exception {
        SigningKey revoked = DemoPkiFixture.key("applicants/revoked-" + BIN);

        CertificateStatus status = basic(responder.respond(request(revoked.certificate(), revoked.chain().get(0),
                new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)))).getResponses()[0].getCertStatus();

        assertInstanceOf(RevokedStatus.class, status);
    }

    @Test
    void answersMalformedRequestToSomethingElse() throws Exception {
        OCSPResp response = new OCSPResp(responder.respond("not DER".getBytes()));

        assertEquals(OCSPResp.MALFORMED_REQUEST, response.getStatus());
        assertNull(response.getResponseObject());
    }

    private static void assertSignedBy(String responderKey, byte[] response) throws Exception {
        SigningKey key = DemoPkiFixture.key(responderKey);
        BasicOCSPResp answer = basic(response);
        assertTrue(answer.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(BouncyCastle.PROVIDER)
                .build(key.certificate().getPublicKey())), responderKey);
        assertEquals(new JcaX509CertificateHolder(key.certificate()), answer.getCerts()[0], "its certificate is enclosed");
    }

    static byte[] request(X509Certificate certificate, X509Certificate issuer, AlgorithmIdentifier hash) throws Exception {
        CertificateID id = new CertificateID(new JcaDigestCalculatorProviderBuilder().setProvider(BouncyCastle.PROVIDER)
                .build().get(hash), new JcaX509CertificateHolder(issuer), certificate.getSerialNumber());
        return new OCSPReqBuilder().addRequest(id)
                .setRequestExtensions(new Extensions(new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false,
                        new DEROctetString(NONCE).getEncoded())))
                .build().getEncoded();
    }

    private static BasicOCSPResp basic(byte[] response) throws Exception {
        OCSPResp parsed = new OCSPResp(response);
        assertEquals(OCSPResp.SUCCESSFUL, parsed.getStatus());
        return (BasicOCSPResp) parsed.getResponseObject();
    }
}
