package kz.gov.elicense.signature.control;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import kz.gov.elicense.signature.entity.KeyUser;
import kz.gov.elicense.signature.gost.GostAlgorithm;
import kz.gov.elicense.signature.gost.GostAlgorithms;
import kz.gov.elicense.signature.gost.GostKeys;
import kz.gov.elicense.signature.gost.GostOperators;

/**
 * A GOST PKI made in memory, as NCA RK's: a root and an issuing CA of one GOST algorithm, certificates with the NCA RK
 * OIDs for the Kazakh algorithms ({@link GostKeys#kazakhSubjectPublicKeyInfo}, signed by
 * {@link GostOperators#contentSigner}) and the Russian OIDs for the Russian ones, and signers made to order. Around
 * {@link CadesTestPki#T0}; its EC PKI ({@link #ec}) provides an EC root beside the GOST one, as in a mixed national
 * hierarchy, and a time-stamp authority.
 */
final class GostTestPki {

    static final Instant T0 = CadesTestPki.T0;
    static final Duration YEAR = CadesTestPki.YEAR;
    static final int SIGNING = KeyUsage.digitalSignature | KeyUsage.nonRepudiation;
    static final int CA_USAGE = KeyUsage.keyCertSign | KeyUsage.cRLSign;

    private static final AtomicLong SERIALS = new AtomicLong(5000);
    private static final SecureRandom RANDOM = new SecureRandom();

    final GostAlgorithm algorithm;
    final CadesTestPki ec;
    final SigningKey root;
    final SigningKey issuing;

    GostTestPki(GostAlgorithm algorithm, CadesTestPki ec) {
        this.algorithm = algorithm;
        this.ec = ec;
        root = ca("CN=Test GOST Root CA " + algorithm.name() + ",O=Test,C=KZ", null, algorithm,
                T0.minus(YEAR.multipliedBy(5)), T0.plus(YEAR.multipliedBy(20)), CA_USAGE, null);
        issuing = ca("CN=Test GOST Issuing CA " + algorithm.name() + ",O=Test,C=KZ", root, algorithm,
                T0.minus(YEAR.multipliedBy(2)), T0.plus(YEAR.multipliedBy(10)), CA_USAGE, null);
    }

    /** The EC root and this PKI's GOST root, as a deployment would configure NCA RK's RSA and GOST roots. */
    TrustAnchors anchors() {
        return TrustAnchors.of(List.of(ec.root.certificate(), root.certificate()));
    }

    /** The head of organisation {@link CadesTestPki#BIN} (IIN {@link CadesTestPki#IIN}) under the issuing CA. */
    SigningKey head() {
        return signer(issuing, algorithm, T0.minus(Duration.ofDays(30)), T0.plus(Duration.ofDays(335)), SIGNING, b -> { });
    }

    SigningKey signer(SigningKey issuer, GostAlgorithm keyAlgorithm, Instant notBefore, Instant notAfter, int keyUsage,
                      Consumer<X509v3CertificateBuilder> more) {
        try {
            X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "KZ")
                    .addRDN(BCStyle.O, "ТОО «Тест»").addRDN(BCStyle.OU, "BIN" + CadesTestPki.BIN)
                    .addRDN(BCStyle.SERIALNUMBER, "IIN" + CadesTestPki.IIN).addRDN(BCStyle.CN, "Тестов Тест").build();
            KeyPair keys = GostKeys.generate(keyAlgorithm, RANDOM);
            X509v3CertificateBuilder builder = builder(issuer, name, keyAlgorithm, keys, notBefore, notAfter)
                    .addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(new KeyPurposeId[]{
                            KeyPurposeId.id_kp_emailProtection,
                            KeyPurposeId.getInstance(new ASN1ObjectIdentifier(KeyUser.ORGANIZATION.oid())),
                            KeyPurposeId.getInstance(new ASN1ObjectIdentifier(KeyUser.CEO.oid()))}));
            more.accept(builder);
            return new SigningKey(keys.getPrivate(), sign(builder, issuer), chainFrom(issuer));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A CA below {@code parent} (GOST or EC), or a root if {@code parent} is {@code null}.
     *
     * @param pathLength the basicConstraints pathLenConstraint; {@code null} for none
     */
    SigningKey ca(String subject, SigningKey parent, GostAlgorithm keyAlgorithm, Instant notBefore, Instant notAfter,
                  int keyUsage, Integer pathLength) {
        return ca(subject, parent, keyAlgorithm, notBefore, notAfter, b -> {
            try {
                b.addExtension(Extension.basicConstraints, true,
                                pathLength == null ? new BasicConstraints(true) : new BasicConstraints(pathLength))
                        .addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** A CA certificate with exactly the extensions {@code extensions} adds. */
    SigningKey ca(String subject, SigningKey parent, GostAlgorithm keyAlgorithm, Instant notBefore, Instant notAfter,
                  Consumer<X509v3CertificateBuilder> extensions) {
        try {
            KeyPair keys = GostKeys.generate(keyAlgorithm, RANDOM);
            X509v3CertificateBuilder builder = builder(parent, new X500Name(subject), keyAlgorithm, keys, notBefore, notAfter);
            extensions.accept(builder);
            ContentSigner signer = parent == null ? GostOperators.contentSigner(keyAlgorithm, keys.getPrivate())
                    : contentSigner(parent);
            X509Certificate certificate = certificate(builder.build(signer));
            return new SigningKey(keys.getPrivate(), certificate, parent == null ? List.of() : chainFrom(parent));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A time-stamp authority with a GOST key: extendedKeyUsage critical and solely timeStamping. */
    SigningKey timeStampAuthority(SigningKey issuer, GostAlgorithm keyAlgorithm) {
        try {
            KeyPair keys = GostKeys.generate(keyAlgorithm, RANDOM);
            X509v3CertificateBuilder builder = builder(issuer, new X500Name("CN=Test GOST TSA,O=Test,C=KZ"), keyAlgorithm,
                    keys, T0.minus(YEAR), T0.plus(YEAR.multipliedBy(2)))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(SIGNING))
                    .addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
            return new SigningKey(keys.getPrivate(), sign(builder, issuer), chainFrom(issuer));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static X509CertificateHolder holder(X509Certificate certificate) {
        try {
            return new X509CertificateHolder(certificate.getEncoded());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The GOST algorithm of a certificate's key. */
    static GostAlgorithm algorithmOf(X509Certificate certificate) {
        return GostAlgorithms.byKeyAlgorithmOid(holder(certificate).getSubjectPublicKeyInfo().getAlgorithm().getAlgorithm())
                .orElseThrow();
    }

    private static X509v3CertificateBuilder builder(SigningKey issuer, X500Name subject, GostAlgorithm keyAlgorithm,
                                                    KeyPair keys, Instant notBefore, Instant notAfter) throws Exception {
        X500Name issuerName = issuer == null ? subject
                : X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded());
        SubjectPublicKeyInfo key = keyAlgorithm.kazakh() ? GostKeys.kazakhSubjectPublicKeyInfo(keys.getPublic())
                : SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded());
        return new X509v3CertificateBuilder(issuerName, BigInteger.valueOf(SERIALS.incrementAndGet()),
                Date.from(notBefore), Date.from(notAfter), subject, key);
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, SigningKey issuer) throws Exception {
        return certificate(builder.build(contentSigner(issuer)));
    }

    /** The issuer's GOST algorithm with NCA RK or Russian OIDs as its certificate has them, or ECDSA for an EC CA. */
    private static ContentSigner contentSigner(SigningKey issuer) throws Exception {
        PrivateKey key = issuer.privateKey();
        if (key.getAlgorithm().startsWith("ECGOST3410")) {
            return GostOperators.contentSigner(algorithmOf(issuer.certificate()), key);
        }
        return new JcaContentSignerBuilder("SHA256withECDSA").setProvider(BouncyCastle.PROVIDER).build(key);
    }

    private static X509Certificate certificate(X509CertificateHolder holder) throws Exception {
        return new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER).getCertificate(holder);
    }

    /** The CAs from {@code ca} up, without the self-signed root: what a signer encloses. */
    private static List<X509Certificate> chainFrom(SigningKey ca) {
        X509Certificate certificate = ca.certificate();
        if (certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
            return List.of();
        }
        List<X509Certificate> chain = new ArrayList<>(List.of(certificate));
        chain.addAll(ca.chain());
        return chain;
    }
}
