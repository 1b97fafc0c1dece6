package kz.gov.elicense.signature.control;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import kz.gov.elicense.signature.entity.KeyUser;

/**
 * A small PKI made in memory for the CAdES tests, independent of the demo PKI: a root, an issuing CA below it, a
 * rogue root nobody trusts, a time-stamp authority, and signers made to order. EC P-256 keys wherever the test does
 * not care (fast to generate); RSA where it does. All validity periods are around {@link #T0}.
 */
final class CadesTestPki {

    /** The moment the tests' signatures are made. */
    static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
    static final Duration YEAR = Duration.ofDays(365);

    static final String BIN = "150440001011";
    static final String OTHER_BIN = "160540002025";
    static final String IIN = "800101300125";
    static final String OTHER_IIN = "750502401237";

    private static final AtomicLong SERIALS = new AtomicLong(1000);
    private static final SecureRandom RANDOM = new SecureRandom();

    final SigningKey root;
    final SigningKey issuing;
    final SigningKey rogue;
    final SigningKey tsa;
    private final Map<X509Certificate, PrivateKey> keys = new HashMap<>();

    CadesTestPki() {
        try {
            root = ca("CN=Test Root CA,O=Test,C=KZ", null, T0.minus(YEAR.multipliedBy(5)), T0.plus(YEAR.multipliedBy(20)),
                    KeyUsage.keyCertSign | KeyUsage.cRLSign);
            issuing = ca("CN=Test Issuing CA,O=Test,C=KZ", root, T0.minus(YEAR.multipliedBy(2)),
                    T0.plus(YEAR.multipliedBy(10)), KeyUsage.keyCertSign | KeyUsage.cRLSign);
            rogue = ca("CN=Rogue CA,O=Nobody,C=KZ", null, T0.minus(YEAR), T0.plus(YEAR.multipliedBy(10)),
                    KeyUsage.keyCertSign | KeyUsage.cRLSign);
            tsa = timeStampAuthority(root, T0.minus(YEAR), T0.plus(YEAR.multipliedBy(2)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    TrustAnchors anchors() {
        return TrustAnchors.of(List.of(root.certificate()));
    }

    PrivateKey privateKeyOf(X509Certificate certificate) {
        return keys.get(certificate);
    }

    /** What a signer's certificate is made of; change a copy with the {@code with...} methods. */
    record Spec(String keyType, int keySize, String iin, String bin, Set<KeyUser> keyUsers, boolean usersInPolicies,
                int keyUsage, Instant notBefore, Instant notAfter, SigningKey issuer) {

        Spec keyType(String type, int size) {
            return new Spec(type, size, iin, bin, keyUsers, usersInPolicies, keyUsage, notBefore, notAfter, issuer);
        }

        Spec identity(String newIin, String newBin) {
            return new Spec(keyType, keySize, newIin, newBin, keyUsers, usersInPolicies, keyUsage, notBefore, notAfter, issuer);
        }

        Spec users(KeyUser... users) {
            return new Spec(keyType, keySize, iin, bin, Set.of(users), usersInPolicies, keyUsage, notBefore, notAfter, issuer);
        }

        Spec rolesInPolicies() {
            return new Spec(keyType, keySize, iin, bin, keyUsers, true, keyUsage, notBefore, notAfter, issuer);
        }

        Spec keyUsage(int usage) {
            return new Spec(keyType, keySize, iin, bin, keyUsers, usersInPolicies, usage, notBefore, notAfter, issuer);
        }

        Spec validity(Instant from, Instant to) {
            return new Spec(keyType, keySize, iin, bin, keyUsers, usersInPolicies, keyUsage, from, to, issuer);
        }

        Spec issuedBy(SigningKey ca) {
            return new Spec(keyType, keySize, iin, bin, keyUsers, usersInPolicies, keyUsage, notBefore, notAfter, ca);
        }
    }

    /** The head of organisation {@link #BIN}, EC P-256, NCA roles in extendedKeyUsage, valid a year around T0. */
    Spec head() {
        return new Spec("EC", 256, IIN, BIN, Set.of(KeyUser.ORGANIZATION, KeyUser.CEO), false,
                KeyUsage.digitalSignature | KeyUsage.nonRepudiation, T0.minus(Duration.ofDays(30)),
                T0.plus(Duration.ofDays(335)), issuing);
    }

    SigningKey signer(Spec spec) {
        try {
            KeyPair keys = keyPair(spec.keyType(), spec.keySize());
            X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "KZ");
            if (spec.bin() != null) {
                name.addRDN(BCStyle.O, "ТОО «Тест»").addRDN(BCStyle.OU, "BIN" + spec.bin());
            }
            if (spec.iin() != null) {
                name.addRDN(BCStyle.SERIALNUMBER, "IIN" + spec.iin());
            }
            name.addRDN(BCStyle.CN, "Тестов Тест");
            X509v3CertificateBuilder builder = builder(spec.issuer(), name.build(), keys, spec.notBefore(), spec.notAfter())
                    .addExtension(Extension.keyUsage, true, new KeyUsage(spec.keyUsage()));
            List<KeyPurposeId> purposes = new ArrayList<>(List.of(KeyPurposeId.id_kp_emailProtection));
            List<PolicyInformation> policies = new ArrayList<>();
            for (KeyUser user : spec.keyUsers()) {
                if (spec.usersInPolicies()) {
                    policies.add(new PolicyInformation(new ASN1ObjectIdentifier(user.oid())));
                } else {
                    purposes.add(KeyPurposeId.getInstance(new ASN1ObjectIdentifier(user.oid())));
                }
            }
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purposes.toArray(KeyPurposeId[]::new)));
            if (!policies.isEmpty()) {
                builder.addExtension(Extension.certificatePolicies, false,
                        new CertificatePolicies(policies.toArray(PolicyInformation[]::new)));
            }
            X509Certificate certificate = sign(builder, spec.issuer());
            this.keys.put(certificate, keys.getPrivate());
            return new SigningKey(keys.getPrivate(), certificate, chainFrom(spec.issuer()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An issuing CA below {@code parent} made to order (expired, without keyCertSign, ...). */
    SigningKey ca(String subject, SigningKey parent, Instant notBefore, Instant notAfter, int keyUsage)
            throws GeneralSecurityException {
        try {
            KeyPair keys = keyPair("EC", 256);
            X509v3CertificateBuilder builder = builder(parent, new X500Name(subject), keys, notBefore, notAfter)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
            X509Certificate certificate = parent == null ? sign(builder, keys.getPrivate()) : sign(builder, parent);
            this.keys.put(certificate, keys.getPrivate());
            return new SigningKey(keys.getPrivate(), certificate, parent == null ? List.of() : chainFrom(parent));
        } catch (GeneralSecurityException e) {
            throw e;
        } catch (Exception e) {
            throw new GeneralSecurityException(e);
        }
    }

    /** A time-stamp authority certificate: extendedKeyUsage critical and solely timeStamping, as RFC 3161 requires. */
    SigningKey timeStampAuthority(SigningKey parent, Instant notBefore, Instant notAfter) throws GeneralSecurityException {
        try {
            KeyPair keys = keyPair("EC", 256);
            X509v3CertificateBuilder builder = builder(parent, new X500Name("CN=Test TSA,O=Test,C=KZ"), keys, notBefore,
                    notAfter)
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                    .addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
            X509Certificate certificate = sign(builder, parent);
            this.keys.put(certificate, keys.getPrivate());
            return new SigningKey(keys.getPrivate(), certificate, List.of());
        } catch (GeneralSecurityException e) {
            throw e;
        } catch (Exception e) {
            throw new GeneralSecurityException(e);
        }
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

    /** A delegated OCSP responder of {@code issuer}; with or without the id-kp-OCSPSigning that makes it one. */
    SigningKey ocspResponder(SigningKey issuer, boolean ocspSigning) {
        try {
            KeyPair keys = keyPair("EC", 256);
            X509v3CertificateBuilder builder = builder(issuer, new X500Name("CN=Test OCSP Responder,O=Test,C=KZ"), keys,
                    T0.minus(YEAR), T0.plus(YEAR))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
                            ocspSigning ? KeyPurposeId.id_kp_OCSPSigning : KeyPurposeId.id_kp_clientAuth));
            X509Certificate certificate = sign(builder, issuer);
            this.keys.put(certificate, keys.getPrivate());
            return new SigningKey(keys.getPrivate(), certificate, List.of());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509v3CertificateBuilder builder(SigningKey issuer, X500Name subject, KeyPair keys, Instant notBefore,
                                                    Instant notAfter) {
        X500Name issuerName = issuer == null ? subject
                : X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded());
        return new JcaX509v3CertificateBuilder(issuerName, BigInteger.valueOf(SERIALS.incrementAndGet()),
                Date.from(notBefore), Date.from(notAfter), subject, keys.getPublic());
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, SigningKey issuer) throws Exception {
        return sign(builder, issuer.privateKey());
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key) throws Exception {
        String algorithm = key.getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
        return new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER).getCertificate(
                builder.build(new JcaContentSignerBuilder(algorithm).setProvider(BouncyCastle.PROVIDER).build(key)));
    }

    /** The JDK's generators: much faster than BouncyCastle's for RSA. */
    static KeyPair keyPair(String type, int size) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(type);
        if (type.equals("EC")) {
            generator.initialize(new ECGenParameterSpec(size == 384 ? "secp384r1" : "secp256r1"), RANDOM);
        } else {
            generator.initialize(size, RANDOM);
        }
        return generator.generateKeyPair();
    }

    static Clock at(Instant instant) {
        return Clock.fixed(instant, java.time.ZoneOffset.UTC);
    }
}
