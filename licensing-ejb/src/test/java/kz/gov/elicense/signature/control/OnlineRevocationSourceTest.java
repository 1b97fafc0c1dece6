package kz.gov.elicense.signature.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Properties;

import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kz.gov.elicense.signature.demo.DemoCrlIssuer;
import kz.gov.elicense.signature.demo.DemoOcspResponder;
import kz.gov.elicense.signature.demo.DemoPki;
import kz.gov.elicense.signature.demo.DemoPkiFixture;
import kz.gov.elicense.signature.demo.DemoPkiServer;
import kz.gov.elicense.signature.demo.DemoPkiServices;
import kz.gov.elicense.signature.entity.RevocationEvidence;
import kz.gov.elicense.signature.entity.RevocationStatus;

/** Against the demo PKI's OCSP responder and CRL issuer over HTTP on 127.0.0.1, made to misbehave where needed. */
class OnlineRevocationSourceTest {

    private static final String BIN = DemoPki.BROKEN_VARIANTS_BIN;
    private static final OnlineRevocationSource.Settings QUICK =
            OnlineRevocationSource.Settings.defaults().withTimeouts(Duration.ofSeconds(2));

    private static DemoPkiServer server;
    private static SigningKey head;
    private static SigningKey revoked;
    private static X509Certificate legalEntitiesCa;
    private static Instant revokedAt;

    @BeforeAll
    static void pki() throws Exception {
        server = DemoPkiFixture.server();
        head = DemoPkiFixture.key("applicants/" + BIN);
        revoked = DemoPkiFixture.key("applicants/revoked-" + BIN);
        legalEntitiesCa = head.chain().get(0);
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(DemoPkiFixture.file(DemoPki.PROPERTIES_FILE))) {
            properties.load(reader);
        }
        revokedAt = Instant.parse(properties.getProperty("applicant.revoked-" + BIN + ".revoked-at"));
    }

    @AfterEach
    void restoreServer() {
        server.reset();
    }

    @Test
    void aGoodCertificateIsGoodByOcsp() throws Exception {
        RevocationEvidence evidence = source().check(head.certificate(), legalEntitiesCa, Instant.now());

        assertEquals(RevocationStatus.GOOD, evidence.status(), evidence.detail());
        assertEquals("OCSP", evidence.source());
        assertEquals(OCSPResp.SUCCESSFUL, new OCSPResp(evidence.encoded()).getStatus(), "the DER response is the evidence");
        assertNotNull(evidence.producedAt());
        assertEquals(0, server.requests(DemoPkiServer.CRL), "no CRL needed");
    }

    @Test
    void aRevokedCertificateIsRevokedByOcspWithItsTimeAndReason() {
        RevocationEvidence evidence = source().check(revoked.certificate(), legalEntitiesCa, Instant.now());

        assertEquals(RevocationStatus.REVOKED, evidence.status(), evidence.detail());
        assertEquals("OCSP", evidence.source());
        assertEquals(revokedAt, evidence.revokedAt());
        assertTrue(evidence.detail().contains("key compromise"), evidence.detail());
    }

    @Test
    void aCertificateRevokedAfterTheMomentCheckedWasGoodThen() {
        RevocationEvidence evidence = source().check(revoked.certificate(), legalEntitiesCa, revokedAt.minusSeconds(60));

        assertEquals(RevocationStatus.GOOD, evidence.status());
        assertNull(evidence.revokedAt());
        assertTrue(evidence.detail().contains("revoked on " + revokedAt), evidence.detail());
    }

    @Test
    void issuingCasAreCheckedWithTheRootsResponder() {
        X509Certificate root = head.chain().get(1);

        RevocationEvidence evidence = source().check(legalEntitiesCa, root, Instant.now());

        assertEquals(RevocationStatus.GOOD, evidence.status(), evidence.detail());
        assertEquals("OCSP", evidence.source());
    }

    @Test
    void aResponderAnswering500IsReplacedByTheCrl() throws Exception {
        server.override(DemoPkiServer.OCSP, DemoPkiServer.ERROR_500);

        RevocationEvidence good = source().check(head.certificate(), legalEntitiesCa, Instant.now());
        RevocationEvidence bad = source().check(revoked.certificate(), legalEntitiesCa, Instant.now());

        assertEquals(RevocationStatus.GOOD, good.status(), good.detail());
        assertEquals("CRL", good.source());
        X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(good.encoded()));
        assertEquals(legalEntitiesCa.getSubjectX500Principal(), crl.getIssuerX500Principal(), "the DER CRL is the evidence");
        assertEquals(crl.getThisUpdate().toInstant(), good.producedAt());
        assertEquals(RevocationStatus.REVOKED, bad.status(), bad.detail());
        assertEquals("CRL", bad.source());
        assertEquals(revokedAt, bad.revokedAt());
    }

    @Test
    void aResponderThatIsDownIsReplacedByTheCrl() {
        server.override(DemoPkiServer.OCSP, DemoPkiServer.DOWN);

        RevocationEvidence evidence = source().check(revoked.certificate(), legalEntitiesCa, Instant.now());

        assertEquals(RevocationStatus.REVOKED, evidence.status(), evidence.detail());
        assertEquals("CRL", evidence.source());
    }

    @Test
    void aResponderTooSlowIsGivenUpAfterTheTimeout() {
        server.override(DemoPkiServer.OCSP, (path, body) -> {
            Thread.sleep(3_000);
            return null;
        });
        Instant started = Instant.now();

        RevocationEvidence evidence = new OnlineRevocationSource(
                OnlineRevocationSource.Settings.defaults().withTimeouts(Duration.ofMillis(300)), Clock.systemUTC())
                .check(head.certificate(), legalEntitiesCa, Instant.now());

        assertEquals("CRL", evidence.source(), evidence.detail());
        assertTrue(Duration.between(started, Instant.now()).compareTo(Duration.ofMillis(2_500)) < 0,
                "did not wait for the responder");
    }

    @Test
    void noOcspAndAStaleCrlIsUnknownWithBothReasons() throws Exception {
        server.override(DemoPkiServer.OCSP, DemoPkiServer.DOWN);
        // issued two days ago: its nextUpdate, a day later, has passed
        DemoCrlIssuer yesterdays = services(Clock.offset(Clock.systemUTC(), Duration.ofDays(-2))).crls();
        server.override(DemoPkiServer.CRL, (path, body) -> DemoPkiServer.Reply.ok(DemoPkiServices.CRL,
                yesterdays.crl("legal-entities")));

        RevocationEvidence evidence = source().check(head.certificate(), legalEntitiesCa, Instant.now());

        assertEquals(RevocationStatus.UNKNOWN, evidence.status());
        assertNull(evidence.encoded());
        assertTrue(evidence.detail().contains("stale"), evidence.detail());
        assertTrue(evidence.detail().contains(server.baseUrl() + "/pki/ocsp"), evidence.detail());
        assertTrue(evidence.detail().contains(server.baseUrl() + "/pki/crl/legal-entities.crl"), evidence.detail());
    }

    @Test
    void noOcspAndNoCrlIsUnknown() {
        server.override(DemoPkiServer.OCSP, DemoPkiServer.ERROR_500);
        server.override(DemoPkiServer.CRL, DemoPkiServer.DOWN);

        RevocationEvidence evidence = source().check(head.certificate(), legalEntitiesCa, Instant.now());

        assertEquals(RevocationStatus.UNKNOWN, evidence.status());
        assertTrue(evidence.detail().contains("HTTP 500"), evidence.detail());
        assertTrue(evidence.detail().contains("unreachable"), evidence.detail());
    }

    @Test
    void aCrlIsKeptUntilItsNextUpdateAndThenDownloadedAgain() throws Exception {
        MovableClock clock = new MovableClock(Instant.now());
        server.override(DemoPkiServer.OCSP, DemoPkiServer.DOWN);
        DemoCrlIssuer issuer = services(clock).crls();
        server.override(DemoPkiServer.CRL, (path, body) -> DemoPkiServer.Reply.ok(DemoPkiServices.CRL,
                issuer.crl("legal-entities")));
        // a week's max age: only the nextUpdate, a day after issue, makes it download again
        OnlineRevocationSource source = new OnlineRevocationSource(QUICK.withCrlMaxAge(Duration.ofDays(7)), clock);

        RevocationEvidence first = source.check(head.certificate(), legalEntitiesCa, clock.instant());
        clock.advance(Duration.ofHours(23));
        RevocationEvidence second = source.check(revoked.certificate(), legalEntitiesCa, clock.instant());
        assertEquals(1, server.requests(DemoPkiServer.CRL), "the second check used the kept CRL");
        clock.advance(Duration.ofHours(2));
        RevocationEvidence third = source.check(head.certificate(), legalEntitiesCa, clock.instant());

        assertEquals(2, server.requests(DemoPkiServer.CRL), "past nextUpdate the CRL is downloaded again");
        assertEquals(RevocationStatus.GOOD, first.status(), first.detail());
        assertEquals(RevocationStatus.REVOKED, second.status(), second.detail());
        assertEquals(RevocationStatus.GOOD, third.status(), third.detail());
        assertEquals(first.producedAt().plus(Duration.ofHours(25)), third.producedAt(), "the new CRL's thisUpdate");
    }

    @Test
    void aCrlOlderThanTheMaxAgeIsDownloadedAgainAndKeptIfThatFails() throws Exception {
        MovableClock clock = new MovableClock(Instant.now());
        server.override(DemoPkiServer.OCSP, DemoPkiServer.DOWN);
        OnlineRevocationSource source = new OnlineRevocationSource(QUICK.withCrlMaxAge(Duration.ofHours(1)), clock);

        source.check(head.certificate(), legalEntitiesCa, clock.instant());
        clock.advance(Duration.ofMinutes(90));
        server.override(DemoPkiServer.CRL, DemoPkiServer.ERROR_500);
        RevocationEvidence evidence = source.check(revoked.certificate(), legalEntitiesCa, clock.instant());

        assertEquals(2, server.requests(DemoPkiServer.CRL), "tried again after an hour");
        assertEquals(RevocationStatus.REVOKED, evidence.status(), "the kept CRL, still before its nextUpdate");
        assertEquals("CRL", evidence.source());
    }

    @Test
    void aForgedOcspAnswerIsNotBelieved() throws Exception {
        // "good" for the revoked certificate, with the real responder's certificate, signed by another key
        SigningKey responder = DemoPkiFixture.key("services/ocsp-legal-entities");
        SigningKey forger = DemoPkiFixture.key("applicants/" + BIN);
        server.override(DemoPkiServer.OCSP, (path, body) -> DemoPkiServer.Reply.ok(DemoPkiServices.OCSP_RESPONSE,
                answer(body, forger, responder.certificate(), CertificateStatus.GOOD)));

        RevocationEvidence evidence = source().check(revoked.certificate(), legalEntitiesCa, Instant.now());

        assertEquals(RevocationStatus.REVOKED, evidence.status(), "the CRL's word: " + evidence.detail());
        assertEquals("CRL", evidence.source());
    }

    @Test
    void anotherCasResponderMayNotAnswer() throws Exception {
        SigningKey individualsResponder = DemoPkiFixture.key("services/ocsp-individuals");
        server.override(DemoPkiServer.OCSP, (path, body) -> DemoPkiServer.Reply.ok(DemoPkiServices.OCSP_RESPONSE,
                answer(body, individualsResponder, individualsResponder.certificate(), CertificateStatus.GOOD)));
        server.override(DemoPkiServer.CRL, DemoPkiServer.DOWN);

        RevocationEvidence evidence = source().check(revoked.certificate(), legalEntitiesCa, Instant.now());

        assertEquals(RevocationStatus.UNKNOWN, evidence.status());
        assertTrue(evidence.detail().contains("neither the CA's nor that of a responder the CA authorised"),
                evidence.detail());
    }

    @Test
    void theCaItselfMayAnswer() throws Exception {
        SigningKey ca = DemoPkiFixture.key("ca/legal-entities");
        server.override(DemoPkiServer.OCSP, (path, body) -> DemoPkiServer.Reply.ok(DemoPkiServices.OCSP_RESPONSE,
                answer(body, ca, null, CertificateStatus.GOOD)));

        RevocationEvidence evidence = source().check(head.certificate(), legalEntitiesCa, Instant.now());

        assertEquals(RevocationStatus.GOOD, evidence.status(), evidence.detail());
        assertEquals("OCSP", evidence.source());
    }

    @Test
    void anAnswerWithoutTheNonceIsNotBelieved() {
        DemoOcspResponder real = server.services().ocsp();
        server.override(DemoPkiServer.OCSP, (path, body) -> DemoPkiServer.Reply.ok(DemoPkiServices.OCSP_RESPONSE,
                real.respond(new OCSPReqBuilder().addRequest(new OCSPReq(body).getRequestList()[0].getCertID())
                        .build().getEncoded())));
        server.override(DemoPkiServer.CRL, DemoPkiServer.DOWN);

        RevocationEvidence evidence = source().check(head.certificate(), legalEntitiesCa, Instant.now());

        assertEquals(RevocationStatus.UNKNOWN, evidence.status());
        assertTrue(evidence.detail().contains("nonce"), evidence.detail());
    }

    @Test
    void anAnswerAboutAnotherCertificateIsNotBelieved() {
        DemoOcspResponder real = server.services().ocsp();
        // asked about the revoked certificate, it answers about the head's good one
        server.override(DemoPkiServer.OCSP, (path, body) -> {
            OCSPReq asked = new OCSPReq(body);
            CertificateID other = CertificateID.deriveCertificateID(asked.getRequestList()[0].getCertID(),
                    head.certificate().getSerialNumber());
            return DemoPkiServer.Reply.ok(DemoPkiServices.OCSP_RESPONSE, real.respond(new OCSPReqBuilder()
                    .addRequest(other)
                    .setRequestExtensions(new Extensions(asked.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce))).build().getEncoded()));
        });

        RevocationEvidence evidence = source().check(revoked.certificate(), legalEntitiesCa, Instant.now());

        assertEquals(RevocationStatus.REVOKED, evidence.status(), evidence.detail());
        assertEquals("CRL", evidence.source());
    }

    @Test
    void aStaleOcspAnswerIsNotBelieved() throws Exception {
        DemoOcspResponder old = services(Clock.offset(Clock.systemUTC(), Duration.ofHours(-2))).ocsp();
        server.override(DemoPkiServer.OCSP, (path, body) -> DemoPkiServer.Reply.ok(DemoPkiServices.OCSP_RESPONSE,
                old.respond(body)));
        server.override(DemoPkiServer.CRL, DemoPkiServer.DOWN);

        RevocationEvidence evidence = source().check(head.certificate(), legalEntitiesCa, Instant.now());

        assertEquals(RevocationStatus.UNKNOWN, evidence.status());
        assertTrue(evidence.detail().contains("stale status"), evidence.detail());
    }

    @Test
    void aCertificateNamingNoServicesIsUnknown() {
        SigningKey untrusted = DemoPkiFixture.key("applicants/untrusted-" + BIN);

        RevocationEvidence evidence = source().check(untrusted.certificate(), untrusted.chain().get(0), Instant.now());

        assertEquals(RevocationStatus.UNKNOWN, evidence.status());
        assertTrue(evidence.detail().contains("names no OCSP responder"), evidence.detail());
        assertTrue(evidence.detail().contains("names no CRL distribution point"), evidence.detail());
    }

    @Test
    void aCrlOfAnotherCaIsNotBelieved() {
        server.override(DemoPkiServer.OCSP, DemoPkiServer.DOWN);
        DemoCrlIssuer real = server.services().crls();
        server.override(DemoPkiServer.CRL, (path, body) -> DemoPkiServer.Reply.ok(DemoPkiServices.CRL,
                real.crl("individuals")));

        RevocationEvidence evidence = source().check(revoked.certificate(), legalEntitiesCa, Instant.now());

        assertEquals(RevocationStatus.UNKNOWN, evidence.status());
        assertTrue(evidence.detail().contains("not by the certificate's CA"), evidence.detail());
    }

    private static OnlineRevocationSource source() {
        return new OnlineRevocationSource(QUICK, Clock.systemUTC());
    }

    private static DemoPkiServices services(Clock clock) throws Exception {
        return DemoPkiServices.load(DemoPkiFixture.directory(), clock);
    }

    /** An OCSP answer to {@code request} with the nonce echoed, signed by {@code signer}, enclosing {@code certificate}. */
    private static byte[] answer(byte[] request, SigningKey signer, X509Certificate certificate, CertificateStatus status)
            throws Exception {
        OCSPReq asked = new OCSPReq(request);
        Instant now = Instant.now();
        BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(new RespID(X500Name.getInstance(
                (certificate != null ? certificate : signer.certificate()).getSubjectX500Principal().getEncoded())));
        builder.addResponse(asked.getRequestList()[0].getCertID(), status, Date.from(now),
                Date.from(now.plus(Duration.ofHours(1))), null);
        builder.setResponseExtensions(new Extensions(asked.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce)));
        X509CertificateHolder[] chain = certificate == null ? null
                : new X509CertificateHolder[]{new JcaX509CertificateHolder(certificate)};
        return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, builder.build(
                new JcaContentSignerBuilder(signer.privateKey().getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA")
                        .setProvider(BouncyCastle.PROVIDER).build(signer.privateKey()), chain, Date.from(now))).getEncoded();
    }

    /** A clock the test moves forward, to pass a CRL's nextUpdate without waiting a day. */
    private static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
