package kz.gov.elicense.signature.control;

import static kz.gov.elicense.signature.demo.DemoPkiFixture.file;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.List;

import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import kz.gov.elicense.signature.gost.GostAlgorithm;

class TrustAnchorsTest {

    @Test
    void selfSignedCertificatesBecomeAnchorsAndTheOthersIntermediates() throws Exception {
        TrustAnchors trust = TrustAnchors.fromPem(file("trust"));

        assertEquals(List.of("CN=NCA RK Demo Root,O=Demo,C=KZ"),
                trust.anchors().stream().map(TrustAnchor::getTrustedCert).map(TrustAnchorsTest::subject).toList());
        assertEquals(List.of("CN=NCA RK Demo Individuals CA,O=Demo,C=KZ", "CN=NCA RK Demo Legal Entities CA,O=Demo,C=KZ"),
                trust.intermediates().stream().map(TrustAnchorsTest::subject).sorted().toList());
    }

    @Test
    void readsABundleWithTextAroundTheCertificatesAndIgnoresOtherFiles(@TempDir Path directory) throws Exception {
        String root = Files.readString(file("root-ca.pem"));
        String issuing = Files.readString(file("issuing-ca.pem"));
        Files.writeString(directory.resolve("bundle.crt"),
                "Subject: НУЦ РК (как в выводе openssl x509 -text)\n" + root + "\nissuing CA follows\n" + issuing,
                StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("root-again.pem"), root);
        Files.writeString(directory.resolve("README.txt"), "not a certificate");

        TrustAnchors trust = TrustAnchors.fromPem(directory);

        assertEquals(1, trust.anchors().size(), "the duplicate root counts once");
        assertEquals(1, trust.intermediates().size());
    }

    @Test
    void refusesASetWithoutAnySelfSignedRoot() {
        assertThrows(IllegalArgumentException.class, () -> TrustAnchors.fromPem(file("issuing-ca.pem")));
    }

    @Test
    void refusesAMissingLocation(@TempDir Path directory) {
        assertThrows(IOException.class, () -> TrustAnchors.fromPem(directory.resolve("absent")));
    }

    @ParameterizedTest
    @EnumSource(value = GostAlgorithm.class, names = {"KZ_GOST_34_310_2004", "KZ_GOST_34_10_2015_512", "GOST_R_34_10_2012_256"})
    void aGostRootIsAnAnchorAndAGostIssuingCaAnIntermediateWithoutAnyOtherRoot(GostAlgorithm algorithm,
                                                                              @TempDir Path directory) throws Exception {
        GostTestPki pki = new GostTestPki(algorithm, new CadesTestPki());
        writePem(directory.resolve("gost-root.pem"), pki.root.certificate());
        writePem(directory.resolve("gost-issuing.pem"), pki.issuing.certificate());

        TrustAnchors trust = TrustAnchors.fromPem(directory);

        assertEquals(List.of(subject(pki.root.certificate())),
                trust.anchors().stream().map(TrustAnchor::getTrustedCert).map(TrustAnchorsTest::subject).toList());
        assertEquals(List.of(subject(pki.issuing.certificate())), trust.intermediates().stream()
                .map(TrustAnchorsTest::subject).toList());
    }

    @Test
    void aSelfIssuedGostCertificateSignedByAnotherKeyIsNoAnchor() {
        GostTestPki pki = new GostTestPki(GostAlgorithm.KZ_GOST_34_10_2015_512, new CadesTestPki());
        // the root's name as subject and issuer, but signed with the root's key, not its own
        SigningKey lookalike = pki.ca(GostTestPki.holder(pki.root.certificate()).getSubject().toString(), pki.root, GostAlgorithm.KZ_GOST_34_10_2015_512,
                GostTestPki.T0.minus(GostTestPki.YEAR), GostTestPki.T0.plus(GostTestPki.YEAR), GostTestPki.CA_USAGE, null);

        assertEquals(lookalike.certificate().getSubjectX500Principal(), lookalike.certificate().getIssuerX500Principal());
        assertThrows(IllegalArgumentException.class, () -> TrustAnchors.of(List.of(lookalike.certificate())));
        TrustAnchors trust = TrustAnchors.of(List.of(lookalike.certificate(), pki.root.certificate()));
        assertEquals(List.of(pki.root.certificate()), trust.anchors().stream().map(TrustAnchor::getTrustedCert).toList());
        assertEquals(List.of(lookalike.certificate()), trust.intermediates());
    }

    private static void writePem(Path file, X509Certificate certificate) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.US_ASCII);
             JcaPEMWriter pem = new JcaPEMWriter(writer)) {
            pem.writeObject(certificate);
        }
    }

    private static String subject(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().getName();
    }
}
