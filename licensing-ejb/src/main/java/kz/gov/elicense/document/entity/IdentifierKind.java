package kz.gov.elicense.document.entity;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Whether a twelve-digit identifier is the BIN of a legal entity or the IIN of a person, with the abbreviation
 * each language prints before it. Told apart by digit 5: a BIN has the entity type there (4, 5 or 6), an IIN the
 * first digit of the birth day (0 to 3), so a document needs no extra field for it.
 */
public enum IdentifierKind {
    BIN("БСН", "БИН"),
    IIN("ЖСН", "ИИН");

    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");

    private final String abbreviationKk;
    private final String abbreviationRu;

    IdentifierKind(String abbreviationKk, String abbreviationRu) {
        this.abbreviationKk = abbreviationKk;
        this.abbreviationRu = abbreviationRu;
    }

    /** @throws IllegalArgumentException unless the value is exactly twelve digits */
    public static IdentifierKind of(String identifier) {
        requireTwelveDigits(identifier, "identifier");
        return identifier.charAt(4) >= '4' ? BIN : IIN;
    }

    static String requireTwelveDigits(String identifier, String what) {
        Objects.requireNonNull(identifier, what);
        if (!TWELVE_DIGITS.matcher(identifier).matches()) {
            throw new IllegalArgumentException("A BIN or IIN has twelve digits, not '" + identifier + "' (" + what + ")");
        }
        return identifier;
    }

    public String abbreviationKk() {
        return abbreviationKk;
    }

    public String abbreviationRu() {
        return abbreviationRu;
    }
}
