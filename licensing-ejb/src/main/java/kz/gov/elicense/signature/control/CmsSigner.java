package kz.gov.elicense.signature.control;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;

import kz.gov.elicense.signature.gost.GostAlgorithm;
import kz.gov.elicense.signature.gost.GostAlgorithms;
import kz.gov.elicense.signature.gost.GostOperators;

/**
 * Makes detached CMS SignedData signatures, e.g. over an issued licence by the provider's authorised officer.
 * The result is what {@link CmsSignatureVerifier} and {@code openssl cms -verify -binary -inform DER -content}
 * accept: DER, no encapsulated content, signed attributes with content-type, message-digest, signing-time and
 * signing-certificate-v2 (which binds the signer's certificate, as CAdES-B requires), and the signer's certificate
 * with its chain enclosed.
 * <p>
 * RSA keys sign with SHA-256 with RSA, EC keys with ECDSA with SHA-256. A GOST key signs with the algorithm of its
 * certificate's key, through {@link GostOperators}: with an NCA RK certificate (NCA RK OIDs) GOST 34.310-2004 with
 * GOST 34.311-95, or GOST 34.10-2015 (512 bit) with GOST 34.11-2015, written with the NCA RK OIDs as KalkanCrypt
 * writes them (signature value byte-reversed); with a Russian certificate the GOST R algorithms as BouncyCastle
 * writes them. The signed attributes and the time-stamp are the same as for RSA and EC.
 * <p>
 * Given a {@link TimeStamper}, the signature is made CAdES-T: an RFC 3161 time-stamp token over the SHA-256 of the
 * signature value is added as the unsigned attribute id-aa-signatureTimeStampToken (1.2.840.113549.1.9.16.2.14),
 * which proves the signature existed at that time, so it can still be verified after the certificate expires.
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
     * A CAdES-T signature: signed, then time-stamped by {@code timeStamper}.
     *
     * @throws TimeStamper.TimeStampUnavailableException if the time-stamp authority gives no token; no signature is
     *                                                   returned then, the caller decides whether an unstamped one will do
     */
    public byte[] signDetached(byte[] content, SigningKey key, TimeStamper timeStamper) {
        return signDetached(content, key.privateKey(), key.certificate(), key.chain(),
                Objects.requireNonNull(timeStamper, "timeStamper"));
    }

    /**
     * @param chain the CAs above {@code certificate}, enclosed so that verifiers can build the path; may be empty
     * @throws IllegalArgumentException if the key is neither RSA nor EC nor a GOST key with a GOST certificate
     * @throws IllegalStateException    if the key cannot be used (e.g. a non-exportable HSM key with the wrong provider)
     */
    public byte[] signDetached(byte[] content, PrivateKey key, X509Certificate certificate, List<X509Certificate> chain) {
        return sign(content, key, certificate, chain, null);
    }

    /**
     * As {@link #signDetached(byte[], PrivateKey, X509Certificate, List)}, then time-stamped (CAdES-T).
     *
     * @throws TimeStamper.TimeStampUnavailableException if the time-stamp authority gives no token
     * @throws IllegalStateException                     if the token is not over this signature's value
     */
    public byte[] signDetached(byte[] content, PrivateKey key, X509Certificate certificate, List<X509Certificate> chain,
                               TimeStamper timeStamper) {
        return sign(content, key, certificate, chain, Objects.requireNonNull(timeStamper, "timeStamper"));
    }

    private byte[] sign(byte[] content, PrivateKey key, X509Certificate certificate, List<X509Certificate> chain,
                        TimeStamper timeStamper) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(certificate, "certificate");
        try {
            List<X509Certificate> enclosed = new ArrayList<>();
            enclosed.add(certificate);
            chain.stream().filter(c -> !c.equals(certificate)).forEach(enclosed::add);

            // signing-time from our clock rather than BouncyCastle's implicit "new Date()", so it is testable;
            // the generator still adds content-type, message-digest and the algorithm-protection attribute
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(CMSAttributes.signingTime,
                    new DERSet(new Time(Date.from(clock.instant()), Locale.ROOT))));
            attributes.add(signingCertificate(certificate));
            DefaultSignedAttributeTableGenerator signedAttributes =
                    new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes));
            X509CertificateHolder holder = new X509CertificateHolder(certificate.getEncoded());
            GostAlgorithm gost = gostAlgorithm(holder.getSubjectPublicKeyInfo(), key);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(gost != null
                    ? GostOperators.signerInfoGenerator(gost, key, holder, signedAttributes)
                    : new JcaSignerInfoGeneratorBuilder(
                            new JcaDigestCalculatorProviderBuilder().setProvider(BouncyCastle.PROVIDER).build())
                            .setSignedAttributeGenerator(signedAttributes)
                            .build(new JcaContentSignerBuilder(signatureAlgorithm(key)).setProvider(BouncyCastle.PROVIDER)
                                    .build(key), certificate));
            generator.addCertificates(new JcaCertStore(enclosed));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content), false);
            if (timeStamper != null) {
                signed = withTimeStamp(signed, timeStamper);
            }
            return signed.getEncoded(ASN1Encoding.DER);
        } catch (OperatorCreationException | CMSException | CertificateEncodingException e) {
            throw new IllegalStateException("Cannot sign with the key of " + certificate.getSubjectX500Principal()
                    + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot DER-encode the signature: " + e.getMessage(), e);
        }
    }

    /** ESS signing-certificate-v2 (RFC 5035): the SHA-256 of the certificate, so it cannot be swapped for another with the same key. */
    private static Attribute signingCertificate(X509Certificate certificate) throws CertificateEncodingException {
        IssuerSerial issuerSerial = new IssuerSerial(
                new GeneralNames(new GeneralName(X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
                certificate.getSerialNumber());
        ESSCertIDv2 id = new ESSCertIDv2(sha256(certificate.getEncoded()), issuerSerial);
        return new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[]{id})));
    }

    /**
     * Extends someone else's signature (e.g. an applicant's CAdES-B) to CAdES-T on receipt: adds a time-stamp over
     * its signature value as an unsigned attribute. The signed content, attributes and value stay as they were.
     * A signature that already carries a time-stamp is returned unchanged.
     *
     * @throws TimeStamper.TimeStampUnavailableException if the time-stamp authority gives no token
     * @throws IllegalArgumentException if the bytes are not a single-signer CMS SignedData
     */
    public static byte[] addTimeStamp(byte[] cmsDer, TimeStamper timeStamper) {
        try {
            CMSSignedData signed = new CMSSignedData(cmsDer);
            if (signed.getSignerInfos().size() != 1) {
                throw new IllegalArgumentException("Only a single-signer signature can be time-stamped");
            }
            SignerInformation signerInfo = signed.getSignerInfos().getSigners().iterator().next();
            if (signerInfo.getUnsignedAttributes() != null
                    && signerInfo.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken) != null) {
                return cmsDer.clone();
            }
            return withTimeStamp(signed, timeStamper).getEncoded(ASN1Encoding.DER);
        } catch (CMSException | IOException e) {
            throw new IllegalArgumentException("Not a CMS signature: " + e.getMessage(), e);
        }
    }

    private static CMSSignedData withTimeStamp(CMSSignedData signed, TimeStamper timeStamper) throws IOException {
        SignerInformation signerInfo = signed.getSignerInfos().getSigners().iterator().next();
        byte[] imprint = sha256(signerInfo.getSignature());
        byte[] token = timeStamper.timeStamp(imprint);
        ContentInfo tokenInfo;
        try {
            tokenInfo = ContentInfo.getInstance(ASN1Primitive.fromByteArray(token));
            TimeStampToken parsed = new TimeStampToken(tokenInfo);
            // a token over something else would make a signature that every verifier refuses: fail here instead
            if (!NISTObjectIdentifiers.id_sha256.equals(parsed.getTimeStampInfo().getMessageImprintAlgOID())
                    || !MessageDigest.isEqual(imprint, parsed.getTimeStampInfo().getMessageImprintDigest())) {
                throw new IllegalStateException("The time-stamp authority returned a token over other data than"
                        + " the SHA-256 of this signature's value");
            }
        } catch (TSPException | IOException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException("The time-stamp authority returned no readable time-stamp token: "
                    + e.getMessage(), e);
        }
        ASN1EncodableVector unsigned = signerInfo.getUnsignedAttributes() == null
                ? new ASN1EncodableVector() : signerInfo.getUnsignedAttributes().toASN1EncodableVector();
        unsigned.add(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken, new DERSet(tokenInfo)));
        SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(signerInfo, new AttributeTable(unsigned));
        return CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped));
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256", BouncyCastle.PROVIDER).digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /**
     * The GOST algorithm to sign with, by the certificate's key: the NCA RK one for a certificate with NCA RK OIDs,
     * the Russian one for a certificate with Russian OIDs; {@code null} for a certificate that is not GOST.
     *
     * @throws IllegalArgumentException if the private key is no GOST key, or the algorithm is not one the verifier
     *                                  accepts ({@link GostAlgorithms#verifiedAlgorithms()})
     */
    private static GostAlgorithm gostAlgorithm(SubjectPublicKeyInfo certificateKey, PrivateKey key) {
        GostAlgorithm algorithm = GostAlgorithms.byKeyAlgorithmOid(certificateKey.getAlgorithm().getAlgorithm())
                .orElse(null);
        if (algorithm == null) {
            return null;
        }
        if (!key.getAlgorithm().startsWith("ECGOST3410")) {
            throw new IllegalArgumentException("The certificate has a " + algorithm.displayName()
                    + " key, but the private key is " + key.getAlgorithm());
        }
        if (!GostAlgorithms.verifiedAlgorithms().contains(algorithm)) {
            throw new IllegalArgumentException(algorithm.displayName() + " is not established against NCA RK"
                    + " signatures, and the signature verifier does not accept it");
        }
        return algorithm;
    }

    private static String signatureAlgorithm(PrivateKey key) {
        return switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC", "ECDSA" -> "SHA256withECDSA";
            default -> throw new IllegalArgumentException("Unsupported signing key algorithm " + key.getAlgorithm()
                    + "; RSA, EC and GOST keys (with a GOST certificate) are supported");
        };
    }
}
