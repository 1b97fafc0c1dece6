package kz.gov.elicense.signature.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509CertificateHolder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.gov.elicense.signature.control.SigningKey;
import kz.gov.elicense.signature.control.TrustAnchors;
import kz.gov.elicense.signature.entity.KeyUser;
import kz.gov.elicense.signature.entity.SignerIdentity;

class DemoPkiTest {

    @Test
    void aSecondRunKeepsTheExistingPki() throws Exception {
        Path directory = DemoPkiFixture.directory();
        byte[] providerKey = Files.readAllBytes(directory.resolve("provider/head-signer.p12"));
        byte[] properties = Files.readAllBytes(directory.resolve(DemoPki.PROPERTIES_FILE));

        assertFalse(DemoPki.generate(directory, false));

        assertArrayEquals(providerKey, Files.readAllBytes(directory.resolve("provider/head-signer.p12")));
        assertArrayEquals(properties, Files.readAllBytes(directory.resolve(DemoPki.PROPERTIES_FILE)));
    }

    @Test
    void forceRegeneratesOverAnExistingPki(@TempDir Path directory) throws Exception {
        Path properties = directory.resolve(DemoPki.PROPERTIES_FILE);
        Files.writeString(properties, "# a developer's PKI\n");

        DemoPki.main(new String[]{directory.toString()});
        assertEquals("# a developer's PKI\n", Files.readString(properties), "kept without --force");

        DemoPki.main(new String[]{directory.toString(), "--force"});
        assertEquals(DemoPki.PROVIDER_BIN, load(properties).getProperty("provider.bin"));
        assertTrue(Files.isRegularFile(directory.resolve("provider/head-signer.p12")));
    }

    @Test
    void everyPathInThePropertiesExists() throws Exception {
        Path directory = DemoPkiFixture.directory();
        Properties properties = load(directory.resolve(DemoPki.PROPERTIES_FILE));

        for (String key : properties.stringPropertyNames()) {
            if (key.endsWith(".p12") || key.endsWith(".cert") || key.endsWith(".key") || key.endsWith(".chain")
                    || key.endsWith(".dir")) {
                assertTrue(Files.exists(directory.resolve(properties.getProperty(key))), key);
            }
        }
        assertEquals(DemoPki.PROVIDER_BIN, properties.getProperty("provider.bin"));
        assertEquals(DemoPki.PASSWORD, properties.getProperty("provider.signer.password"));
        assertTrue(Files.exists(directory.resolve("trust/root-ca.pem")));
        assertTrue(Files.exists(directory.resolve("trust/issuing-ca.pem")));
        assertTrue(Files.exists(directory.resolve("trust/individuals-ca.pem")));
        assertFalse(Files.exists(directory.resolve("trust/rogue-ca.pem")), "the rogue CA must not be trusted");
        assertTrue(Files.exists(directory.resolve(properties.getProperty("revocations.file"))));
        for (String variant : List.of("expired-", "untrusted-", "nokeyusage-", "revoked-", "employee-", "signer-")) {
            for (String suffix : List.of(".p12", ".cert.pem", ".key.pem")) {
                assertTrue(Files.exists(directory.resolve("applicants/" + variant + DemoPki.BROKEN_VARIANTS_BIN + suffix)));
            }
        }
    }

    @Test
    void everyApplicantHasAKeyForItsHeadWithTheNcaProfile() throws Exception {
        Path directory = DemoPkiFixture.directory();
        for (DemoPki.Applicant applicant : DemoPki.APPLICANTS) {
            SigningKey key = SigningKey.fromPkcs12(directory.resolve("applicants/" + applicant.bin() + ".p12"),
                    DemoPki.PASSWORD.toCharArray(), null);
            SignerIdentity identity = SignerIdentity.of(key.certificate());

            assertEquals(applicant.bin(), identity.bin());
            assertEquals(applicant.headIin(), identity.iin());
            assertEquals(applicant.headName(), identity.commonName());
            assertEquals(applicant.organisation(), identity.organisation());
            assertEquals(applicant.keyType() == DemoPki.KeyType.EC ? "EC" : "RSA",
                    key.certificate().getPublicKey().getAlgorithm());
            assertTrue(Files.readString(directory.resolve("applicants/" + applicant.bin() + ".key.pem"))
                    .startsWith("-----BEGIN PRIVATE KEY-----"), "PKCS#8 for openssl");
        }
        assertTrue(DemoPki.APPLICANTS.stream().anyMatch(a -> a.keyType() == DemoPki.KeyType.EC));
    }

    @Test
    void demoIdentifiersHaveValidCheckDigits() {
        assertTrue(hasValidCheckDigit(DemoPki.PROVIDER_BIN), DemoPki.PROVIDER_BIN);
        assertTrue(hasValidCheckDigit(DemoPki.PROVIDER_HEAD_IIN));
        assertTrue(hasValidCheckDigit(DemoPki.EMPLOYEE_IIN));
        assertTrue(hasValidCheckDigit(DemoPki.AUTHORISED_SIGNER_IIN));
        for (DemoPki.Applicant applicant : DemoPki.APPLICANTS) {
            assertTrue(hasValidCheckDigit(applicant.bin()), applicant.bin());
            assertTrue(hasValidCheckDigit(applicant.headIin()), applicant.headIin());
        }
    }

    @Test
    void applicantsComeFromTheLegalEntitiesCaAndPrivatePersonsFromTheIndividualsCa() throws Exception {
        SigningKey head = DemoPkiFixture.key("applicants/" + DemoPki.BROKEN_VARIANTS_BIN);
        SigningKey individual = DemoPkiFixture.key("individuals/800101300125");
        SigningKey provider = DemoPkiFixture.key("provider/head-signer");

        assertEquals(List.of("CN=NCA RK Demo Legal Entities CA,O=Demo,C=KZ", "CN=NCA RK Demo Root,O=Demo,C=KZ"),
                head.chain().stream().map(DemoPkiTest::subject).toList());
        assertEquals(List.of("CN=NCA RK Demo Individuals CA,O=Demo,C=KZ", "CN=NCA RK Demo Root,O=Demo,C=KZ"),
                individual.chain().stream().map(DemoPkiTest::subject).toList());
        assertEquals(head.chain(), provider.chain());
        X509Certificate legalEntities = head.chain().get(0);
        assertEquals(legalEntities, pem(DemoPkiFixture.file("issuing-ca.pem")));
        assertEquals(legalEntities, pem(DemoPkiFixture.file("applicants/chain.pem")));
        individual.certificate().verify(individual.chain().get(0).getPublicKey());
        head.chain().get(0).verify(head.chain().get(1).getPublicKey());
        individual.chain().get(0).verify(head.chain().get(1).getPublicKey());
    }

    @Test
    void trustDirectoryHoldsTheRootAndBothIssuingCas() throws Exception {
        TrustAnchors trust = DemoPkiFixture.trustAnchors();

        assertEquals(1, trust.anchors().size());
        assertEquals(Set.of("CN=NCA RK Demo Individuals CA,O=Demo,C=KZ", "CN=NCA RK Demo Legal Entities CA,O=Demo,C=KZ"),
                trust.intermediates().stream().map(DemoPkiTest::subject).collect(Collectors.toSet()));
    }

    @Test
    void certificatePoliciesCarryTheKeyUserRoles() {
        String bin = DemoPki.BROKEN_VARIANTS_BIN;
        assertEquals(List.of(KeyUser.ORGANIZATION.oid(), KeyUser.CEO.oid()), policies("applicants/" + bin));
        assertEquals(List.of(KeyUser.ORGANIZATION.oid(), KeyUser.CEO.oid()), policies("applicants/160540002025"));
        assertEquals(List.of(KeyUser.ORGANIZATION.oid(), KeyUser.CEO.oid()), policies("provider/head-signer"));
        assertEquals(List.of(KeyUser.ORGANIZATION.oid(), KeyUser.EMPLOYEE.oid()), policies("applicants/employee-" + bin));
        assertEquals(List.of(KeyUser.ORGANIZATION.oid(), KeyUser.CAN_SIGN.oid()), policies("applicants/signer-" + bin));
        assertEquals(List.of(KeyUser.INDIVIDUAL.oid()), policies("individuals/800101300125"));
        assertEquals(List.of("1.2.398.3.3.4.1.2", "1.2.398.3.3.4.1.2.1"), policies("applicants/" + bin),
                "the NCA RK OIDs themselves");
    }

    @Test
    void employeesAreOtherPeopleOfTheSameOrganisation() {
        String bin = DemoPki.BROKEN_VARIANTS_BIN;
        SignerIdentity employee = SignerIdentity.of(DemoPkiFixture.key("applicants/employee-" + bin).certificate());
        SignerIdentity signer = SignerIdentity.of(DemoPkiFixture.key("applicants/signer-" + bin).certificate());

        assertEquals(bin, employee.bin());
        assertEquals(DemoPki.EMPLOYEE_IIN, employee.iin());
        assertEquals(bin, signer.bin());
        assertEquals(DemoPki.AUTHORISED_SIGNER_IIN, signer.iin());
        assertEquals(SignerIdentity.of(DemoPkiFixture.key("applicants/" + bin).certificate()).organisation(),
                signer.organisation());
    }

    @Test
    void issuedCertificatesPointToTheDemoServices() throws Exception {
        String base = DemoPkiFixture.server().baseUrl();
        Properties properties = load(DemoPkiFixture.file(DemoPki.PROPERTIES_FILE));
        assertEquals(base, properties.getProperty("base-url"));
        assertEquals(base + "/pki/ocsp", properties.getProperty("ocsp.url"));
        assertEquals(base + "/pki/tsa", properties.getProperty("tsa.url"));
        assertEquals(base + "/pki/crl/legal-entities.crl", properties.getProperty("ca.legal-entities.crl-url"));

        SigningKey head = DemoPkiFixture.key("applicants/" + DemoPki.BROKEN_VARIANTS_BIN);
        assertPointers(head.certificate(), base, "legal-entities");
        assertPointers(head.chain().get(0), base, "root");
        assertPointers(DemoPkiFixture.key("individuals/800101300125").certificate(), base, "individuals");
        assertPointers(DemoPkiFixture.key("provider/head-signer").certificate(), base, "legal-entities");
        assertPointers(DemoPkiFixture.key("applicants/revoked-" + DemoPki.BROKEN_VARIANTS_BIN).certificate(), base,
                "legal-entities");
        assertPointers(DemoPkiFixture.key("services/tsa").certificate(), base, "root");
        X509Certificate root = head.chain().get(1);
        assertNull(root.getExtensionValue(Extension.authorityInfoAccess.getId()), "a root has nobody to ask");
        assertNull(DemoPkiFixture.key("applicants/untrusted-" + DemoPki.BROKEN_VARIANTS_BIN).certificate()
                .getExtensionValue(Extension.cRLDistributionPoints.getId()), "the rogue CA is not served");
    }

    @Test
    void serviceKeysAreCertifiedForTheirPurpose() throws Exception {
        for (String ca : List.of("root", "individuals", "legal-entities")) {
            SigningKey responder = DemoPkiFixture.key("services/ocsp-" + ca);
            SigningKey caKey = DemoPkiFixture.key("ca/" + ca);
            assertEquals(caKey.certificate(), responder.chain().get(0), "delegated by the CA itself: " + ca);
            assertEquals(List.of("1.3.6.1.5.5.7.3.9"), responder.certificate().getExtendedKeyUsage(), ca);
            assertNotNull(responder.certificate().getExtensionValue(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck.getId()), ca);
            responder.certificate().verify(caKey.certificate().getPublicKey());
        }
        X509Certificate tsa = DemoPkiFixture.key("services/tsa").certificate();
        assertEquals(List.of("1.3.6.1.5.5.7.3.8"), tsa.getExtendedKeyUsage());
        assertTrue(tsa.getCriticalExtensionOIDs().contains(Extension.extendedKeyUsage.getId()), "critical, as RFC 3161 requires");
    }

    @Test
    void theRevokedApplicantIsListedWithTimeAndReason() throws Exception {
        X509Certificate revoked = DemoPkiFixture.key("applicants/revoked-" + DemoPki.BROKEN_VARIANTS_BIN).certificate();
        Properties properties = load(DemoPkiFixture.file(DemoPki.PROPERTIES_FILE));

        List<DemoRevocations.Revocation> all = DemoRevocations.file(
                DemoPkiFixture.file(properties.getProperty("revocations.file"))).all();

        // the revoked applicant's certificate and the revoked system certificate the server still holds
        assertEquals(2, all.size());
        DemoRevocations.Revocation applicant = all.stream().filter(r -> r.serial().equals(revoked.getSerialNumber()))
                .findFirst().orElseThrow();
        assertEquals(Instant.parse(properties.getProperty("applicant.revoked-" + DemoPki.BROKEN_VARIANTS_BIN + ".revoked-at")),
                applicant.revokedAt());
        assertEquals(java.security.cert.CRLReason.KEY_COMPROMISE, applicant.reason());
        assertEquals(DemoPki.LEGAL_ENTITIES_CA, applicant.ca());
        X509Certificate revokedSystem = DemoPkiFixture.key("systems/" + DemoPki.REVOKED_SYSTEM_NAME).certificate();
        assertTrue(all.stream().anyMatch(r -> r.serial().equals(revokedSystem.getSerialNumber())),
                "the revoked system's certificate is revoked");
        X509Certificate replacedPortal = DemoPkiFixture.key("systems/replaced-" + DemoPki.PORTAL_SYSTEM_NAME).certificate();
        assertTrue(all.stream().noneMatch(r -> r.serial().equals(replacedPortal.getSerialNumber())),
                "the portal's replaced certificate is not revoked: the realm, not the handshake, refuses it");
        assertTrue(Files.readString(DemoPkiFixture.file("revocations.txt"))
                .contains(revoked.getSerialNumber().toString(16) + ";"), "serial in hex");
    }

    @Test
    void theServerHasATlsKeyAndTrustsThePortalSystemCertificateByName() throws Exception {
        char[] password = DemoPki.PASSWORD.toCharArray();
        java.security.KeyStore server = java.security.KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(DemoPkiFixture.file("tls/server.p12"))) {
            server.load(in, password);
        }
        X509Certificate tls = (X509Certificate) server.getCertificate(DemoPki.TLS_SERVER_ALIAS);
        assertTrue(tls.getExtendedKeyUsage().contains("1.3.6.1.5.5.7.3.1"), "server authentication");
        assertTrue(tls.getSubjectAlternativeNames().stream().anyMatch(n -> "127.0.0.1".equals(n.get(1))));

        java.security.KeyStore systems = java.security.KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(DemoPkiFixture.file("tls/portal-systems.p12"))) {
            systems.load(in, password);
        }
        X509Certificate portal = DemoPkiFixture.key("systems/" + DemoPki.PORTAL_SYSTEM_NAME).certificate();
        assertTrue(systems.isCertificateEntry(DemoPki.PORTAL_SYSTEM_NAME));
        assertEquals(portal, systems.getCertificate(DemoPki.PORTAL_SYSTEM_NAME));
        assertTrue(portal.getExtendedKeyUsage().contains("1.3.6.1.5.5.7.3.2"), "client authentication");
        assertTrue(portal.getSubjectX500Principal().getName().startsWith("CN=" + DemoPki.PORTAL_SYSTEM_NAME + ","));
        X509Certificate revokedSystem = DemoPkiFixture.key("systems/" + DemoPki.REVOKED_SYSTEM_NAME).certificate();
        assertEquals(revokedSystem, systems.getCertificate(DemoPki.REVOKED_SYSTEM_NAME), "held, though revoked");
        assertEquals(2, java.util.Collections.list(systems.aliases()).size(),
                "the portal's current certificate and the revoked system's");
        X509Certificate replacedPortal = DemoPkiFixture.key("systems/replaced-" + DemoPki.PORTAL_SYSTEM_NAME).certificate();
        assertTrue(replacedPortal.getSubjectX500Principal().getName().startsWith("CN=" + DemoPki.PORTAL_SYSTEM_NAME + ","));
        assertNotEquals(portal, replacedPortal);
    }

    @Test
    void theHttpsListenersCrlFileListsTheRevokedSystemUnderItsCa() throws Exception {
        java.security.cert.CertificateFactory factory = java.security.cert.CertificateFactory.getInstance("X.509");
        java.util.Collection<? extends java.security.cert.CRL> crls;
        try (var in = Files.newInputStream(DemoPkiFixture.file(DemoPki.TLS_CLIENT_CRLS))) {
            crls = factory.generateCRLs(in);
        }
        assertEquals(3, crls.size(), "one CRL per demo CA");
        X509Certificate revokedSystem = DemoPkiFixture.key("systems/" + DemoPki.REVOKED_SYSTEM_NAME).certificate();
        X509Certificate portal = DemoPkiFixture.key("systems/" + DemoPki.PORTAL_SYSTEM_NAME).certificate();
        X509Certificate legalEntities = DemoPkiFixture.key("ca/" + DemoPki.LEGAL_ENTITIES_CA).certificate();
        java.security.cert.X509CRL crl = crls.stream().map(java.security.cert.X509CRL.class::cast)
                .filter(c -> c.getIssuerX500Principal().equals(legalEntities.getSubjectX500Principal()))
                .findFirst().orElseThrow();
        crl.verify(legalEntities.getPublicKey());
        assertTrue(crl.isRevoked(revokedSystem));
        assertFalse(crl.isRevoked(portal));
        assertTrue(crl.getNextUpdate().toInstant().isAfter(Instant.now()), "current");
    }

    @Test
    void refusesABaseUrlThatIsNotHttp(@TempDir Path directory) {
        assertThrows(IllegalArgumentException.class, () -> DemoPki.generate(directory, true, "ftp://127.0.0.1/"));
        assertThrows(IllegalArgumentException.class, () -> DemoPki.generate(directory, true, "127.0.0.1:8080"));
        assertEquals("http://127.0.0.1:8080/licensing", DemoPki.baseUrl("http://127.0.0.1:8080/licensing/"));
    }

    private static void assertPointers(X509Certificate certificate, String base, String ca) throws Exception {
        X509CertificateHolder holder = new X509CertificateHolder(certificate.getEncoded());
        AuthorityInformationAccess access = AuthorityInformationAccess.fromExtensions(holder.getExtensions());
        assertEquals(1, access.getAccessDescriptions().length);
        assertEquals(AccessDescription.id_ad_ocsp, access.getAccessDescriptions()[0].getAccessMethod());
        assertEquals(base + "/pki/ocsp", access.getAccessDescriptions()[0].getAccessLocation().getName().toString());
        CRLDistPoint points = CRLDistPoint.fromExtensions(holder.getExtensions());
        GeneralName[] names = GeneralNames.getInstance(points.getDistributionPoints()[0].getDistributionPoint().getName())
                .getNames();
        assertEquals(base + "/pki/crl/" + ca + ".crl", names[0].getName().toString());
    }

    private static List<String> policies(String base) {
        try {
            X509CertificateHolder holder = new X509CertificateHolder(DemoPkiFixture.key(base).certificate().getEncoded());
            CertificatePolicies policies = CertificatePolicies.fromExtensions(holder.getExtensions());
            return Arrays.stream(policies.getPolicyInformation()).map(p -> p.getPolicyIdentifier().getId()).toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate pem(Path file) throws Exception {
        try (var in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    private static String subject(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().getName();
    }


    /** The BIN/IIN rule: weights 1..11, and if that gives 10, weights 3..11,1,2; 10 again means no valid number. */
    private static boolean hasValidCheckDigit(String digits) {
        int[][] weights = {{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2}};
        for (int[] w : weights) {
            int sum = 0;
            for (int i = 0; i < 11; i++) {
                sum += (digits.charAt(i) - '0') * w[i];
            }
            if (sum % 11 != 10) {
                return sum % 11 == digits.charAt(11) - '0';
            }
        }
        return false;
    }

    private static Properties load(Path file) throws Exception {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            properties.load(reader);
        }
        return properties;
    }
}
