package kz.gov.elicense.signature.entity;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.PolicyInformation;

/**
 * Who a certificate was issued to, read according to the NCA RK (Kazakhstan) certificate profile:
 * <ul>
 *     <li>SERIALNUMBER = {@code "IIN"} + 12 digits: the person's IIN;</li>
 *     <li>OU = {@code "BIN"} + 12 digits: the BIN of the organisation the person acts for (employees only);</li>
 *     <li>O: the organisation's name (employees only); CN: surname and name; GIVENNAME: patronymic, if any;</li>
 *     <li>the {@link KeyUser} OIDs: individual, or organisation with the holder's role there (head, right to
 *     sign, HR, employee). NCA RK writes them into extendedKeyUsage; they are also read from
 *     certificatePolicies, where other profiles (and this project's brief) put them.</li>
 * </ul>
 *
 * @param iin               the signer's IIN, or {@code null} if the certificate carries none
 * @param bin               the organisation's BIN, or {@code null} for a private person's certificate
 * @param commonName        CN (surname and name); the whole subject DN if the certificate has no CN
 * @param organisation      O, or {@code null}
 * @param certificateSerial the certificate's serial number in lower-case hexadecimal
 * @param issuerDn          the issuer's distinguished name, most specific attribute first (RFC 2253 order)
 * @param notBefore         start of the certificate's validity
 * @param notAfter          end of the certificate's validity
 * @param patronymic        GIVENNAME, or {@code null}
 * @param keyUsers          the profile's holder kinds and roles found in the certificate; empty if it has none
 */
public record SignerIdentity(String iin, String bin, String commonName, String organisation,
                             String certificateSerial, String issuerDn, Instant notBefore, Instant notAfter,
                             String patronymic, Set<KeyUser> keyUsers) {

    private static final Pattern IIN = Pattern.compile("IIN(\\d{12})", Pattern.CASE_INSENSITIVE);
    private static final Pattern BIN = Pattern.compile("BIN(\\d{12})", Pattern.CASE_INSENSITIVE);

    public SignerIdentity {
        Objects.requireNonNull(commonName, "commonName");
        Objects.requireNonNull(certificateSerial, "certificateSerial");
        Objects.requireNonNull(issuerDn, "issuerDn");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(notAfter, "notAfter");
        keyUsers = keyUsers == null ? Set.of() : Collections.unmodifiableSet(enumSet(keyUsers));
    }

    /** For identities that do not come from a certificate with the profile's key-user OIDs (e.g. in tests). */
    public SignerIdentity(String iin, String bin, String commonName, String organisation,
                          String certificateSerial, String issuerDn, Instant notBefore, Instant notAfter,
                          String patronymic) {
        this(iin, bin, commonName, organisation, certificateSerial, issuerDn, notBefore, notAfter, patronymic, Set.of());
    }

    /** For signers without a patronymic. */
    public SignerIdentity(String iin, String bin, String commonName, String organisation,
                          String certificateSerial, String issuerDn, Instant notBefore, Instant notAfter) {
        this(iin, bin, commonName, organisation, certificateSerial, issuerDn, notBefore, notAfter, null);
    }

    /**
     * Reads the identity from the certificate's subject. The name is parsed as ASN.1 attributes, not as a
     * DN string, so that escaping, attribute order and multi-valued RDNs cannot confuse the extraction.
     */
    public static SignerIdentity of(X509Certificate certificate) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        X500Name issuer = X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded());
        return new SignerIdentity(
                extract(subject, BCStyle.SERIALNUMBER, IIN).orElse(null),
                // an employee's certificate may carry several OUs (departments); only one is the BIN
                extract(subject, BCStyle.OU, BIN).orElse(null),
                first(subject, BCStyle.CN).orElseGet(() -> rfc2253(subject)),
                first(subject, BCStyle.O).orElse(null),
                certificate.getSerialNumber().toString(16),
                rfc2253(issuer),
                certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant(),
                first(subject, BCStyle.GIVENNAME).orElse(null),
                keyUsersOf(certificate));
    }

    /** Whether the holder has at least one of {@code users}. */
    public boolean hasAnyKeyUser(Collection<KeyUser> users) {
        return users.stream().anyMatch(keyUsers::contains);
    }

    /**
     * The key-user OIDs from extendedKeyUsage and certificatePolicies. An unreadable extension contributes
     * nothing: a rule that needs a role then refuses the certificate, which is the safe direction.
     */
    static Set<KeyUser> keyUsersOf(X509Certificate certificate) {
        Set<KeyUser> users = EnumSet.noneOf(KeyUser.class);
        try {
            List<String> extendedKeyUsage = certificate.getExtendedKeyUsage();
            if (extendedKeyUsage != null) {
                extendedKeyUsage.forEach(oid -> KeyUser.ofOid(oid).ifPresent(users::add));
            }
        } catch (CertificateParsingException | RuntimeException e) {
            // unreadable extendedKeyUsage: no roles from it
        }
        byte[] policies = certificate.getExtensionValue(Extension.certificatePolicies.getId());
        if (policies != null) {
            try {
                for (PolicyInformation policy : CertificatePolicies.getInstance(
                        ASN1OctetString.getInstance(policies).getOctets()).getPolicyInformation()) {
                    KeyUser.ofOid(policy.getPolicyIdentifier().getId()).ifPresent(users::add);
                }
            } catch (RuntimeException e) {
                // unreadable certificatePolicies: no roles from it
            }
        }
        return users;
    }

    private static Set<KeyUser> enumSet(Collection<KeyUser> users) {
        Set<KeyUser> set = EnumSet.noneOf(KeyUser.class);
        users.forEach(u -> set.add(Objects.requireNonNull(u, "keyUsers element")));
        return set;
    }

    /** Surname, name and, when present, patronymic, as printed on documents. */
    public String fullName() {
        return patronymic == null ? commonName : commonName + " " + patronymic;
    }

    /** "Surname N. P." as the licence template asks for the head of the licensing body. */
    public String surnameAndInitials() {
        String[] names = fullName().trim().split("\\s+");
        StringBuilder text = new StringBuilder(names[0]);
        for (int i = 1; i < names.length; i++) {
            text.append(' ').append(names[i].charAt(0)).append('.');
        }
        return text.toString();
    }

    private static Optional<String> extract(X500Name name, ASN1ObjectIdentifier type, Pattern pattern) {
        return values(name, type)
                .map(pattern::matcher)
                .filter(Matcher::matches)
                .map(m -> m.group(1))
                .findFirst();
    }

    private static Optional<String> first(X500Name name, ASN1ObjectIdentifier type) {
        return values(name, type).filter(v -> !v.isEmpty()).findFirst();
    }

    private static Stream<String> values(X500Name name, ASN1ObjectIdentifier type) {
        return Arrays.stream(name.getRDNs())
                .map(RDN::getTypesAndValues)
                .flatMap(Arrays::stream)
                .filter(atv -> type.equals(atv.getType()))
                .map(AttributeTypeAndValue::getValue)
                .map(SignerIdentity::text)
                .map(String::strip);
    }

    private static String text(ASN1Encodable value) {
        return value instanceof ASN1String s ? s.getString() : value.toString();
    }

    /** X.500 names are encoded most general first; people read them most specific first. */
    private static String rfc2253(X500Name name) {
        List<RDN> rdns = Arrays.asList(name.getRDNs().clone());
        Collections.reverse(rdns);
        return new X500Name(BCStyle.INSTANCE, rdns.toArray(RDN[]::new)).toString();
    }
}
