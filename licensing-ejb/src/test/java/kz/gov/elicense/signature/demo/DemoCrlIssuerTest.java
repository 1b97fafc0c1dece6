package kz.gov.elicense.signature.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.cert.CRLReason;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.Extension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kz.gov.elicense.signature.control.SigningKey;

class DemoCrlIssuerTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private static DemoCrlIssuer issuer;

    @BeforeAll
    static void loadServices() throws Exception {
        issuer = DemoPkiServices.load(DemoPkiFixture.directory(), Clock.fixed(NOW, ZoneOffset.UTC)).crls();
    }

    @Test
    void theLegalEntitiesCrlIsSignedByThatCaAndListsTheRevokedCertificates() throws Exception {
        SigningKey ca = DemoPkiFixture.key("ca/legal-entities");
        SigningKey revoked = DemoPkiFixture.key("applicants/revoked-" + DemoPki.BROKEN_VARIANTS_BIN);

        X509CRL crl = crl(issuer.crl("legal-entities"));

        crl.verify(ca.certificate().getPublicKey());
        assertEquals(ca.certificate().getSubjectX500Principal(), crl.getIssuerX500Principal());
        assertEquals(NOW, crl.getThisUpdate().toInstant());
        assertEquals(NOW.plus(Duration.ofDays(1)), crl.getNextUpdate().toInstant());
        X509CRLEntry entry = crl.getRevokedCertificate(revoked.certificate().getSerialNumber());
        assertNotNull(entry);
        assertEquals(CRLReason.KEY_COMPROMISE, entry.getRevocationReason());
        // and the revoked system certificate the server still holds, of the same CA
        assertNotNull(crl.getRevokedCertificate(DemoPkiFixture.key("systems/" + DemoPki.REVOKED_SYSTEM_NAME)
                .certificate().getSerialNumber()));
        assertEquals(2, crl.getRevokedCertificates().size());
        assertNull(crl.getRevokedCertificate(DemoPkiFixture.key("applicants/" + DemoPki.BROKEN_VARIANTS_BIN)
                .certificate().getSerialNumber()));
    }

    @Test
    void otherCasListOnlyTheirOwnRevocations() throws Exception {
        X509CRL root = crl(issuer.crl("root"));
        X509CRL individuals = crl(issuer.crl("individuals"));

        root.verify(DemoPkiFixture.key("ca/root").certificate().getPublicKey());
        individuals.verify(DemoPkiFixture.key("ca/individuals").certificate().getPublicKey());
        assertNull(root.getRevokedCertificates());
        assertNull(individuals.getRevokedCertificates());
    }

    @Test
    void crlNumbersGrow() throws Exception {
        BigInteger first = number(crl(issuer.crl("legal-entities")));
        BigInteger second = number(crl(issuer.crl("legal-entities")));

        assertTrue(second.compareTo(first) > 0, first + " then " + second);
    }

    @Test
    void aRevocationDatedLaterIsNotListedYet() throws Exception {
        BigInteger serial = BigInteger.valueOf(42);
        DemoCrlIssuer withFuture = new DemoCrlIssuer(
                java.util.Map.of("root", DemoPkiFixture.key("ca/root")),
                DemoRevocations.of(List.of(new DemoRevocations.Revocation(serial, NOW.plusSeconds(60),
                        CRLReason.SUPERSEDED, "root"))),
                Clock.fixed(NOW, ZoneOffset.UTC));

        assertNull(crl(withFuture.crl("root")).getRevokedCertificates());
    }

    @Test
    void refusesACaThatIsNotOurs() {
        assertThrows(IllegalArgumentException.class, () -> issuer.crl("rogue"));
    }

    static X509CRL crl(byte[] der) throws Exception {
        return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
    }

    private static BigInteger number(X509CRL crl) {
        return ASN1Integer.getInstance(ASN1OctetString.getInstance(crl.getExtensionValue(Extension.cRLNumber.getId()))
                .getOctets()).getValue();
    }
}
