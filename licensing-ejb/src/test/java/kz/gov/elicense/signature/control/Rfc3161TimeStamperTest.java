package kz.gov.elicense.signature.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.net.URI;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kz.gov.elicense.signature.control.TimeStamper.TimeStampUnavailableException;
import kz.gov.elicense.signature.demo.DemoPki;
import kz.gov.elicense.signature.demo.DemoPkiFixture;
import kz.gov.elicense.signature.demo.DemoPkiServer;
import kz.gov.elicense.signature.demo.DemoPkiServices;
import kz.gov.elicense.signature.demo.DemoTimeStampAuthority;

/** Against the demo PKI's time-stamp authority over HTTP on 127.0.0.1, made to misbehave where needed. */
class Rfc3161TimeStamperTest {

    private static DemoPkiServer server;
    private static SigningKey tsa;
    private static Rfc3161TimeStamper stamper;
    private static byte[] digest;

    @BeforeAll
    static void pki() throws Exception {
        server = DemoPkiFixture.server();
        tsa = DemoPkiFixture.key("services/tsa");
        stamper = new Rfc3161TimeStamper(URI.create(server.baseUrl() + DemoPkiServer.TSA), Duration.ofSeconds(2));
        digest = MessageDigest.getInstance("SHA-256").digest("a signature value".getBytes());
    }

    @AfterEach
    void restoreServer() {
        server.reset();
    }

    @Test
    void theTokenStampsTheDigestAndValidatesAgainstTheTsaCertificate() throws Exception {
        TimeStampToken token = new TimeStampToken(ContentInfo.getInstance(stamper.timeStamp(digest)));

        token.validate(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BouncyCastle.PROVIDER).build(tsa.certificate()));
        assertArrayEquals(digest, token.getTimeStampInfo().getMessageImprintDigest());
        assertEquals(new ASN1ObjectIdentifier(DemoPki.TSA_POLICY), token.getTimeStampInfo().getPolicy());
    }

    @Test
    void aRefusalIsUnavailable() {
        DemoTimeStampAuthority real = server.services().timeStamps();
        server.override(DemoPkiServer.TSA, (path, body) -> DemoPkiServer.Reply.ok(DemoPkiServices.TIMESTAMP_REPLY,
                real.respond("garbage".getBytes())));

        TimeStampUnavailableException e = assertThrows(TimeStampUnavailableException.class, () -> stamper.timeStamp(digest));

        assertTrue(e.getMessage().contains("refused"), e.getMessage());
    }

    @Test
    void aTokenForAnotherDigestIsRefused() {
        answerInstead((asked) -> request(new byte[32], asked.getNonce()));

        TimeStampUnavailableException e = assertThrows(TimeStampUnavailableException.class, () -> stamper.timeStamp(digest));

        assertTrue(e.getMessage().contains("does not match"), e.getMessage());
    }

    @Test
    void aTokenWithAnotherNonceIsRefused() {
        answerInstead((asked) -> request(asked.getMessageImprintDigest(), asked.getNonce().add(BigInteger.ONE)));

        TimeStampUnavailableException e = assertThrows(TimeStampUnavailableException.class, () -> stamper.timeStamp(digest));

        assertTrue(e.getMessage().contains("nonce"), e.getMessage());
    }

    @Test
    void aTokenWhoseSignatureDoesNotVerifyIsRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        DemoTimeStampAuthority impostor = new DemoTimeStampAuthority(
                new SigningKey(generator.generateKeyPair().getPrivate(), tsa.certificate(), tsa.chain()),
                DemoPki.TSA_POLICY, Clock.systemUTC());
        server.override(DemoPkiServer.TSA, (path, body) -> DemoPkiServer.Reply.ok(DemoPkiServices.TIMESTAMP_REPLY,
                impostor.respond(body)));

        TimeStampUnavailableException e = assertThrows(TimeStampUnavailableException.class, () -> stamper.timeStamp(digest));

        assertTrue(e.getMessage().contains("signature does not verify"), e.getMessage());
    }

    @Test
    void anAuthorityThatIsDownOrFailingIsUnavailable() {
        server.override(DemoPkiServer.TSA, DemoPkiServer.DOWN);
        assertThrows(TimeStampUnavailableException.class, () -> stamper.timeStamp(digest));

        server.override(DemoPkiServer.TSA, DemoPkiServer.ERROR_500);
        TimeStampUnavailableException e = assertThrows(TimeStampUnavailableException.class, () -> stamper.timeStamp(digest));
        assertTrue(e.getMessage().contains("HTTP 500"), e.getMessage());
    }

    @Test
    void onlyASha256DigestIsStamped() {
        assertThrows(IllegalArgumentException.class, () -> stamper.timeStamp(new byte[20]));
    }

    /** The real authority, but asked about what {@code substitute} makes of the request. */
    private static void answerInstead(java.util.function.Function<TimeStampRequest, TimeStampRequest> substitute) {
        DemoTimeStampAuthority real = server.services().timeStamps();
        server.override(DemoPkiServer.TSA, (path, body) -> DemoPkiServer.Reply.ok(DemoPkiServices.TIMESTAMP_REPLY,
                real.respond(substitute.apply(new TimeStampRequest(body)).getEncoded())));
    }

    private static TimeStampRequest request(byte[] digest, BigInteger nonce) {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        return generator.generate(new ASN1ObjectIdentifier("2.16.840.1.101.3.4.2.1"), digest, nonce);
    }
}
