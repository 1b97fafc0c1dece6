package kz.gov.elicense.signature.entity;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whose certificate a signature must have been made with, and in which capacity. A BIN binds the signature to an
 * organisation, an IIN to a person; {@code null} means that part is not checked. On top of the identity, a rule may
 * demand a role from the NCA RK profile ({@link KeyUser}) or a list of persons allowed to sign.
 * <p>
 * The rules, from the factory methods:
 * <ul>
 *     <li>{@link #organisation(String)}: any certificate of the organisation (identity only, as before roles were read);</li>
 *     <li>{@link #organisationSignatory(String)}: the organisation's head (CEO) or a person with the right to sign
 *     (CAN_SIGN); an EMPLOYEE, HR or CAN_SIGN_FINANCIAL certificate is refused as
 *     {@link SignatureFailure#SIGNATORY_NOT_AUTHORISED};</li>
 *     <li>{@link #person(String)}: a private individual's own certificate (INDIVIDUAL). Decision: a certificate
 *     without any key-user OID is refused too. NCA RK has put these OIDs into every certificate for years and
 *     its certificates live one year, so a certificate without them is not a legacy NCA RK one but one of
 *     another profile, which must not pass for a private person's signature. A caller that really wants the IIN
 *     alone uses {@code new ExpectedSigner(null, iin)};</li>
 *     <li>{@link #providerOfficer(String, Collection)}: for results (licences): a certificate of the licensing
 *     body's BIN whose holder's IIN is one of the officers allowed to sign ({@link SignatureFailure#SIGNER_NOT_ALLOWED}).</li>
 * </ul>
 *
 * @param bin           the BIN that must be in the certificate's OU, or {@code null}
 * @param iin           the IIN that must be in the certificate's SERIALNUMBER, or {@code null}
 * @param anyKeyUserOf  the certificate must name at least one of these key users; empty: no role is required
 * @param allowedIins   the holder's IIN must be one of these; empty: no list
 */
public record ExpectedSigner(String bin, String iin, Set<KeyUser> anyKeyUserOf, Set<String> allowedIins) {

    /** Accepts any trusted signer; for callers that only need to know who signed. */
    public static final ExpectedSigner ANY = new ExpectedSigner(null, null);

    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");

    /**
     * Rejects malformed identifiers: comparing against one would report an identity mismatch and hide the
     * caller's bug, which is the caller's to validate (the BIN and IIN value types do so).
     */
    public ExpectedSigner {
        require("BIN", bin);
        require("IIN", iin);
        anyKeyUserOf = anyKeyUserOf == null || anyKeyUserOf.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(anyKeyUserOf));
        if (allowedIins == null) {
            allowedIins = Set.of();
        } else {
            allowedIins.forEach(allowed -> require("allowed IIN", Objects.requireNonNull(allowed, "allowed IIN")));
            // sorted, so that the reason names them in a stable order
            allowedIins = Collections.unmodifiableSet(new TreeSet<>(allowedIins));
        }
    }

    /** Identity only: the BIN and/or IIN, no role. */
    public ExpectedSigner(String bin, String iin) {
        this(bin, iin, Set.of(), Set.of());
    }

    /** Any certificate issued for the organisation's BIN, whatever the holder's role. */
    public static ExpectedSigner organisation(String bin) {
        return new ExpectedSigner(Objects.requireNonNull(bin, "bin"), null);
    }

    /** A signature that binds the organisation: by its head (CEO) or a person with the right to sign (CAN_SIGN). */
    public static ExpectedSigner organisationSignatory(String bin) {
        return new ExpectedSigner(Objects.requireNonNull(bin, "bin"), null, EnumSet.of(KeyUser.CEO, KeyUser.CAN_SIGN),
                Set.of());
    }

    /** A private individual, with their personal (INDIVIDUAL) certificate. */
    public static ExpectedSigner person(String iin) {
        return new ExpectedSigner(null, Objects.requireNonNull(iin, "iin"), EnumSet.of(KeyUser.INDIVIDUAL), Set.of());
    }

    /**
     * An officer of the licensing body signing a result: a certificate of {@code providerBin} held by one of
     * {@code allowedIins}. The allow-list, kept by the licensing body, is the authority here, so no NCA role is
     * demanded (officers often hold EMPLOYEE certificates).
     *
     * @throws IllegalArgumentException if the list is empty: nobody could sign
     */
    public static ExpectedSigner providerOfficer(String providerBin, Collection<String> allowedIins) {
        Objects.requireNonNull(providerBin, "providerBin");
        if (allowedIins.isEmpty()) {
            throw new IllegalArgumentException("A provider officer rule needs at least one allowed IIN");
        }
        return new ExpectedSigner(providerBin, null, Set.of(), Set.copyOf(allowedIins));
    }

    /**
     * Why {@code signer} does not satisfy this rule, or {@code null} if it does. The identity is compared first,
     * so a certificate of another organisation is reported as such, not as lacking a role.
     */
    public Mismatch mismatch(SignerIdentity signer) {
        if (bin != null && !bin.equals(signer.bin())) {
            return new Mismatch(SignatureFailure.IDENTITY_MISMATCH, signer.bin() == null
                    ? "The signer's certificate names no organisation (no BIN), but a signature on behalf of BIN "
                      + bin + " is required."
                    : "The signer's certificate is issued for BIN " + signer.bin() + ", but a signature on behalf of BIN "
                      + bin + " is required.");
        }
        if (iin != null && !iin.equals(signer.iin())) {
            return new Mismatch(SignatureFailure.IDENTITY_MISMATCH, signer.iin() == null
                    ? "The signer's certificate names no person (no IIN), but a signature by IIN " + iin + " is required."
                    : "The signer's certificate is issued to IIN " + signer.iin() + ", but a signature by IIN "
                      + iin + " is required.");
        }
        if (!allowedIins.isEmpty() && (signer.iin() == null || !allowedIins.contains(signer.iin()))) {
            return new Mismatch(SignatureFailure.SIGNER_NOT_ALLOWED, "The signer "
                    + (signer.iin() == null ? "names no IIN" : "(IIN " + signer.iin() + ")")
                    + " is not among the persons allowed to sign this document (IIN " + String.join(", ", allowedIins)
                    + ").");
        }
        if (!anyKeyUserOf.isEmpty() && !signer.hasAnyKeyUser(anyKeyUserOf)) {
            return new Mismatch(SignatureFailure.SIGNATORY_NOT_AUTHORISED, "The signer's certificate is "
                    + (signer.keyUsers().isEmpty() ? "without any NCA RK key-user role"
                       : "for " + names(signer.keyUsers()))
                    + ", but this signature requires a certificate for " + String.join(" or ", names(anyKeyUserOf))
                    + ".");
        }
        return null;
    }

    /** The failure code and the sentence saying why the signer does not fit. */
    public record Mismatch(SignatureFailure failure, String reason) {
        public Mismatch {
            Objects.requireNonNull(failure, "failure");
            Objects.requireNonNull(reason, "reason");
        }
    }

    private static Set<String> names(Set<KeyUser> users) {
        return users.stream().map(Enum::name).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static void require(String kind, String value) {
        if (value != null && !TWELVE_DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException(kind + " must be exactly 12 digits, but is \"" + value + "\"");
        }
    }
}
