package kz.gov.elicense.weaponregistration.entity;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The number of a weapon permit, {@code WP-2026-000001}: one gap-free series per year of issue for every provider,
 * as the register hands numbers out in the signing transaction.
 */
public record PermitNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("WP-\\d{4}-\\d{6}");

    public PermitNumber {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a weapon permit number: " + value);
        }
    }

    public static PermitNumber of(int year, long sequence) {
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (sequence < 1 || sequence > 999_999) {
            throw new IllegalArgumentException("sequence out of range: " + sequence);
        }
        return new PermitNumber(String.format("WP-%04d-%06d", year, sequence));
    }

    /** The key of the year's counter in the numbering component. */
    public static String counterKey(int year) {
        return "WEAPON-PERMIT-" + year;
    }

    @Override
    public String toString() {
        return value;
    }
}
