package kz.gov.elicense.signature.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import kz.gov.elicense.signature.control.BouncyCastle;

/**
 * Generates a throw-away PKI shaped like NCA RK's: a root and an issuing CA (the trust anchors the server is
 * configured with), EDS keys for the heads of the demo organisations, a few deliberately broken keys
 * (expired, issued by an untrusted CA, without signing key usage), and the provider officer's key that signs
 * licences. Key files are written both as PKCS#12 (like real NCA keys) and as PEM (for {@code openssl cms -sign}).
 * <p>
 * Usage: {@code DemoPki <output-directory> [--force]}. An existing PKI (recognised by {@value #PROPERTIES_FILE})
 * is left alone unless {@code --force} is given, so certificates a developer has already configured survive.
 */
public final class DemoPki {

    public static final String PROPERTIES_FILE = "demo-pki.properties";
    /** Of every PKCS#12 file written. */
    public static final String PASSWORD = "demo";
    /** BIN of the demo licensing provider; 99-03, legal entity (4), head office (0), serial 0000001, check digit 4. */
    public static final String PROVIDER_BIN = "990340000014";
    public static final String PROVIDER_HEAD_IIN = "710919308901";
    public static final String PROVIDER_SIGNER_ALIAS = "head";
    /** The applicant whose broken variants (expired, untrusted, no key usage) are generated. */
    public static final String BROKEN_VARIANTS_BIN = "150440001011";

    public enum KeyType { RSA, EC }

    /** A demo organisation and its head, who signs its applications. */
    public record Applicant(String bin, String organisation, String headIin, String headName, KeyType keyType) {
    }

    /** BIN 180740004042 is unknown to the demo registries on purpose. EC for one head so both algorithms are exercised. */
    public static final List<Applicant> APPLICANTS = List.of(
            new Applicant("150440001011", "«Қалқан Күзет»", "800101300125", "Ахметов Нурлан", KeyType.RSA),
            new Applicant("160540002025", "«Барыс Секьюрити»", "750502401237", "Омаров Ерлан", KeyType.EC),
            new Applicant("170640003039", "«Сақшы»", "691115302343", "Иванов Сергей", KeyType.RSA),
            new Applicant("180740004042", "«Белгісіз»", "880624407890", "Жумабаев Асхат", KeyType.RSA),
            new Applicant("190840005056", "«Қорған Плюс»", "850721403453", "Касымов Тимур", KeyType.RSA),
            new Applicant("200940006062", "«Астана Күзет Сервис»", "900303304563", "Нуриев Арман", KeyType.RSA),
            new Applicant("211040007072", "«Жеті Жарғы»", "781211405672", "Сапаров Данияр", KeyType.RSA),
            new Applicant("221140008086", "«Алатау Қорғау»", "820409406783", "Бекова Айгуль", KeyType.RSA),
            // the same person heads two organisations
            new Applicant("140340009091", "«Шекара»", "820409406783", "Бекова Айгуль", KeyType.RSA));

    private static final String PROVIDER_HEAD_NAME = "Сейткали Бауыржан";
    /** Department of Internal Affairs (Police Department) of Astana. */
    private static final String PROVIDER_NAME = "Департамент полиции города Астаны";

    private static final Duration DAY = Duration.ofDays(1);
    private static final Duration YEAR = Duration.ofDays(365);
    private static final int SIGNING = KeyUsage.digitalSignature | KeyUsage.nonRepudiation;
    private static final int CA = KeyUsage.keyCertSign | KeyUsage.cRLSign;

    private final Path directory;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final SecureRandom random = new SecureRandom();
    /** Written last, so an interrupted run is not mistaken for a finished one. */
    private final Map<String, String> properties = new LinkedHashMap<>();

    private DemoPki(Path directory) {
        this.directory = directory;
    }

    public static void main(String[] args) throws IOException, GeneralSecurityException {
        if (args.length == 0 || args[0].startsWith("--")) {
            System.err.println("Usage: DemoPki <output-directory> [--force]");
            System.exit(2);
        }
        Path directory = Path.of(args[0]);
        boolean force = Arrays.asList(args).contains("--force");
        if (generate(directory, force)) {
            System.out.println("Demo PKI written to " + directory.toAbsolutePath() + " (see " + PROPERTIES_FILE
                    + "); trust anchors in " + directory.resolve("trust").toAbsolutePath());
        } else {
            System.out.println("Demo PKI already present in " + directory.toAbsolutePath()
                    + "; kept as is (use --force to regenerate)");
        }
    }

    /** @return {@code true} if a PKI was generated, {@code false} if an existing one was kept */
    public static boolean generate(Path directory, boolean force) throws IOException, GeneralSecurityException {
        if (!force && Files.exists(directory.resolve(PROPERTIES_FILE))) {
            return false;
        }
        new DemoPki(directory).generate();
        return true;
    }

    private void generate() throws IOException, GeneralSecurityException {
        property("generated.at", now.toString());
        property("password", PASSWORD);

        Issued root = selfSignedCa(name("NCA RK Demo Root", "Demo"));
        Issued issuing = ca(name("NCA RK Demo Issuing CA", "Demo"), root);
        writePem("root-ca.pem", root.certificate());
        writePem("issuing-ca.pem", issuing.certificate());
        writePem("trust/root-ca.pem", root.certificate());
        writePem("trust/issuing-ca.pem", issuing.certificate());
        property("trust.dir", "trust");
        property("root-ca.cert", "root-ca.pem");
        property("issuing-ca.cert", "issuing-ca.pem");

        writePem("applicants/chain.pem", issuing.certificate());
        property("applicants.chain", "applicants/chain.pem");
        Instant notBefore = now.minus(DAY);
        Map<String, KeyPair> headKeys = new HashMap<>();
        for (Applicant applicant : APPLICANTS) {
            KeyPair keys = keyPair(applicant.keyType());
            headKeys.put(applicant.bin(), keys);
            X500Name subject = person(applicant.headName(), applicant.headIin(), applicant.bin(), applicant.organisation());
            writeKey("applicants/" + applicant.bin(), "applicant." + applicant.bin(), applicant.bin(),
                    leaf(subject, keys, issuing, notBefore, notBefore.plus(YEAR), SIGNING), issuing, root);
            property("applicant." + applicant.bin() + ".iin", applicant.headIin());
            property("applicant." + applicant.bin() + ".key-type", applicant.keyType().name());
        }

        // The broken variants certify the head's own key: only the certificate is at fault, as in each real case
        // (and RSA key generation is what makes this generator slow).
        Applicant broken = APPLICANTS.stream().filter(a -> a.bin().equals(BROKEN_VARIANTS_BIN)).findFirst().orElseThrow();
        KeyPair brokenKeys = headKeys.get(broken.bin());
        X500Name brokenSubject = person(broken.headName(), broken.headIin(), broken.bin(), broken.organisation());
        writeKey("applicants/expired-" + broken.bin(), "applicant.expired-" + broken.bin(), broken.bin(),
                leaf(brokenSubject, brokenKeys, issuing, now.minus(YEAR.multipliedBy(2)), now.minus(DAY), SIGNING),
                issuing, root);
        writeKey("applicants/nokeyusage-" + broken.bin(), "applicant.nokeyusage-" + broken.bin(), broken.bin(),
                leaf(brokenSubject, brokenKeys, issuing, notBefore, notBefore.plus(YEAR), KeyUsage.keyEncipherment),
                issuing, root);
        Issued rogue = selfSignedCa(new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, "Rogue CA").build());
        writePem("rogue-ca.pem", rogue.certificate());
        property("rogue-ca.cert", "rogue-ca.pem");
        writeKey("applicants/untrusted-" + broken.bin(), "applicant.untrusted-" + broken.bin(), broken.bin(),
                leaf(brokenSubject, brokenKeys, rogue, notBefore, notBefore.plus(YEAR), SIGNING), rogue);

        property("provider.bin", PROVIDER_BIN);
        property("provider.signer.iin", PROVIDER_HEAD_IIN);
        property("provider.signer.alias", PROVIDER_SIGNER_ALIAS);
        property("provider.signer.password", PASSWORD);
        writeKey("provider/head-signer", "provider.signer", PROVIDER_SIGNER_ALIAS,
                leaf(person(PROVIDER_HEAD_NAME, PROVIDER_HEAD_IIN, PROVIDER_BIN, PROVIDER_NAME),
                        keyPair(KeyType.RSA), issuing, notBefore, notBefore.plus(YEAR), SIGNING), issuing, root);

        writeProperties();
    }

    private record Issued(KeyPair keys, X509Certificate certificate) {
    }

    private Issued selfSignedCa(X500Name name) throws GeneralSecurityException, IOException {
        KeyPair keys = keyPair(KeyType.RSA);
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(),
                Date.from(now.minus(YEAR.multipliedBy(3))), Date.from(now.plus(YEAR.multipliedBy(20))), name, keys.getPublic());
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                .addExtension(Extension.keyUsage, true, new KeyUsage(CA))
                .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(keys.getPublic()));
        return new Issued(keys, sign(builder, keys.getPrivate()));
    }

    private Issued ca(X500Name name, Issued issuer) throws GeneralSecurityException, IOException {
        KeyPair keys = keyPair(KeyType.RSA);
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer.certificate(), serial(),
                Date.from(now.minus(YEAR.multipliedBy(3))), Date.from(now.plus(YEAR.multipliedBy(10))), name, keys.getPublic());
        addIdentifiers(builder, keys.getPublic(), issuer)
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                .addExtension(Extension.keyUsage, true, new KeyUsage(CA));
        return new Issued(keys, sign(builder, issuer.keys().getPrivate()));
    }

    private Issued leaf(X500Name subject, KeyPair keys, Issued issuer, Instant notBefore, Instant notAfter,
                        int keyUsage) throws GeneralSecurityException, IOException {
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer.certificate(), serial(),
                Date.from(notBefore), Date.from(notAfter), subject, keys.getPublic());
        addIdentifiers(builder, keys.getPublic(), issuer)
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
        return new Issued(keys, sign(builder, issuer.keys().getPrivate()));
    }

    private static X509v3CertificateBuilder addIdentifiers(X509v3CertificateBuilder builder, PublicKey subjectKey,
                                                           Issued issuer) throws GeneralSecurityException, CertIOException {
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        return builder
                .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(subjectKey))
                .addExtension(Extension.authorityKeyIdentifier, false,
                        extensions.createAuthorityKeyIdentifier(issuer.certificate()));
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey) throws GeneralSecurityException {
        try {
            return new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER).getCertificate(builder.build(
                    new JcaContentSignerBuilder("SHA256withRSA").setProvider(BouncyCastle.PROVIDER).build(issuerKey)));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    /** The NCA RK profile of an organisation employee's certificate, see {@code SignerIdentity}. */
    private static X500Name person(String name, String iin, String bin, String organisation) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "KZ")
                .addRDN(BCStyle.O, organisation)
                .addRDN(BCStyle.OU, "BIN" + bin)
                .addRDN(BCStyle.SERIALNUMBER, "IIN" + iin)
                .addRDN(BCStyle.CN, name)
                .build();
    }

    private static X500Name name(String commonName, String organisation) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "KZ")
                .addRDN(BCStyle.O, organisation)
                .addRDN(BCStyle.CN, commonName)
                .build();
    }

    /** The JDK's generators: BouncyCastle's RSA key generation is about ten times slower. */
    private KeyPair keyPair(KeyType type) throws GeneralSecurityException {
        KeyPairGenerator generator;
        if (type == KeyType.EC) {
            generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), random);
        } else {
            generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, random);
        }
        return generator.generateKeyPair();
    }

    /** Random, positive, 128 bits: unpredictable serials are what CAs must use (CA/B Forum, RFC 5280 limit of 20 octets). */
    private BigInteger serial() {
        BigInteger serial;
        do {
            serial = new BigInteger(128, random);
        } while (serial.signum() == 0);
        return serial;
    }

    /**
     * Writes {@code <base>.p12}, {@code <base>.cert.pem} and {@code <base>.key.pem} (PKCS#8, unencrypted) and
     * records them as {@code <prefix>.p12}, {@code <prefix>.cert} and {@code <prefix>.key}.
     */
    private void writeKey(String base, String prefix, String alias, Issued key, Issued... issuers) throws IOException, GeneralSecurityException {
        Certificate[] chain = new Certificate[issuers.length + 1];
        chain[0] = key.certificate();
        for (int i = 0; i < issuers.length; i++) {
            chain[i + 1] = issuers[i].certificate();
        }
        // The JDK's PKCS#12 writer: AES-256/PBKDF2 with 10,000 iterations, which OpenSSL 3 and BouncyCastle read.
        // BouncyCastle 1.86 writes 600,000 iterations (two seconds per file, again on every load), pointless for "demo".
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(alias, key.keys().getPrivate(), PASSWORD.toCharArray(), chain);
        Path p12 = file(base + ".p12");
        try (OutputStream out = Files.newOutputStream(p12)) {
            store.store(out, PASSWORD.toCharArray());
        }
        writePem(base + ".cert.pem", key.certificate());
        writePem(base + ".key.pem", new JcaPKCS8Generator(key.keys().getPrivate(), null));

        property(prefix + ".p12", base + ".p12");
        property(prefix + ".cert", base + ".cert.pem");
        property(prefix + ".key", base + ".key.pem");
    }

    private void writePem(String relative, Object object) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(text)) {
            pem.writeObject(object);
        }
        Files.writeString(file(relative), text.toString(), StandardCharsets.US_ASCII);
    }

    private Path file(String relative) throws IOException {
        Path file = directory.resolve(relative);
        Files.createDirectories(file.getParent());
        return file;
    }

    private void property(String key, String value) {
        properties.put(key, value);
    }

    /** Plain ASCII in a fixed order, readable by {@link java.util.Properties#load}. */
    private void writeProperties() throws IOException {
        StringBuilder text = new StringBuilder()
                .append("# Demo PKI generated by ").append(DemoPki.class.getName()).append(". NOT FOR PRODUCTION.\n")
                .append("# Paths are relative to the directory of this file; every PKCS#12 file has the password below.\n");
        properties.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        Path target = file(PROPERTIES_FILE);
        Path temporary = file(PROPERTIES_FILE + ".tmp");
        Files.writeString(temporary, text, StandardCharsets.US_ASCII);
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
