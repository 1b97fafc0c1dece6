package kz.gov.elicense.application.entity;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number an applicant quotes when asking about an application, such as {@code SEC-2026-000042}:
 * a prefix of 2-5 upper-case Latin letters naming the procedure, the year of filing and a sequence
 * number within that procedure and year, zero-padded to six digits (it simply grows wider past 999999).
 */
public record ApplicationNumber(String prefix, int year, long sequence) implements Comparable<ApplicationNumber> {

    private static final Pattern PREFIX = Pattern.compile("[A-Z]{2,5}");
    private static final Pattern FORMAT = Pattern.compile("([^-]*)-([^-]*)-([^-]*)");
    private static final int SEQUENCE_WIDTH = 6;
    private static final String EXPECTED = "expected PREFIX-YYYY-NNNNNN such as SEC-2026-000042";

    private static final Comparator<ApplicationNumber> ORDER = Comparator.comparing(ApplicationNumber::prefix)
            .thenComparingInt(ApplicationNumber::year)
            .thenComparingLong(ApplicationNumber::sequence);

    public ApplicationNumber {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new InvalidIdentifierException(
                    "application number prefix must be 2-5 upper-case Latin letters, but is '" + prefix + "'");
        }
        if (year < 1000 || year > 9999) {
            throw new InvalidIdentifierException("application number year must have 4 digits, but is " + year);
        }
        if (sequence < 1) {
            throw new InvalidIdentifierException(
                    "application number sequence must be 1 or more, but is " + sequence);
        }
    }

    public static ApplicationNumber of(String prefix, int year, long sequence) {
        return new ApplicationNumber(prefix, year, sequence);
    }

    /** Accepts exactly the form {@link #toString()} produces, so that one application has one spelling. */
    public static ApplicationNumber parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidIdentifierException("application number is missing: null or blank; " + EXPECTED);
        }
        Matcher parts = FORMAT.matcher(text.strip());
        if (!parts.matches()) {
            throw new InvalidIdentifierException(
                    "application number '" + text + "' does not have three parts separated by '-'; " + EXPECTED);
        }
        String prefix = parts.group(1);
        String year = parts.group(2);
        String sequence = parts.group(3);
        if (!year.matches("[0-9]{4}")) {
            throw new InvalidIdentifierException(
                    "application number '" + text + "' has year '" + year + "', which is not 4 digits; " + EXPECTED);
        }
        if (!sequence.matches("[0-9]{" + SEQUENCE_WIDTH + ",18}")) {
            throw new InvalidIdentifierException("application number '" + text + "' has sequence '" + sequence
                    + "', which is not at least 6 digits; " + EXPECTED);
        }
        ApplicationNumber number = new ApplicationNumber(prefix, Integer.parseInt(year), Long.parseLong(sequence));
        if (!number.toString().equals(text.strip())) {
            // e.g. 0000042 padded to seven digits: the same number must not be stored under two spellings
            throw new InvalidIdentifierException("application number '" + text + "' has sequence '" + sequence
                    + "' padded beyond 6 digits; it is written " + number);
        }
        return number;
    }

    @Override
    public int compareTo(ApplicationNumber other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return prefix + "-" + year + "-" + String.format("%0" + SEQUENCE_WIDTH + "d", sequence);
    }
}
