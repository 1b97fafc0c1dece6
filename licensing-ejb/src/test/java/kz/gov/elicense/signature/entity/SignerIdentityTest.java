package kz.gov.elicense.signature.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Set;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

import kz.gov.elicense.signature.control.BouncyCastle;

class SignerIdentityTest {

    private static final Instant NOT_BEFORE = Instant.parse("2026-01-10T08:00:00Z");
    private static final Instant NOT_AFTER = Instant.parse("2027-01-10T08:00:00Z");

    @Test
    void readsTheNcaProfileOfAnOrganisationHead() throws Exception {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "KZ")
                .addRDN(BCStyle.O, "«Қалқан Күзет»")
                .addRDN(BCStyle.OU, "BIN150440001011")
                .addRDN(BCStyle.SERIALNUMBER, "IIN800101300125")
                .addRDN(BCStyle.CN, "Ахметов Нурлан")
                .build();
        X509Certificate certificate = certificate(subject, extendedKeyUsage("1.3.6.1.5.5.7.3.4", KeyUser.ORGANIZATION.oid(),
                KeyUser.CEO.oid()), null);

        SignerIdentity identity = SignerIdentity.of(certificate);

        assertEquals("800101300125", identity.iin());
        assertEquals("150440001011", identity.bin());
        assertEquals("Ахметов Нурлан", identity.commonName());
        assertEquals("«Қалқан Күзет»", identity.organisation());
        assertEquals(certificate.getSerialNumber().toString(16), identity.certificateSerial());
        assertEquals("CN=Test CA", identity.issuerDn());
        assertEquals(certificate.getNotBefore().toInstant(), identity.notBefore());
        assertEquals(certificate.getNotAfter().toInstant(), identity.notAfter());
        assertNull(identity.patronymic());
        assertEquals(Set.of(KeyUser.ORGANIZATION, KeyUser.CEO), identity.keyUsers());
    }

    @Test
    void readsKeyUsersFromExtendedKeyUsageAndFromCertificatePolicies() throws Exception {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, "Иванов Сергей").build();

        SignerIdentity fromPolicies = SignerIdentity.of(certificate(subject, null,
                policies(KeyUser.ORGANIZATION.oid(), KeyUser.EMPLOYEE.oid(), "1.2.398.3.3.2.1")));
        SignerIdentity fromBoth = SignerIdentity.of(certificate(subject, extendedKeyUsage(KeyUser.ORGANIZATION.oid(),
                KeyUser.HR.oid()), policies(KeyUser.CAN_SIGN_FINANCIAL.oid())));
        SignerIdentity individual = SignerIdentity.of(certificate(subject, extendedKeyUsage(KeyUser.INDIVIDUAL.oid(),
                "1.2.398.3.3.4.1.1.1"), null));

        assertEquals(Set.of(KeyUser.ORGANIZATION, KeyUser.EMPLOYEE), fromPolicies.keyUsers());
        assertEquals(Set.of(KeyUser.ORGANIZATION, KeyUser.HR, KeyUser.CAN_SIGN_FINANCIAL), fromBoth.keyUsers());
        assertEquals(Set.of(KeyUser.INDIVIDUAL), individual.keyUsers(), "an information system's OID is not a person's");
        assertEquals(Set.of(), SignerIdentity.of(certificate(subject)).keyUsers());
        assertEquals(Set.of(), new SignerIdentity("800101300125", null, "A", null, "1", "CN=CA", NOT_BEFORE, NOT_AFTER)
                .keyUsers(), "the original constructors have no roles");
    }

    @Test
    void findsTheBinAmongSeveralOusAndInMultiValuedNames() throws Exception {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "KZ")
                .addRDN(BCStyle.O, "ТОО «Сақшы»")
                .addRDN(BCStyle.OU, "Отдел охраны")
                .addMultiValuedRDN(new AttributeTypeAndValue[]{
                        atv(BCStyle.OU, new DERUTF8String("BIN170640003039")),
                        atv(BCStyle.SERIALNUMBER, new DERPrintableString("IIN691115302343"))})
                .addRDN(BCStyle.CN, "ИВАНОВ СЕРГЕЙ")
                .addRDN(BCStyle.GIVENNAME, "ПЕТРОВИЧ")
                .build();

        SignerIdentity identity = SignerIdentity.of(certificate(subject));

        assertEquals("170640003039", identity.bin());
        assertEquals("691115302343", identity.iin());
        assertEquals("ИВАНОВ СЕРГЕЙ ПЕТРОВИЧ", identity.fullName());
        assertEquals(NOT_BEFORE, identity.notBefore());
        assertEquals(NOT_AFTER, identity.notAfter());
    }

    @Test
    void aPrivatePersonHasNoBinAndNoOrganisation() throws Exception {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "KZ")
                .addRDN(BCStyle.SERIALNUMBER, "IIN880624407890")
                .addRDN(BCStyle.CN, "ЖУМАБАЕВ АСХАТ")
                .build();

        SignerIdentity identity = SignerIdentity.of(certificate(subject));

        assertEquals("880624407890", identity.iin());
        assertNull(identity.bin());
        assertNull(identity.organisation());
    }

    @Test
    void readsIdentifiersOnlyWhereTheProfilePutsThem() throws Exception {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.SERIALNUMBER, "BIN150440001011")
                .addRDN(BCStyle.OU, "IIN800101300125")
                .addRDN(BCStyle.SERIALNUMBER, "IIN80010130012")
                .addRDN(BCStyle.OU, "BIN1504400010119")
                .addRDN(BCStyle.CN, "Ахметов Нурлан")
                .build();

        SignerIdentity identity = SignerIdentity.of(certificate(subject));

        assertNull(identity.iin());
        assertNull(identity.bin());
    }

    @Test
    void fallsBackToTheWholeSubjectWithoutACommonName() throws Exception {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "KZ").addRDN(BCStyle.O, "Demo").build();

        assertEquals("O=Demo,C=KZ", SignerIdentity.of(certificate(subject)).commonName());
    }

    private static AttributeTypeAndValue atv(ASN1ObjectIdentifier type, ASN1Encodable value) {
        return new AttributeTypeAndValue(type, value);
    }

    private static ExtendedKeyUsage extendedKeyUsage(String... oids) {
        return new ExtendedKeyUsage(Arrays.stream(oids).map(o -> KeyPurposeId.getInstance(new ASN1ObjectIdentifier(o)))
                .toArray(KeyPurposeId[]::new));
    }

    private static CertificatePolicies policies(String... oids) {
        return new CertificatePolicies(Arrays.stream(oids).map(o -> new PolicyInformation(new ASN1ObjectIdentifier(o)))
                .toArray(PolicyInformation[]::new));
    }

    private static X509Certificate certificate(X500Name subject) throws Exception {
        return certificate(subject, null, null);
    }

    /** Self-signed EC (fast to generate); only the names, dates and profile extensions matter here. */
    private static X509Certificate certificate(X500Name subject, ExtendedKeyUsage usage, CertificatePolicies policies)
            throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair keys = generator.generateKeyPair();
        X500Name issuer = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, "Test CA").build();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                BigInteger.valueOf(Instant.now().toEpochMilli()), Date.from(NOT_BEFORE), Date.from(NOT_AFTER), subject,
                keys.getPublic());
        if (usage != null) {
            builder.addExtension(Extension.extendedKeyUsage, false, usage);
        }
        if (policies != null) {
            builder.addExtension(Extension.certificatePolicies, false, policies);
        }
        return new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER).getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(BouncyCastle.PROVIDER)
                        .build(keys.getPrivate())));
    }
}
