package kz.gov.elicense.document.entity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The facts of a licence that its QR code vouches for, and their canonical text
 * {@code KZL1|<number>|<holderId>|<activityCode>|<yyyy-MM-dd>} (ASCII, no spaces) that the provider signs.
 * <p>
 * Every field has a closed alphabet without {@code |}, so the text splits back into exactly these fields and
 * one set of facts has exactly one text: a verifier that rebuilds the text from the parsed fields gets the
 * signed bytes back, or rejects the seal.
 *
 * @param licenceNumber register number: capital Latin letters, digits and '-', up to 40 characters
 * @param holderId      BIN or IIN, twelve digits
 * @param activityCode  code of the kind of activity (e.g. the series {@code SEC}): capital letters, digits and '_'
 * @param issueDate     date of issue, years 1000 to 9999 (so the date is always ten characters)
 */
public record LicenceSeal(String licenceNumber, String holderId, String activityCode, LocalDate issueDate) {

    /** Format marker and version: a later layout gets a new marker rather than a new meaning for old codes. */
    public static final String FORMAT = "KZL1";

    private static final char SEPARATOR = '|';
    private static final Pattern NUMBER = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,39}");
    private static final Pattern ACTIVITY = Pattern.compile("[A-Z0-9_]{1,16}");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    public LicenceSeal {
        Objects.requireNonNull(licenceNumber, "licenceNumber");
        if (!NUMBER.matcher(licenceNumber).matches()) {
            throw new IllegalArgumentException("A licence number for a seal is A-Z, 0-9 and '-', not '" + licenceNumber + "'");
        }
        IdentifierKind.requireTwelveDigits(holderId, "holderId");
        Objects.requireNonNull(activityCode, "activityCode");
        if (!ACTIVITY.matcher(activityCode).matches()) {
            throw new IllegalArgumentException("An activity code is A-Z, 0-9 and '_', not '" + activityCode + "'");
        }
        Objects.requireNonNull(issueDate, "issueDate");
        if (issueDate.getYear() < 1000 || issueDate.getYear() > 9999) {
            throw new IllegalArgumentException("Issue date out of range: " + issueDate);
        }
    }

    /** The text the provider signs. */
    public String canonicalText() {
        return String.join(String.valueOf(SEPARATOR), FORMAT, licenceNumber, holderId, activityCode, DATE.format(issueDate));
    }

    /**
     * Reads a canonical text back.
     *
     * @throws IllegalArgumentException if the text is not the canonical text of some seal, character for character
     */
    public static LicenceSeal parse(String canonicalText) {
        Objects.requireNonNull(canonicalText, "canonicalText");
        String[] fields = canonicalText.split(Pattern.quote(String.valueOf(SEPARATOR)), -1);
        if (fields.length != 5 || !FORMAT.equals(fields[0])) {
            throw new IllegalArgumentException("Not a " + FORMAT + " seal");
        }
        LocalDate issueDate;
        try {
            issueDate = LocalDate.parse(fields[4], DATE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not a date: " + fields[4], e);
        }
        LicenceSeal seal = new LicenceSeal(fields[1], fields[2], fields[3], issueDate);
        if (!seal.canonicalText().equals(canonicalText)) {
            throw new IllegalArgumentException("Not in canonical form");
        }
        return seal;
    }
}
