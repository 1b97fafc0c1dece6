package kz.gov.elicense.signature.control;

import static kz.gov.elicense.signature.control.CadesTestPki.at;
import static kz.gov.elicense.signature.control.GostTestPki.CA_USAGE;
import static kz.gov.elicense.signature.control.GostTestPki.SIGNING;
import static kz.gov.elicense.signature.control.GostTestPki.T0;
import static kz.gov.elicense.signature.control.GostTestPki.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import kz.gov.elicense.signature.entity.ExpectedSigner;
import kz.gov.elicense.signature.entity.RevocationEvidence;
import kz.gov.elicense.signature.entity.RevocationStatus;
import kz.gov.elicense.signature.entity.SignatureFailure;
import kz.gov.elicense.signature.entity.SignatureVerification;
import kz.gov.elicense.signature.entity.ValidationMaterial;
import kz.gov.elicense.signature.entity.VerificationStatus;
import kz.gov.elicense.signature.gost.GostAlgorithm;
import kz.gov.elicense.signature.gost.GostKeys;
import kz.gov.elicense.signature.gost.GostOperators;

/**
 * Revocation under GOST CAs with the NCA RK OIDs (whose certificates have no JCA public key): OCSP responses and CRLs
 * signed with GOST 34.310-2004 and GOST 34.10-2015 (512 bit) are verified by {@link OnlineRevocationSource} (over HTTP
 * on 127.0.0.1) and {@link StoredRevocationSource}, forged ones (another GOST key, an impostor responder) are not, and
 * {@link CmsSignatureVerifier} with a GOST-only trust configuration reaches VALID, not INDETERMINATE.
 */
class GostRevocationTest {

    private static final Instant NOW = T0.plus(Duration.ofHours(1));
    private static final Instant REVOKED_AT = T0.minus(Duration.ofDays(1));
    private static final byte[] FORM = "{\"licence\":\"KZ-0042\",\"activity\":\"security\"}".getBytes(StandardCharsets.UTF_8);
    private static final OnlineRevocationSource.Settings QUICK =
            OnlineRevocationSource.Settings.defaults().withTimeouts(Duration.ofSeconds(2));
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Only because {@link GostTestPki} wants one; its EC root is never trusted here. */
    private static final CadesTestPki EC = new CadesTestPki();

    private static HttpServer server;
    private static String base;
    /** The CAs that answer on the server, by the name of their CRL. */
    private static final Map<String, Issuer> ISSUERS = new ConcurrentHashMap<>();
    private static final Map<GostAlgorithm, Gost> PKIS = new EnumMap<>(GostAlgorithm.class);
    private static final AtomicInteger CRL_DOWNLOADS = new AtomicInteger();
    /** What the OCSP responder answers to a request; {@code null}: HTTP 500. */
    private static volatile Function<byte[], byte[]> ocsp;
    /** The CRL of a CA by its name; {@code null}: HTTP 500. */
    private static volatile Function<String, byte[]> crl;

    /** A GOST CA that answers OCSP and publishes a CRL, with the certificates it has revoked. */
    private record Issuer(SigningKey key, Map<BigInteger, Instant> revoked) {

        GostAlgorithm algorithm() {
            return GostTestPki.algorithmOf(key.certificate());
        }

        X509CertificateHolder holder() {
            return GostTestPki.holder(key.certificate());
        }
    }

    /**
     * A GOST PKI of one algorithm whose issuing CA and signers name the test server's OCSP responder and CRLs: root,
     * issuing CA (both with NCA RK OIDs), a good and a revoked signer, delegated responders, and impostors.
     */
    private static final class Gost {
        final GostAlgorithm algorithm;
        final GostTestPki pki;
        final SigningKey ca;
        final SigningKey good;
        final SigningKey revoked;
        /** id-kp-OCSPSigning from the CA, with ocsp-nocheck. */
        final SigningKey responder;
        /** id-kp-OCSPSigning from the CA, without ocsp-nocheck: its own status comes from the CA's CRL. */
        final SigningKey checkedResponder;
        /** The responder's names and purposes, but issued by a self-made CA that bears the real CA's name. */
        final SigningKey impostorResponder;

        Gost(GostAlgorithm algorithm) {
            this.algorithm = algorithm;
            pki = new GostTestPki(algorithm, EC);
            String rootCrl = "root-" + algorithm.name();
            String caCrl = "ca-" + algorithm.name();
            ISSUERS.put(rootCrl, new Issuer(pki.root, new ConcurrentHashMap<>()));
            String caName = "CN=Test GOST Online CA " + algorithm.name() + ",O=Test,C=KZ";
            ca = pki.ca(caName, pki.root, algorithm, T0.minus(YEAR.multipliedBy(2)), T0.plus(YEAR.multipliedBy(10)),
                    extensions(b -> {
                        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
                        b.addExtension(Extension.keyUsage, true, new KeyUsage(CA_USAGE));
                        services(b, rootCrl);
                    }));
            Issuer caIssuer = new Issuer(ca, new ConcurrentHashMap<>());
            ISSUERS.put(caCrl, caIssuer);
            good = pki.signer(ca, algorithm, T0.minus(Duration.ofDays(30)), T0.plus(Duration.ofDays(335)), SIGNING,
                    extensions(b -> services(b, caCrl)));
            revoked = pki.signer(ca, algorithm, T0.minus(Duration.ofDays(30)), T0.plus(Duration.ofDays(335)), SIGNING,
                    extensions(b -> services(b, caCrl)));
            caIssuer.revoked().put(revoked.certificate().getSerialNumber(), REVOKED_AT);

            String responderName = "CN=Test GOST OCSP Responder " + algorithm.name() + ",O=Test,C=KZ";
            responder = responder(responderName, ca, b -> b.addExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck,
                    false, DERNull.INSTANCE));
            checkedResponder = responder(responderName, ca, b -> b.addExtension(Extension.cRLDistributionPoints, false,
                    crlDistributionPoint(caCrl)));
            SigningKey impostorCa = pki.ca(caName, null, algorithm, T0.minus(YEAR), T0.plus(YEAR.multipliedBy(5)),
                    CA_USAGE, null);
            impostorResponder = responder(responderName, impostorCa, b -> b.addExtension(
                    OCSPObjectIdentifiers.id_pkix_ocsp_nocheck, false, DERNull.INSTANCE));
        }

        private SigningKey responder(String name, SigningKey issuer, Extending more) {
            return pki.ca(name, issuer, algorithm, T0.minus(YEAR), T0.plus(YEAR), extensions(b -> {
                b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
                b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_OCSPSigning));
                more.extend(b);
            }));
        }

        X509Certificate issuer() {
            return ca.certificate();
        }

        /** Only the GOST root: a GOST-only trust configuration. */
        TrustAnchors anchors() {
            return TrustAnchors.of(List.of(pki.root.certificate()));
        }
    }

    @FunctionalInterface
    private interface Extending {
        void extend(X509v3CertificateBuilder builder) throws IOException;
    }

    private static Consumer<X509v3CertificateBuilder> extensions(Extending extending) {
        return builder -> {
            try {
                extending.extend(builder);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static void services(X509v3CertificateBuilder builder, String crlName) throws IOException {
        builder.addExtension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(
                new AccessDescription(AccessDescription.id_ad_ocsp, uri(base + "/ocsp"))));
        builder.addExtension(Extension.cRLDistributionPoints, false, crlDistributionPoint(crlName));
    }

    private static CRLDistPoint crlDistributionPoint(String crlName) {
        return new CRLDistPoint(new DistributionPoint[]{new DistributionPoint(
                new DistributionPointName(new GeneralNames(uri(base + "/crl/" + crlName + ".crl"))), null, null)});
    }

    private static GeneralName uri(String uri) {
        return new GeneralName(GeneralName.uniformResourceIdentifier, uri);
    }

    private static synchronized Gost pki(GostAlgorithm algorithm) {
        return PKIS.computeIfAbsent(algorithm, Gost::new);
    }

    @BeforeAll
    static void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ocsp", exchange -> {
            byte[] request = exchange.getRequestBody().readAllBytes();
            Function<byte[], byte[]> answer = ocsp;
            reply(exchange, answer == null ? null : answer.apply(request), "application/ocsp-response");
        });
        server.createContext("/crl/", exchange -> {
            CRL_DOWNLOADS.incrementAndGet();
            String file = exchange.getRequestURI().getPath().substring("/crl/".length());
            Function<String, byte[]> list = crl;
            reply(exchange, list == null ? null : list.apply(file.replace(".crl", "")), "application/pkix-crl");
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
    }

    @BeforeEach
    void realServices() {
        ocsp = request -> answer(request, null, null, null);
        crl = name -> crlOf(ISSUERS.get(name), null);
        CRL_DOWNLOADS.set(0);
    }

    private static void reply(HttpExchange exchange, byte[] body, String type) throws IOException {
        try (InputStream ignored = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
            if (body == null) {
                exchange.sendResponseHeaders(500, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            out.write(body);
        } finally {
            exchange.close();
        }
    }

    // ---- online: OCSP

    @ParameterizedTest
    @EnumSource(value = GostAlgorithm.class, names = {"KZ_GOST_34_310_2004", "KZ_GOST_34_10_2015_512"})
    void aGostSignedOcspAnswerOfTheCaIsBelievedOnline(GostAlgorithm algorithm) {
        Gost pki = pki(algorithm);

        RevocationEvidence good = online().check(pki.good.certificate(), pki.issuer(), T0);
        RevocationEvidence revoked = online().check(pki.revoked.certificate(), pki.issuer(), T0);

        assertNull(pki.issuer().getPublicKey(), "no JCA key: the answer is verified through GostOperators");
        assertEquals(RevocationStatus.GOOD, good.status(), good.detail());
        assertEquals("OCSP", good.source());
        assertEquals(RevocationStatus.REVOKED, revoked.status(), revoked.detail());
        assertEquals("OCSP", revoked.source());
        assertEquals(REVOKED_AT, revoked.revokedAt());
        assertTrue(revoked.detail().contains("key compromise"), revoked.detail());
        assertEquals(0, CRL_DOWNLOADS.get(), "no CRL needed");
    }

    @ParameterizedTest
    @EnumSource(value = GostAlgorithm.class, names = {"KZ_GOST_34_310_2004", "KZ_GOST_34_10_2015_512"})
    void aDelegatedGostResponderIsBelievedOnline(GostAlgorithm algorithm) {
        Gost pki = pki(algorithm);
        ocsp = request -> answer(request, pki.responder.privateKey(), algorithm, pki.responder.certificate());

        RevocationEvidence good = online().check(pki.good.certificate(), pki.issuer(), T0);
        RevocationEvidence revoked = online().check(pki.revoked.certificate(), pki.issuer(), T0);

        assertEquals(RevocationStatus.GOOD, good.status(), good.detail());
        assertEquals("OCSP", good.source());
        assertEquals(RevocationStatus.REVOKED, revoked.status(), revoked.detail());
        assertEquals("OCSP", revoked.source());
    }

    @ParameterizedTest
    @EnumSource(value = GostAlgorithm.class, names = {"KZ_GOST_34_310_2004", "KZ_GOST_34_10_2015_512"})
    void aDelegatedGostResponderWithoutNocheckIsCheckedWithTheGostCrl(GostAlgorithm algorithm) {
        Gost pki = pki(algorithm);
        ocsp = request -> answer(request, pki.checkedResponder.privateKey(), algorithm, pki.checkedResponder.certificate());

        RevocationEvidence evidence = online().check(pki.good.certificate(), pki.issuer(), T0);

        assertEquals(RevocationStatus.GOOD, evidence.status(), evidence.detail());
        assertEquals("OCSP", evidence.source());
        assertEquals(1, CRL_DOWNLOADS.get(), "the responder's own status, from the CA's GOST CRL");
    }

    @ParameterizedTest
    @EnumSource(value = GostAlgorithm.class, names = {"KZ_GOST_34_310_2004", "KZ_GOST_34_10_2015_512"})
    void aForgedGostOcspAnswerIsNotBelievedOnline(GostAlgorithm algorithm) throws Exception {
        Gost pki = pki(algorithm);
        PrivateKey forger = GostKeys.generate(algorithm, RANDOM).getPrivate();
        // "good" for the revoked certificate, in the CA's name, signed by another GOST key
        ocsp = request -> answer(request, forger, algorithm, null, CertificateStatus.GOOD);

        RevocationEvidence byCrl = online().check(pki.revoked.certificate(), pki.issuer(), T0);
        crl = null;
        RevocationEvidence unknown = online().check(pki.revoked.certificate(), pki.issuer(), T0);

        assertEquals(RevocationStatus.REVOKED, byCrl.status(), "the CRL's word: " + byCrl.detail());
        assertEquals("CRL", byCrl.source());
        assertEquals(RevocationStatus.UNKNOWN, unknown.status());
        assertTrue(unknown.detail().contains("neither the CA's nor that of a responder the CA authorised"),
                unknown.detail());
    }

    @ParameterizedTest
    @EnumSource(value = GostAlgorithm.class, names = {"KZ_GOST_34_310_2004", "KZ_GOST_34_10_2015_512"})
    void anImpostorGostResponderIsNotBelievedOnline(GostAlgorithm algorithm) {
        Gost pki = pki(algorithm);
        ocsp = request -> answer(request, pki.impostorResponder.privateKey(), algorithm,
                pki.impostorResponder.certificate(), CertificateStatus.GOOD);
        crl = null;

        RevocationEvidence evidence = online().check(pki.revoked.certificate(), pki.issuer(), T0);

        assertEquals(RevocationStatus.UNKNOWN, evidence.status());
        assertTrue(evidence.detail().contains("neither the CA's nor that of a responder the CA authorised"),
                evidence.detail());
    }

    // ---- online: CRL

    @ParameterizedTest
    @EnumSource(value = GostAlgorithm.class, names = {"KZ_GOST_34_310_2004", "KZ_GOST_34_10_2015_512"})
    void aGostSignedCrlIsBelievedOnlineAndKept(GostAlgorithm algorithm) {
        Gost pki = pki(algorithm);
        ocsp = null;
        OnlineRevocationSource source = online();

        RevocationEvidence good = source.check(pki.good.certificate(), pki.issuer(), T0);
        RevocationEvidence revoked = source.check(pki.revoked.certificate(), pki.issuer(), T0);

        assertEquals(RevocationStatus.GOOD, good.status(), good.detail());
        assertEquals("CRL", good.source());
        assertEquals(NOW.minus(Duration.ofHours(1)), good.producedAt(), "the CRL's thisUpdate");
        assertEquals(RevocationStatus.REVOKED, revoked.status(), revoked.detail());
        assertEquals("CRL", revoked.source());
        assertEquals(REVOKED_AT, revoked.revokedAt());
        assertEquals(1, CRL_DOWNLOADS.get(), "the kept CRL served the second check: same GOST CA key");
    }

    @ParameterizedTest
    @EnumSource(value = GostAlgorithm.class, names = {"KZ_GOST_34_310_2004", "KZ_GOST_34_10_2015_512"})
    void aCrlSignedByAnotherGostKeyIsNotBelievedOnline(GostAlgorithm algorithm) throws Exception {
        Gost pki = pki(algorithm);
        PrivateKey forger = GostKeys.generate(algorithm, RANDOM).getPrivate();
        ocsp = null;
        // a clean CRL in the CA's name that would hide the revocation
        crl = name -> crlOf(new Issuer(ISSUERS.get(name).key(), Map.of()), forger);

        RevocationEvidence evidence = online().check(pki.revoked.certificate(), pki.issuer(), T0);

        assertEquals(RevocationStatus.UNKNOWN, evidence.status());
        assertTrue(evidence.detail().contains("is not signed by the certificate's CA"), evidence.detail());
    }

    // ---- stored

    @ParameterizedTest
    @EnumSource(value = GostAlgorithm.class, names = {"KZ_GOST_34_310_2004", "KZ_GOST_34_10_2015_512"})
    void aStoredGostCrlProvesGoodOrRevoked(GostAlgorithm algorithm) {
        Gost pki = pki(algorithm);
        StoredRevocationSource stored = stored(List.of(), List.of(crlOf(issuerOf(pki), null)));

        RevocationEvidence good = stored.check(pki.good.certificate(), pki.issuer(), T0);
        RevocationEvidence revoked = stored.check(pki.revoked.certificate(), pki.issuer(), T0);

        assertEquals(RevocationStatus.GOOD, good.status(), good.detail());
        assertEquals("CRL", good.source());
        assertEquals(RevocationStatus.REVOKED, revoked.status(), revoked.detail());
        assertEquals(REVOKED_AT, revoked.revokedAt());
    }

    @ParameterizedTest
    @EnumSource(value = GostAlgorithm.class, names = {"KZ_GOST_34_310_2004", "KZ_GOST_34_10_2015_512"})
    void aStoredCrlSignedByAnotherGostKeyIsIgnored(GostAlgorithm algorithm) throws Exception {
        Gost pki = pki(algorithm);
        PrivateKey forger = GostKeys.generate(algorithm, RANDOM).getPrivate();
        byte[] forged = crlOf(new Issuer(pki.ca, Map.of()), forger);

        RevocationEvidence evidence = stored(List.of(), List.of(forged)).check(pki.revoked.certificate(), pki.issuer(), T0);

        assertEquals(RevocationStatus.UNKNOWN, evidence.status(), evidence.detail());
    }

    @ParameterizedTest
    @EnumSource(value = GostAlgorithm.class, names = {"KZ_GOST_34_310_2004", "KZ_GOST_34_10_2015_512"})
    void aStoredGostOcspResponseOfTheCaOrItsResponderProvesGoodOrRevoked(GostAlgorithm algorithm) {
        Gost pki = pki(algorithm);
        SigningKey responder = pki.responder;

        RevocationEvidence good = stored(List.of(response(pki, pki.good, null, null, null)), List.of())
                .check(pki.good.certificate(), pki.issuer(), T0);
        RevocationEvidence revoked = stored(List.of(response(pki, pki.revoked, null, null, null)), List.of())
                .check(pki.revoked.certificate(), pki.issuer(), T0);
        RevocationEvidence delegated = stored(List.of(response(pki, pki.good, responder.privateKey(),
                responder.certificate(), null)), List.of()).check(pki.good.certificate(), pki.issuer(), T0);

        assertEquals(RevocationStatus.GOOD, good.status(), good.detail());
        assertEquals("OCSP", good.source());
        assertEquals(RevocationStatus.REVOKED, revoked.status(), revoked.detail());
        assertEquals(REVOKED_AT, revoked.revokedAt());
        assertEquals(RevocationStatus.GOOD, delegated.status(), delegated.detail());
    }

    @ParameterizedTest
    @EnumSource(value = GostAlgorithm.class, names = {"KZ_GOST_34_310_2004", "KZ_GOST_34_10_2015_512"})
    void aStoredGostOcspResponseSignedByAnotherKeyOrAnImpostorIsIgnored(GostAlgorithm algorithm) throws Exception {
        Gost pki = pki(algorithm);
        PrivateKey forger = GostKeys.generate(algorithm, RANDOM).getPrivate();
        SigningKey impostor = pki.impostorResponder;

        RevocationEvidence forged = stored(List.of(response(pki, pki.revoked, forger, null, CertificateStatus.GOOD)),
                List.of()).check(pki.revoked.certificate(), pki.issuer(), T0);
        RevocationEvidence byImpostor = stored(List.of(response(pki, pki.revoked, impostor.privateKey(),
                impostor.certificate(), CertificateStatus.GOOD)), List.of()).check(pki.revoked.certificate(), pki.issuer(), T0);

        assertEquals(RevocationStatus.UNKNOWN, forged.status(), forged.detail());
        assertEquals(RevocationStatus.UNKNOWN, byImpostor.status(), byImpostor.detail());
    }

    // ---- end to end

    @ParameterizedTest
    @EnumSource(value = GostAlgorithm.class, names = {"KZ_GOST_34_310_2004", "KZ_GOST_34_10_2015_512"})
    void aGostSignatureIsValidWithOnlineRevocationAndAgainWithItsMaterial(GostAlgorithm algorithm) {
        Gost pki = pki(algorithm);
        byte[] cms = new CmsSigner(at(T0)).signDetached(FORM, pki.good);

        SignatureVerification online = new CmsSignatureVerifier(pki.anchors(), at(NOW), online())
                .verifyDetached(FORM, cms, ExpectedSigner.ANY);

        assertEquals(VerificationStatus.VALID, online.status(), online.reason());
        ValidationMaterial material = online.material();
        assertEquals(2, material.ocspResponses().size(), "the signer's and the issuing CA's: " + material);
        ocsp = null;
        crl = null;
        SignatureVerification later = new CmsSignatureVerifier(pki.anchors(), at(NOW), online())
                .verifyWithMaterial(FORM, cms, ExpectedSigner.ANY, material);
        assertEquals(VerificationStatus.VALID, later.status(), "from the stored GOST OCSP responses: " + later.reason());
    }

    @ParameterizedTest
    @EnumSource(value = GostAlgorithm.class, names = {"KZ_GOST_34_310_2004", "KZ_GOST_34_10_2015_512"})
    void aGostSignatureIsValidByTheGostCrlsWhenOcspIsDown(GostAlgorithm algorithm) {
        Gost pki = pki(algorithm);
        ocsp = null;
        byte[] cms = new CmsSigner(at(T0)).signDetached(FORM, pki.good);

        SignatureVerification online = new CmsSignatureVerifier(pki.anchors(), at(NOW), online())
                .verifyDetached(FORM, cms, ExpectedSigner.ANY);

        assertEquals(VerificationStatus.VALID, online.status(), online.reason());
        assertEquals(2, online.material().crls().size(), "the issuing CA's and the root's: " + online.material());
        crl = null;
        SignatureVerification later = new CmsSignatureVerifier(pki.anchors(), at(NOW), online())
                .verifyWithMaterial(FORM, cms, ExpectedSigner.ANY, online.material());
        assertEquals(VerificationStatus.VALID, later.status(), "from the stored GOST CRLs: " + later.reason());
    }

    @ParameterizedTest
    @EnumSource(value = GostAlgorithm.class, names = {"KZ_GOST_34_310_2004", "KZ_GOST_34_10_2015_512"})
    void aRevokedGostSignerIsRevoked(GostAlgorithm algorithm) {
        Gost pki = pki(algorithm);
        byte[] cms = new CmsSigner(at(T0)).signDetached(FORM, pki.revoked);

        SignatureVerification result = new CmsSignatureVerifier(pki.anchors(), at(NOW), online())
                .verifyDetached(FORM, cms, ExpectedSigner.ANY);

        assertEquals(VerificationStatus.INVALID, result.status(), result.reason());
        assertEquals(SignatureFailure.CERTIFICATE_REVOKED, result.failure(), result.reason());
    }

    // ---- helpers

    private static OnlineRevocationSource online() {
        return new OnlineRevocationSource(QUICK, Clock.fixed(NOW, java.time.ZoneOffset.UTC));
    }

    private static StoredRevocationSource stored(List<byte[]> ocspResponses, List<byte[]> crls) {
        return new StoredRevocationSource(new ValidationMaterial(List.of(), ocspResponses, crls, null));
    }

    private static Issuer issuerOf(Gost pki) {
        return ISSUERS.get("ca-" + pki.algorithm.name());
    }

    /** The CA's CRL of an hour ago, current for a day, signed by {@code key} (the CA's own if {@code null}). */
    private static byte[] crlOf(Issuer issuer, PrivateKey key) {
        try {
            X509v2CRLBuilder builder = new X509v2CRLBuilder(GostTestPki.holder(issuer.key().certificate()).getSubject(),
                    Date.from(NOW.minus(Duration.ofHours(1))));
            builder.setNextUpdate(Date.from(NOW.plus(Duration.ofHours(23))));
            issuer.revoked().forEach((serial, at) -> builder.addCRLEntry(serial, Date.from(at), CRLReason.keyCompromise));
            return builder.build(GostOperators.contentSigner(issuer.algorithm(),
                    key != null ? key : issuer.key().privateKey())).getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The true answer to an OCSP request, with the nonce echoed; see {@link #answer(byte[], PrivateKey, GostAlgorithm, X509Certificate, CertificateStatus)}. */
    private static byte[] answer(byte[] request, PrivateKey key, GostAlgorithm algorithm, X509Certificate responder) {
        return answer(request, key, algorithm, responder, null);
    }

    /**
     * An answer to an OCSP request about a certificate of one of {@link #ISSUERS}, with the nonce echoed.
     *
     * @param key       signs the answer: the CA's own if {@code null}
     * @param responder enclosed and named as the responder, if not {@code null}
     * @param status    what the answer claims; the truth if {@code null}
     */
    private static byte[] answer(byte[] request, PrivateKey key, GostAlgorithm algorithm, X509Certificate responder,
                                 CertificateStatus status) {
        try {
            OCSPReq asked = new OCSPReq(request);
            CertificateID id = asked.getRequestList()[0].getCertID();
            for (Issuer issuer : ISSUERS.values()) {
                if (id.matchesIssuer(issuer.holder(), digests())) {
                    return response(id, issuer, key, algorithm, responder, status,
                            asked.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce));
                }
            }
            return null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A stored response (no nonce) about {@code subject}, issued by the PKI's issuing CA; see {@link #answer}. */
    private static byte[] response(Gost pki, SigningKey subject, PrivateKey key, X509Certificate responder,
                                   CertificateStatus status) {
        try {
            Issuer issuer = issuerOf(pki);
            CertificateID id = new CertificateID(digests().get(CertificateID.HASH_SHA1), issuer.holder(),
                    subject.certificate().getSerialNumber());
            return response(id, issuer, key, pki.algorithm, responder, status, null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] response(CertificateID id, Issuer issuer, PrivateKey key, GostAlgorithm algorithm,
                                   X509Certificate responder, CertificateStatus status, Extension nonce) throws Exception {
        Instant revokedAt = issuer.revoked().get(id.getSerialNumber());
        CertificateStatus claimed = status != null ? status
                : revokedAt == null ? CertificateStatus.GOOD : new RevokedStatus(Date.from(revokedAt), CRLReason.keyCompromise);
        X500Name name = GostTestPki.holder(responder != null ? responder : issuer.key().certificate()).getSubject();
        BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(new RespID(name));
        builder.addResponse(id, claimed, Date.from(NOW), Date.from(NOW.plus(Duration.ofHours(1))), null);
        if (nonce != null) {
            builder.setResponseExtensions(new Extensions(nonce));
        }
        List<X509CertificateHolder> chain = new ArrayList<>();
        if (responder != null) {
            chain.add(GostTestPki.holder(responder));
        }
        return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, builder.build(
                key == null ? GostOperators.contentSigner(issuer.algorithm(), issuer.key().privateKey())
                        : GostOperators.contentSigner(algorithm, key),
                chain.isEmpty() ? null : chain.toArray(X509CertificateHolder[]::new), Date.from(NOW))).getEncoded();
    }

    private static DigestCalculatorProvider digests() throws Exception {
        return new JcaDigestCalculatorProviderBuilder().setProvider(BouncyCastle.PROVIDER).build();
    }
}
