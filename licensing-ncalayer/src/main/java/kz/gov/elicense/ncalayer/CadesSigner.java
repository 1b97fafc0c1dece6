package kz.gov.elicense.ncalayer;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * CAdES-BES as NCALayer's {@code createCAdESFromBase64} makes it: CMS SignedData over the given bytes, detached or
 * with the content attached, signed attributes content-type, message-digest, signing-time and
 * signing-certificate-v2, the signer's certificate and its chain enclosed. RSA keys sign with SHA-256 with RSA, EC keys
 * with ECDSA with SHA-256 (the demo PKI has no GOST keys).
 */
final class CadesSigner {

    private final Clock clock;

    CadesSigner(Clock clock) {
        this.clock = clock;
    }

    byte[] sign(byte[] content, DemoKey key, boolean attached) throws GeneralSecurityException {
        try {
            X509Certificate certificate = key.certificate();
            List<X509Certificate> enclosed = new ArrayList<>();
            enclosed.add(certificate);
            key.chain().stream().filter(c -> !c.equals(certificate)).forEach(enclosed::add);
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(CMSAttributes.signingTime,
                    new DERSet(new Time(Date.from(clock.instant()), Locale.ROOT))));
            attributes.add(signingCertificate(certificate));
            String algorithm = "EC".equals(key.privateKey().getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().setProvider(DemoKey.BOUNCY_CASTLE).build())
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)))
                    .build(new JcaContentSignerBuilder(algorithm).setProvider(DemoKey.BOUNCY_CASTLE)
                            .build(key.privateKey()), certificate));
            generator.addCertificates(new JcaCertStore(enclosed));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content), attached);
            return signed.getEncoded(ASN1Encoding.DER);
        } catch (GeneralSecurityException e) {
            throw e;
        } catch (Exception e) {
            throw new GeneralSecurityException("Cannot sign with the key of " + key.name() + ": " + e.getMessage(), e);
        }
    }

    /** ESS signing-certificate-v2 (RFC 5035), which CAdES-BES requires: binds the signer's certificate by its hash. */
    private static Attribute signingCertificate(X509Certificate certificate) throws GeneralSecurityException {
        IssuerSerial issuerSerial = new IssuerSerial(
                new GeneralNames(new GeneralName(X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
                certificate.getSerialNumber());
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        return new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[]{new ESSCertIDv2(hash, issuerSerial)})));
    }
}
