package kz.gov.elicense.signature.control;

import java.io.IOException;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Makes detached CMS SignedData signatures, e.g. over an issued licence by the provider's authorised officer.
 * The result is what {@link CmsSignatureVerifier} and {@code openssl cms -verify -binary -inform DER -content}
 * accept: DER, no encapsulated content, signed attributes with content-type, message-digest and signing-time,
 * and the signer's certificate with its chain enclosed.
 * <p>
 * Immutable and thread-safe.
 */
public final class CmsSigner {

    private final Clock clock;

    public CmsSigner(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public CmsSigner() {
        this(Clock.systemUTC());
    }

    public byte[] signDetached(byte[] content, SigningKey key) {
        return signDetached(content, key.privateKey(), key.certificate(), key.chain());
    }

    /**
     * @param chain the CAs above {@code certificate}, enclosed so that verifiers can build the path; may be empty
     * @throws IllegalArgumentException if the key is neither RSA nor EC
     * @throws IllegalStateException    if the key cannot be used (e.g. a non-exportable HSM key with the wrong provider)
     */
    public byte[] signDetached(byte[] content, PrivateKey key, X509Certificate certificate, List<X509Certificate> chain) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(certificate, "certificate");
        try {
            List<X509Certificate> enclosed = new ArrayList<>();
            enclosed.add(certificate);
            chain.stream().filter(c -> !c.equals(certificate)).forEach(enclosed::add);

            // signing-time from our clock rather than BouncyCastle's implicit "new Date()", so it is testable;
            // the generator still adds content-type, message-digest and the algorithm-protection attribute
            Attribute signingTime = new Attribute(CMSAttributes.signingTime,
                    new DERSet(new Time(Date.from(clock.instant()), Locale.ROOT)));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().setProvider(BouncyCastle.PROVIDER).build())
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new AttributeTable(signingTime)))
                    .build(new JcaContentSignerBuilder(signatureAlgorithm(key)).setProvider(BouncyCastle.PROVIDER).build(key),
                            certificate));
            generator.addCertificates(new JcaCertStore(enclosed));
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded(ASN1Encoding.DER);
        } catch (OperatorCreationException | CMSException | CertificateEncodingException e) {
            throw new IllegalStateException("Cannot sign with the key of " + certificate.getSubjectX500Principal()
                    + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot DER-encode the signature: " + e.getMessage(), e);
        }
    }

    private static String signatureAlgorithm(PrivateKey key) {
        return switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC", "ECDSA" -> "SHA256withECDSA";
            default -> throw new IllegalArgumentException("Unsupported signing key algorithm " + key.getAlgorithm()
                    + "; RSA and EC keys are supported");
        };
    }
}
