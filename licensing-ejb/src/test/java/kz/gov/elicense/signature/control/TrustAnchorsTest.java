package kz.gov.elicense.signature.control;

import static kz.gov.elicense.signature.demo.DemoPkiFixture.file;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    private static String subject(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().getName();
    }
}
