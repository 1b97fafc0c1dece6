package kz.gov.elicense.signature.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.net.URI;
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
import java.security.cert.CRLReason;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
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
import kz.gov.elicense.signature.entity.KeyUser;

/**
 * Generates a throw-away PKI shaped like NCA RK's: a root with two issuing CAs, one for individuals and one for
 * legal entities (the trust anchors the server is configured with), EDS keys for the heads and employees of the
 * demo organisations with NCA's key-user certificate policies, a few deliberately broken keys (expired, issued
 * by an untrusted CA, without signing key usage, revoked), the provider officer's key that signs licences, and
 * the keys of the demo OCSP responders, CRL issuers and time-stamp authority ({@link DemoPkiServices}). Key files
 * are written both as PKCS#12 (like real NCA keys) and as PEM (for {@code openssl cms -sign}).
 * <p>
 * Usage: {@code DemoPki <output-directory> [--force] [--replace-if-moved] [--base-url=http://127.0.0.1:8080]}.
 * {@code --replace-if-moved} regenerates a PKI made for another base URL (for the tests' throw-away PKI). An existing PKI
 * (recognised by {@value #PROPERTIES_FILE}) is left alone unless {@code --force} is given, so certificates a
 * developer has already configured survive. The base URL is where the server exposes the demo services: every
 * issued certificate points to {@code <base-url>/pki/ocsp} and {@code <base-url>/pki/crl/<ca>.crl}.
 */
public final class DemoPki {

    public static final String PROPERTIES_FILE = "demo-pki.properties";
    /** Of every PKCS#12 file written. */
    public static final String PASSWORD = "demo";
    /** BIN of the demo licensing provider; 99-03, legal entity (4), head office (0), serial 0000001, check digit 4. */
    public static final String PROVIDER_BIN = "990340000014";
    public static final String PROVIDER_HEAD_IIN = "710919308901";
    public static final String PROVIDER_SIGNER_ALIAS = "head";
    /** The applicant whose broken variants (expired, untrusted, no key usage, revoked) and employees are generated. */
    public static final String BROKEN_VARIANTS_BIN = "150440001011";
    /** An employee of {@link #BROKEN_VARIANTS_BIN} without the right to sign ({@code applicants/employee-<bin>}). */
    public static final String EMPLOYEE_IIN = "920315400209";
    /** An employee of {@link #BROKEN_VARIANTS_BIN} with the right to sign ({@code applicants/signer-<bin>}). */
    public static final String AUTHORISED_SIGNER_IIN = "870612300502";

    public static final String DEFAULT_BASE_URL = "http://127.0.0.1:8080";
    /** Where the services are expected under the base URL; see {@link DemoPkiServices}. */
    public static final String OCSP_PATH = "/pki/ocsp";
    public static final String CRL_PATH = "/pki/crl/";
    public static final String TSA_PATH = "/pki/tsa";
    /** Names of the CAs (in CRL URLs, file names and property keys). */
    public static final String ROOT_CA = "root";
    public static final String INDIVIDUALS_CA = "individuals";
    public static final String LEGAL_ENTITIES_CA = "legal-entities";
    /** Policy of the demo time-stamp authority's tokens (under NCA RK's arc; stable, so tokens can be matched). */
    public static final String TSA_POLICY = "1.2.398.3.3.2";
    public static final String REVOCATIONS_FILE = "revocations.txt";
    /** The e-government portal's host name: its system certificate's common name and its name as an API caller. */
    public static final String PORTAL_SYSTEM_NAME = "portal.egov.kz";
    /** Alias of the server's TLS key in {@code tls/server.p12}. */
    public static final String TLS_SERVER_ALIAS = "server";
    /** The server's TLS key, relative to the PKI's folder. */
    public static final String TLS_SERVER_KEY = "tls/server.p12";
    /**
     * A portal system whose certificate the server holds in {@code tls/portal-systems.p12} but its CA has revoked: the
     * https listener's revocation check must refuse it at the handshake.
     */
    public static final String REVOKED_SYSTEM_NAME = "revoked-system.egov.kz";
    /** The demo CAs' CRLs for the https listener's trust manager (licensing.cli), relative to the PKI's folder. */
    public static final String TLS_CLIENT_CRLS = "tls/client-ca.crl";

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

    /** A demo individual who applies in their own name (weapon registration, forensic expert licence). */
    public record Individual(String iin, String fullName, KeyType keyType) {
    }

    /**
     * Individual applicants: 750502401237 has a criminal record in the demo registries, 880624407890 is unknown to
     * the individuals database; the others are clean. 800101300125 (the head of {@link #BROKEN_VARIANTS_BIN}) also has
     * a key in their own name, written with the broken variants.
     */
    public static final List<Individual> INDIVIDUALS = List.of(
            new Individual("691115302343", "Иванов Сергей Петрович", KeyType.RSA),
            new Individual("850721403453", "Касымов Тимур Болатович", KeyType.EC),
            new Individual("750502401237", "Омаров Ерлан Маратович", KeyType.RSA),
            new Individual("880624407890", "Жумабаев Асхат Куанышевич", KeyType.RSA));

    private static final String PROVIDER_HEAD_NAME = "Сейткали Бауыржан";
    /** Department of Internal Affairs (Police Department) of Astana. */
    private static final String PROVIDER_NAME = "Департамент полиции города Астаны";
    private static final String EMPLOYEE_NAME = "Серікова Жанар";
    private static final String AUTHORISED_SIGNER_NAME = "Тулегенов Марат";

    private static final Duration DAY = Duration.ofDays(1);
    private static final Duration YEAR = Duration.ofDays(365);
    private static final int SIGNING = KeyUsage.digitalSignature | KeyUsage.nonRepudiation;
    private static final int CA = KeyUsage.keyCertSign | KeyUsage.cRLSign;
    private static final String USAGE = "Usage: DemoPki <output-directory> [--force] [--replace-if-moved] [--base-url=" + DEFAULT_BASE_URL + "]";

    private final Path directory;
    private final String baseUrl;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final SecureRandom random = new SecureRandom();
    /** Written last, so an interrupted run is not mistaken for a finished one. */
    private final Map<String, String> properties = new LinkedHashMap<>();
    /** The revoked system certificate the server still holds, revoked with the applicant's revoked one. */
    private DemoRevocations.Revocation revokedSystemCertificate;

    private DemoPki(Path directory, String baseUrl) {
        this.directory = directory;
        this.baseUrl = baseUrl;
    }

    public static void main(String[] args) throws IOException, GeneralSecurityException {
        if (args.length == 0 || args[0].startsWith("--")) {
            usage("");
        }
        Path directory = Path.of(args[0]);
        boolean force = false;
        boolean replaceIfMoved = false;
        String baseUrl = DEFAULT_BASE_URL;
        for (String option : Arrays.asList(args).subList(1, args.length)) {
            if (option.equals("--force")) {
                force = true;
            } else if (option.equals("--replace-if-moved")) {
                replaceIfMoved = true;
            } else if (option.startsWith("--base-url=")) {
                baseUrl = option.substring("--base-url=".length());
            } else {
                usage("Unknown option " + option);
            }
        }
        try {
            baseUrl = baseUrl(baseUrl);
        } catch (IllegalArgumentException e) {
            usage(e.getMessage());
        }
        // the test builds pass this: their PKI is throw-away, and one made for another server's port is useless
        if (replaceIfMoved && !recordedBaseUrl(directory).map(baseUrl::equals).orElse(true)) {
            force = true;
        }
        // nor is one made before the TLS keys of the https listener and the portal system were part of it
        boolean withoutTls = Files.exists(directory.resolve(PROPERTIES_FILE)) && !Files.exists(directory.resolve(TLS_SERVER_KEY));
        if (replaceIfMoved && withoutTls) {
            force = true;
        }
        // nor one made before the https listener checked revocation (no revoked system certificate to refuse)
        boolean withoutRevokedSystem = Files.exists(directory.resolve(PROPERTIES_FILE))
                && !Files.exists(directory.resolve("systems/" + REVOKED_SYSTEM_NAME + ".p12"));
        if (replaceIfMoved && withoutRevokedSystem) {
            force = true;
        }
        if (generate(directory, force, baseUrl)) {
            System.out.println("Demo PKI written to " + directory.toAbsolutePath() + " (see " + PROPERTIES_FILE
                    + "); trust anchors in " + directory.resolve("trust").toAbsolutePath()
                    + "; services expected at " + baseUrl);
        } else {
            System.out.println("Demo PKI already present in " + directory.toAbsolutePath()
                    + "; kept as is (use --force to regenerate)");
            // the URLs are inside the certificates: another base URL needs new certificates
            Optional<String> recorded = recordedBaseUrl(directory);
            if (recorded.isEmpty()) {
                System.err.println("Warning: it was made by an older DemoPki, without OCSP, CRL and time-stamp "
                        + "services; use --force to regenerate");
            } else if (!recorded.get().equals(baseUrl)) {
                System.err.println("Warning: its certificates point to " + recorded.get() + ", not to " + baseUrl
                        + "; use --force to regenerate");
            }
            if (withoutTls) {
                System.err.println("Warning: it has no TLS keys (" + TLS_SERVER_KEY + ", the portal system's "
                        + "certificate), so the https listener has no key; use --force to regenerate");
            } else if (withoutRevokedSystem) {
                System.err.println("Warning: it has no revoked system certificate (systems/" + REVOKED_SYSTEM_NAME
                        + ") to show the https listener's revocation check; use --force to regenerate");
            }
            // the https listener's trust manager reads the CRLs at start (licensing.cli): a day's CRLs, issued again
            try {
                writeClientCrls(directory);
                System.out.println("CRLs of the demo CAs for the https listener issued afresh: "
                        + directory.resolve(TLS_CLIENT_CRLS).toAbsolutePath());
            } catch (IOException | GeneralSecurityException e) {
                System.err.println("Warning: cannot issue " + TLS_CLIENT_CRLS + " (" + e.getMessage() + "), which the "
                        + "https listener reads at start; use --force to regenerate");
            }
        }
    }

    /** @return {@code true} if a PKI was generated, {@code false} if an existing one was kept */
    public static boolean generate(Path directory, boolean force) throws IOException, GeneralSecurityException {
        return generate(directory, force, DEFAULT_BASE_URL);
    }

    /**
     * @param baseUrl where the demo services will be reachable, e.g. {@code http://127.0.0.1:8080}
     * @return {@code true} if a PKI was generated, {@code false} if an existing one was kept
     */
    public static boolean generate(Path directory, boolean force, String baseUrl) throws IOException, GeneralSecurityException {
        String normalised = baseUrl(baseUrl);
        if (!force && Files.exists(directory.resolve(PROPERTIES_FILE))) {
            return false;
        }
        new DemoPki(directory, normalised).generate();
        return true;
    }

    private static void usage(String problem) {
        if (!problem.isEmpty()) {
            System.err.println(problem);
        }
        System.err.println(USAGE);
        System.exit(2);
    }

    private static Optional<String> recordedBaseUrl(Path directory) {
        Properties recorded = new Properties();
        try (var reader = Files.newBufferedReader(directory.resolve(PROPERTIES_FILE), StandardCharsets.ISO_8859_1)) {
            recorded.load(reader);
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(recorded.getProperty("base-url"));
    }

    /** Absolute http(s) URL without a trailing slash, so paths can be appended. */
    static String baseUrl(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Base URL " + url + " is not a URL", e);
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException("Base URL " + url + " must be an absolute http(s) URL without query");
        }
        return url.replaceAll("/+$", "");
    }

    private void generate() throws IOException, GeneralSecurityException {
        property("generated.at", now.toString());
        property("password", PASSWORD);
        property("base-url", baseUrl);
        property("ocsp.url", baseUrl + OCSP_PATH);
        property("tsa.url", baseUrl + TSA_PATH);
        property("tsa.policy", TSA_POLICY);

        Issued root = selfSignedCa(name("NCA RK Demo Root", "Demo"), ROOT_CA);
        Issued individuals = ca(name("NCA RK Demo Individuals CA", "Demo"), INDIVIDUALS_CA, root);
        Issued legalEntities = ca(name("NCA RK Demo Legal Entities CA", "Demo"), LEGAL_ENTITIES_CA, root);
        writePem("root-ca.pem", root.certificate());
        // issuing-ca.pem stays the CA of the applicants' and the provider's keys, as before the split
        writePem("issuing-ca.pem", legalEntities.certificate());
        writePem("trust/root-ca.pem", root.certificate());
        writePem("trust/issuing-ca.pem", legalEntities.certificate());
        writePem("trust/individuals-ca.pem", individuals.certificate());
        property("trust.dir", "trust");
        property("root-ca.cert", "root-ca.pem");
        property("issuing-ca.cert", "issuing-ca.pem");
        property("ca.names", String.join(",", ROOT_CA, INDIVIDUALS_CA, LEGAL_ENTITIES_CA));
        // the CAs' own keys sign the CRLs of the demo services
        for (Issued ca : List.of(root, individuals, legalEntities)) {
            writeKey("ca/" + ca.caName(), "ca." + ca.caName(), ca.caName(), ca);
            property("ca." + ca.caName() + ".crl-url", crlUrl(ca.caName()));
        }

        writePem("applicants/chain.pem", legalEntities.certificate());
        property("applicants.chain", "applicants/chain.pem");
        Instant notBefore = now.minus(DAY);
        List<KeyUser> head = List.of(KeyUser.ORGANIZATION, KeyUser.CEO);
        Map<String, KeyPair> headKeys = new HashMap<>();
        for (Applicant applicant : APPLICANTS) {
            KeyPair keys = keyPair(applicant.keyType());
            headKeys.put(applicant.bin(), keys);
            X500Name subject = person(applicant.headName(), applicant.headIin(), applicant.bin(), applicant.organisation());
            String prefix = "applicant." + applicant.bin();
            writeKey("applicants/" + applicant.bin(), prefix, applicant.bin(),
                    leaf(subject, keys, legalEntities, notBefore, notBefore.plus(YEAR), SIGNING, head));
            property(prefix + ".iin", applicant.headIin());
            property(prefix + ".key-type", applicant.keyType().name());
            property(prefix + ".key-users", keyUsers(head));
        }

        // Individuals sign as themselves: a certificate of the individuals CA with the INDIVIDUAL key-user policy
        List<KeyUser> ownName = List.of(KeyUser.INDIVIDUAL);
        for (Individual person : INDIVIDUALS) {
            String prefix = "individual." + person.iin();
            writeKey("individuals/" + person.iin(), prefix, person.iin(),
                    leaf(individual(person.fullName(), person.iin()), keyPair(person.keyType()), individuals, notBefore,
                            notBefore.plus(YEAR), SIGNING, ownName));
            property(prefix + ".iin", person.iin());
            property(prefix + ".key-users", keyUsers(ownName));
        }

        // The broken variants certify the head's own key: only the certificate is at fault, as in each real case
        // (and RSA key generation is what makes this generator slow).
        Applicant broken = APPLICANTS.stream().filter(a -> a.bin().equals(BROKEN_VARIANTS_BIN)).findFirst().orElseThrow();
        KeyPair brokenKeys = headKeys.get(broken.bin());
        X500Name brokenSubject = person(broken.headName(), broken.headIin(), broken.bin(), broken.organisation());
        writeKey("applicants/expired-" + broken.bin(), "applicant.expired-" + broken.bin(), broken.bin(),
                leaf(brokenSubject, brokenKeys, legalEntities, now.minus(YEAR.multipliedBy(2)), now.minus(DAY), SIGNING, head));
        writeKey("applicants/nokeyusage-" + broken.bin(), "applicant.nokeyusage-" + broken.bin(), broken.bin(),
                leaf(brokenSubject, brokenKeys, legalEntities, notBefore, notBefore.plus(YEAR), KeyUsage.keyEncipherment, head));
        Issued rogue = selfSignedCa(new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, "Rogue CA").build(), null);
        writePem("rogue-ca.pem", rogue.certificate());
        property("rogue-ca.cert", "rogue-ca.pem");
        writeKey("applicants/untrusted-" + broken.bin(), "applicant.untrusted-" + broken.bin(), broken.bin(),
                leaf(brokenSubject, brokenKeys, rogue, notBefore, notBefore.plus(YEAR), SIGNING, head));

        // revoked an hour ago: a signature made now is made with a revoked key
        Issued revoked = leaf(brokenSubject, brokenKeys, legalEntities, notBefore, notBefore.plus(YEAR), SIGNING, head);
        Instant revokedAt = now.minus(Duration.ofHours(1));
        writeKey("applicants/revoked-" + broken.bin(), "applicant.revoked-" + broken.bin(), broken.bin(), revoked);
        property("applicant.revoked-" + broken.bin() + ".revoked-at", revokedAt.toString());
        DemoRevocations.Revocation revokedApplicant = new DemoRevocations.Revocation(revoked.certificate().getSerialNumber(),
                revokedAt, CRLReason.KEY_COMPROMISE, LEGAL_ENTITIES_CA);

        // Employees are other people with keys of their own; the certificate policy says what they may do.
        List<KeyUser> employee = List.of(KeyUser.ORGANIZATION, KeyUser.EMPLOYEE);
        writeKey("applicants/employee-" + broken.bin(), "applicant.employee-" + broken.bin(), broken.bin(),
                leaf(person(EMPLOYEE_NAME, EMPLOYEE_IIN, broken.bin(), broken.organisation()), keyPair(KeyType.RSA),
                        legalEntities, notBefore, notBefore.plus(YEAR), SIGNING, employee));
        property("applicant.employee-" + broken.bin() + ".iin", EMPLOYEE_IIN);
        property("applicant.employee-" + broken.bin() + ".key-users", keyUsers(employee));
        List<KeyUser> signer = List.of(KeyUser.ORGANIZATION, KeyUser.CAN_SIGN);
        writeKey("applicants/signer-" + broken.bin(), "applicant.signer-" + broken.bin(), broken.bin(),
                leaf(person(AUTHORISED_SIGNER_NAME, AUTHORISED_SIGNER_IIN, broken.bin(), broken.organisation()),
                        keyPair(KeyType.RSA), legalEntities, notBefore, notBefore.plus(YEAR), SIGNING, signer));
        property("applicant.signer-" + broken.bin() + ".iin", AUTHORISED_SIGNER_IIN);
        property("applicant.signer-" + broken.bin() + ".key-users", keyUsers(signer));

        // The same head as a private person, from the individuals' CA (NCA issues such keys separately; the
        // demo reuses the head's key pair, which changes nothing for a verifier).
        writeKey("individuals/" + broken.headIin(), "individual." + broken.headIin(), broken.headIin(),
                leaf(individual(broken.headName(), broken.headIin()), brokenKeys, individuals, notBefore,
                        notBefore.plus(YEAR), SIGNING, ownName));
        property("individual." + broken.headIin() + ".key-users", keyUsers(ownName));

        property("provider.bin", PROVIDER_BIN);
        property("provider.signer.iin", PROVIDER_HEAD_IIN);
        property("provider.signer.alias", PROVIDER_SIGNER_ALIAS);
        property("provider.signer.password", PASSWORD);
        writeKey("provider/head-signer", "provider.signer", PROVIDER_SIGNER_ALIAS,
                leaf(person(PROVIDER_HEAD_NAME, PROVIDER_HEAD_IIN, PROVIDER_BIN, PROVIDER_NAME),
                        keyPair(KeyType.RSA), legalEntities, notBefore, notBefore.plus(YEAR), SIGNING, head));
        property("provider.signer.key-users", keyUsers(head));

        writeTls(root, legalEntities, rogue, notBefore);

        // One delegated OCSP responder per CA, as NCA RK does; ocsp-nocheck, so clients do not ask about the
        // responder itself.
        for (Issued ca : List.of(root, individuals, legalEntities)) {
            String commonName = "NCA RK Demo OCSP Responder of " + ca.certificate().getSubjectX500Principal()
                    .getName().replaceFirst("^CN=([^,]*),.*$", "$1");
            writeKey("services/ocsp-" + ca.caName(), "ocsp." + ca.caName(), "ocsp",
                    endEntity(name(commonName, "Demo"), keyPair(KeyType.RSA), ca, notBefore, notBefore.plus(YEAR),
                            KeyUsage.digitalSignature, builder -> builder
                                    .addExtension(Extension.extendedKeyUsage, false,
                                            new ExtendedKeyUsage(KeyPurposeId.id_kp_OCSPSigning))
                                    .addExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck, false, DERNull.INSTANCE)));
        }
        // RFC 3161 requires the time-stamping EKU, critical and alone, or verifiers reject the tokens
        writeKey("services/tsa", "tsa", "tsa",
                endEntity(name("NCA RK Demo TSA", "Demo"), keyPair(KeyType.RSA), root, notBefore, notBefore.plus(YEAR),
                        SIGNING, builder -> builder.addExtension(Extension.extendedKeyUsage, true,
                                new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping))));

        writeRevocations(List.of(revokedApplicant, revokedSystemCertificate));
        writeProperties();
        writeClientCrls(directory);
    }

    /**
     * @param caName the CA's name in URLs and files, {@code null} for a CA that is not ours (its certificates
     *               point to no service)
     * @param issuer {@code null} when self-signed
     */
    private record Issued(KeyPair keys, X509Certificate certificate, String caName, Issued issuer) {
    }

    /** The extensions particular to one kind of certificate (policies, extended key usage, ...). */
    @FunctionalInterface
    private interface Extensions {
        void addTo(X509v3CertificateBuilder builder) throws CertIOException;
    }

    private Issued selfSignedCa(X500Name name, String caName) throws GeneralSecurityException, IOException {
        KeyPair keys = keyPair(KeyType.RSA);
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(),
                Date.from(now.minus(YEAR.multipliedBy(3))), Date.from(now.plus(YEAR.multipliedBy(20))), name, keys.getPublic());
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                .addExtension(Extension.keyUsage, true, new KeyUsage(CA))
                .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(keys.getPublic()));
        return new Issued(keys, sign(builder, keys.getPrivate()), caName, null);
    }

    private Issued ca(X500Name name, String caName, Issued issuer) throws GeneralSecurityException, IOException {
        KeyPair keys = keyPair(KeyType.RSA);
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer.certificate(), serial(),
                Date.from(now.minus(YEAR.multipliedBy(3))), Date.from(now.plus(YEAR.multipliedBy(10))), name, keys.getPublic());
        // No pathLenConstraint: Elytron 2.8's revocation trust manager (the https listener's, licensing.cli) refuses
        // every chain below a CA whose constraint is smaller than its depth in the path, pathLen 0 included, with
        // "pathLenConstraint violated - this cert must be the last cert" (its MaxPathLengthChecker counts the CA itself)
        addIdentifiers(builder, keys.getPublic(), issuer)
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                .addExtension(Extension.keyUsage, true, new KeyUsage(CA));
        addRevocationPointers(builder, issuer);
        return new Issued(keys, sign(builder, issuer.keys().getPrivate()), caName, issuer);
    }

    private Issued leaf(X500Name subject, KeyPair keys, Issued issuer, Instant notBefore, Instant notAfter,
                        int keyUsage, List<KeyUser> keyUsers) throws GeneralSecurityException, IOException {
        PolicyInformation[] policies = keyUsers.stream()
                .map(user -> new PolicyInformation(new ASN1ObjectIdentifier(user.oid())))
                .toArray(PolicyInformation[]::new);
        return endEntity(subject, keys, issuer, notBefore, notAfter, keyUsage,
                builder -> builder.addExtension(Extension.certificatePolicies, false, new CertificatePolicies(policies)));
    }

    private Issued endEntity(X500Name subject, KeyPair keys, Issued issuer, Instant notBefore, Instant notAfter,
                             int keyUsage, Extensions extra) throws GeneralSecurityException, IOException {
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer.certificate(), serial(),
                Date.from(notBefore), Date.from(notAfter), subject, keys.getPublic());
        addIdentifiers(builder, keys.getPublic(), issuer)
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
        addRevocationPointers(builder, issuer);
        extra.addTo(builder);
        return new Issued(keys, sign(builder, issuer.keys().getPrivate()), null, issuer);
    }

    private static X509v3CertificateBuilder addIdentifiers(X509v3CertificateBuilder builder, PublicKey subjectKey,
                                                           Issued issuer) throws GeneralSecurityException, CertIOException {
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        return builder
                .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(subjectKey))
                .addExtension(Extension.authorityKeyIdentifier, false,
                        extensions.createAuthorityKeyIdentifier(issuer.certificate()));
    }

    /** AIA (OCSP) and CRL distribution point of the issuer's demo services; none for a CA that is not ours. */
    private void addRevocationPointers(X509v3CertificateBuilder builder, Issued issuer) throws CertIOException {
        if (issuer.caName() == null) {
            return;
        }
        builder.addExtension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(
                        new AccessDescription(AccessDescription.id_ad_ocsp,
                                new GeneralName(GeneralName.uniformResourceIdentifier, baseUrl + OCSP_PATH))))
                .addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[]{
                        new DistributionPoint(new DistributionPointName(new GeneralNames(new GeneralName(
                                GeneralName.uniformResourceIdentifier, crlUrl(issuer.caName())))), null, null)}));
    }

    /**
     * The server's TLS key (for the https listener, {@code tls/server.p12}), the trust store of the CAs whose client
     * certificates the listener accepts ({@code tls/client-ca.p12}: the demo root), and the e-government portal's
     * system certificate: its key ({@code systems/portal.egov.kz.p12}, what the portal presents), the key store of the
     * system certificates the server trusts by name ({@code tls/portal-systems.p12}, a certificate entry under the
     * alias {@value #PORTAL_SYSTEM_NAME}, read by the Elytron key-store-realm of licensing.cli), and three that must be
     * refused: one with the portal's name from a CA the server does not trust (at the handshake), one of the demo CA
     * with the portal's name that was replaced but not revoked, so it is not the certificate the server holds (by the
     * realm), and {@value #REVOKED_SYSTEM_NAME}, which the server still holds in {@code tls/portal-systems.p12} but
     * which its CA revoked (at the handshake, by the trust manager's OCSP or CRL check).
     */
    private void writeTls(Issued root, Issued legalEntities, Issued rogue, Instant notBefore)
            throws IOException, GeneralSecurityException {
        Issued server = endEntity(name("localhost", "Demo"), keyPair(KeyType.RSA), root, notBefore, notBefore.plus(YEAR),
                KeyUsage.digitalSignature | KeyUsage.keyEncipherment, builder -> builder
                        .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                        .addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[]{
                                new GeneralName(GeneralName.dNSName, "localhost"),
                                new GeneralName(GeneralName.iPAddress, "127.0.0.1")})));
        writeKey("tls/server", "tls.server", TLS_SERVER_ALIAS, server);
        writeTrustStore("tls/client-ca.p12", Map.of("root", root.certificate()));
        property("tls.client-ca.p12", "tls/client-ca.p12");

        Issued portal = system(PORTAL_SYSTEM_NAME, legalEntities, notBefore);
        writeKey("systems/" + PORTAL_SYSTEM_NAME, "system." + PORTAL_SYSTEM_NAME, PORTAL_SYSTEM_NAME, portal);
        Issued revokedSystem = system(REVOKED_SYSTEM_NAME, legalEntities, notBefore);
        writeKey("systems/" + REVOKED_SYSTEM_NAME, "system." + REVOKED_SYSTEM_NAME, REVOKED_SYSTEM_NAME, revokedSystem);
        revokedSystemCertificate = new DemoRevocations.Revocation(revokedSystem.certificate().getSerialNumber(),
                now.minus(Duration.ofHours(1)), CRLReason.KEY_COMPROMISE, LEGAL_ENTITIES_CA);
        writeTrustStore("tls/portal-systems.p12", Map.of(PORTAL_SYSTEM_NAME, portal.certificate(),
                REVOKED_SYSTEM_NAME, revokedSystem.certificate()));
        property("tls.portal-systems.p12", "tls/portal-systems.p12");
        property("tls.client-ca.crl", TLS_CLIENT_CRLS);
        writeKey("systems/untrusted-" + PORTAL_SYSTEM_NAME, "system.untrusted-" + PORTAL_SYSTEM_NAME, PORTAL_SYSTEM_NAME,
                system(PORTAL_SYSTEM_NAME, rogue, notBefore));
        writeKey("systems/replaced-" + PORTAL_SYSTEM_NAME, "system.replaced-" + PORTAL_SYSTEM_NAME, PORTAL_SYSTEM_NAME,
                system(PORTAL_SYSTEM_NAME, legalEntities, notBefore));
    }

    /**
     * Writes {@value #TLS_CLIENT_CRLS}: the current CRLs of all demo CAs (PEM, one after the other), which the https
     * listener's trust manager falls back to when the OCSP responder gives no answer. Issued afresh on every run of the
     * generator, also for a PKI it keeps, since a CRL is only good for a day ({@link DemoCrlIssuer#VALIDITY}).
     */
    static void writeClientCrls(Path directory) throws IOException, GeneralSecurityException {
        DemoCrlIssuer issuer = DemoPkiServices.load(directory, java.time.Clock.systemUTC()).crls();
        StringWriter text = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(text)) {
            java.security.cert.CertificateFactory factory = java.security.cert.CertificateFactory.getInstance("X.509");
            for (String ca : issuer.caNames()) {
                pem.writeObject(factory.generateCRL(new java.io.ByteArrayInputStream(issuer.crl(ca))));
            }
        }
        Path file = directory.resolve(TLS_CLIENT_CRLS);
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, text.toString(), StandardCharsets.US_ASCII);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A system's TLS client certificate: the host name as its common name, client authentication only. */
    private Issued system(String hostName, Issued issuer, Instant notBefore) throws GeneralSecurityException, IOException {
        return endEntity(name(hostName, "Electronic government of the Republic of Kazakhstan"), keyPair(KeyType.RSA),
                issuer, notBefore, notBefore.plus(YEAR), KeyUsage.digitalSignature, builder -> builder
                        .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth)));
    }

    /** A PKCS#12 file of certificate entries only (a trust store), with {@link #PASSWORD}. */
    private void writeTrustStore(String relative, Map<String, X509Certificate> certificates)
            throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        for (Map.Entry<String, X509Certificate> entry : certificates.entrySet()) {
            store.setCertificateEntry(entry.getKey(), entry.getValue());
        }
        try (OutputStream out = Files.newOutputStream(file(relative))) {
            store.store(out, PASSWORD.toCharArray());
        }
    }

    /** The NCA RK profile of a private person's certificate: no organisation. */
    private static X500Name individual(String name, String iin) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "KZ")
                .addRDN(BCStyle.SERIALNUMBER, "IIN" + iin)
                .addRDN(BCStyle.CN, name)
                .build();
    }

    private String crlUrl(String caName) {
        return baseUrl + CRL_PATH + caName + ".crl";
    }

    private static String keyUsers(List<KeyUser> keyUsers) {
        return String.join(",", keyUsers.stream().map(KeyUser::name).toList());
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
     * Writes {@code <base>.p12} (with the chain up to the root), {@code <base>.cert.pem} and {@code <base>.key.pem}
     * (PKCS#8, unencrypted) and records them as {@code <prefix>.p12}, {@code <prefix>.cert} and {@code <prefix>.key}.
     */
    private void writeKey(String base, String prefix, String alias, Issued key) throws IOException, GeneralSecurityException {
        List<Certificate> path = new ArrayList<>();
        for (Issued link = key; link != null; link = link.issuer()) {
            path.add(link.certificate());
        }
        Certificate[] chain = path.toArray(Certificate[]::new);
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

    private void writeRevocations(List<DemoRevocations.Revocation> revocations) throws IOException {
        Files.writeString(file(REVOCATIONS_FILE), DemoRevocations.format(revocations), StandardCharsets.US_ASCII);
        property("revocations.file", REVOCATIONS_FILE);
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
