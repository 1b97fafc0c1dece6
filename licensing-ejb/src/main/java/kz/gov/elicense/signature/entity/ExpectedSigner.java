package kz.gov.elicense.signature.entity;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Whose certificate a signature must have been made with. A BIN binds the signature to an organisation
 * (the certificate of one of its employees or of its head), an IIN to a person; {@code null} means that
 * part is not checked.
 *
 * @param bin the BIN that must be in the certificate's OU, or {@code null}
 * @param iin the IIN that must be in the certificate's SERIALNUMBER, or {@code null}
 */
public record ExpectedSigner(String bin, String iin) {

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
    }

    public static ExpectedSigner organisation(String bin) {
        return new ExpectedSigner(Objects.requireNonNull(bin, "bin"), null);
    }

    public static ExpectedSigner person(String iin) {
        return new ExpectedSigner(null, Objects.requireNonNull(iin, "iin"));
    }

    private static void require(String kind, String value) {
        if (value != null && !TWELVE_DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException(kind + " must be exactly 12 digits, but is \"" + value + "\"");
        }
    }
}
