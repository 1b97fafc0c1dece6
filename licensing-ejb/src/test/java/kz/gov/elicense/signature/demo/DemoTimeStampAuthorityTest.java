package kz.gov.elicense.signature.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kz.gov.elicense.signature.control.BouncyCastle;
import kz.gov.elicense.signature.control.SigningKey;

class DemoTimeStampAuthorityTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private static DemoTimeStampAuthority tsa;
    private static SigningKey tsaKey;

    @BeforeAll
    static void loadServices() throws Exception {
        tsa = DemoPkiServices.load(DemoPkiFixture.directory(), Clock.fixed(NOW, ZoneOffset.UTC)).timeStamps();
        tsaKey = DemoPkiFixture.key("services/tsa");
    }

    @Test
    void grantsATokenThatValidatesAgainstTheTsaCertificate() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest("signature value".getBytes());
        TimeStampRequest request = request(TSPAlgorithms.SHA256, digest, BigInteger.valueOf(7));

        TimeStampResponse response = new TimeStampResponse(tsa.respond(request.getEncoded()));

        assertEquals(PKIStatus.GRANTED, response.getStatus());
        response.validate(request);
        TimeStampToken token = response.getTimeStampToken();
        token.validate(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BouncyCastle.PROVIDER).build(tsaKey.certificate()));
        assertArrayEquals(digest, token.getTimeStampInfo().getMessageImprintDigest());
        assertEquals(new ASN1ObjectIdentifier(DemoPki.TSA_POLICY), token.getTimeStampInfo().getPolicy());
        assertEquals(NOW, token.getTimeStampInfo().getGenTime().toInstant());
        assertEquals(1, token.getTimeStampInfo().getAccuracy().getSeconds().intValueExact());
        assertEquals(BigInteger.valueOf(7), token.getTimeStampInfo().getNonce());
        assertTrue(token.getCertificates().getMatches(null).contains(new JcaX509CertificateHolder(tsaKey.certificate())),
                "the TSA certificate, as requested");
    }

    @Test
    void serialNumbersIncrease() throws Exception {
        byte[] query = request(TSPAlgorithms.SHA256, new byte[32], BigInteger.ONE).getEncoded();

        BigInteger first = new TimeStampResponse(tsa.respond(query)).getTimeStampToken().getTimeStampInfo().getSerialNumber();
        BigInteger second = new TimeStampResponse(tsa.respond(query)).getTimeStampToken().getTimeStampInfo().getSerialNumber();

        assertTrue(second.compareTo(first) > 0, first + " then " + second);
    }

    @Test
    void rejectsAnUnknownDigestAlgorithm() throws Exception {
        TimeStampResponse response = new TimeStampResponse(tsa.respond(
                request(TSPAlgorithms.SHA1, new byte[20], BigInteger.ONE).getEncoded()));

        assertEquals(PKIStatus.REJECTION, response.getStatus());
        assertEquals(PKIFailureInfo.badAlg, response.getFailInfo().intValue());
        assertNull(response.getTimeStampToken());
    }

    @Test
    void rejectsAnotherPolicy() throws Exception {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setReqPolicy(new ASN1ObjectIdentifier("1.2.3.4"));

        TimeStampResponse response = new TimeStampResponse(tsa.respond(
                generator.generate(TSPAlgorithms.SHA256, new byte[32]).getEncoded()));

        assertEquals(PKIStatus.REJECTION, response.getStatus());
        assertEquals(PKIFailureInfo.unacceptedPolicy, response.getFailInfo().intValue());
    }

    @Test
    void rejectsSomethingThatIsNotARequest() throws Exception {
        TimeStampResponse response = new TimeStampResponse(tsa.respond("not DER".getBytes()));

        assertEquals(PKIStatus.REJECTION, response.getStatus());
        assertEquals(PKIFailureInfo.badDataFormat, response.getFailInfo().intValue());
    }

    @Test
    void aRejectionLeavesNoTraceInLaterResponses() throws Exception {
        tsa.respond("not DER".getBytes());

        TimeStampResponse response = new TimeStampResponse(tsa.respond(
                request(TSPAlgorithms.SHA256, new byte[32], BigInteger.ONE).getEncoded()));

        assertEquals(PKIStatus.GRANTED, response.getStatus());
        assertNull(response.getFailInfo());
    }

    static TimeStampRequest request(ASN1ObjectIdentifier algorithm, byte[] digest, BigInteger nonce) {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        return generator.generate(algorithm, digest, nonce);
    }
}
