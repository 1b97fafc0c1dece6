package kz.gov.elicense.register.entity;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A licence identification number of the register: {@code KZ}, two digits of the year, the three-letter series
 * of the kind of activity and a seven-digit sequence, e.g. {@code KZ26SEC0000001}. Within a series and year the
 * sequence has no gaps.
 */
public record LicenceNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("KZ\\d{2}[A-Z]{3}\\d{7}");

    public LicenceNumber {
        Objects.requireNonNull(value, "licence number");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("A licence number looks like KZ26SEC0000001, not '" + value + "'");
        }
    }

    public static LicenceNumber of(String series, int year, long sequence) {
        if (sequence < 1 || sequence > 9_999_999) {
            throw new IllegalArgumentException("Sequence out of range: " + sequence);
        }
        return new LicenceNumber(String.format("KZ%02d%s%07d", year % 100, series, sequence));
    }

    public long sequence() {
        return Long.parseLong(value.substring(7));
    }

    @Override
    public String toString() {
        return value;
    }
}
