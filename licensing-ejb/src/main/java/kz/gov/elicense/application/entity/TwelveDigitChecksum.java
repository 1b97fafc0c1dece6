package kz.gov.elicense.application.entity;

/**
 * The format and check-digit rule shared by the BIN and the IIN: twelve digits, the last one computed
 * from the first eleven with two weight sequences (the second is used only when the first yields 10).
 */
final class TwelveDigitChecksum {

    static final int LENGTH = 12;

    private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
    private static final int NO_CHECK_DIGIT = 10;

    private TwelveDigitChecksum() {
    }

    /** @param kind "BIN" or "IIN", used only to word the message */
    static void requireTwelveDigits(String kind, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidIdentifierException(kind + " is missing: null or blank");
        }
        if (value.length() != LENGTH) {
            throw new InvalidIdentifierException(
                    kind + " must be exactly 12 digits, but has " + value.length() + " characters");
        }
        for (int i = 0; i < LENGTH; i++) {
            if (!isAsciiDigit(value.charAt(i))) {
                throw new InvalidIdentifierException(
                        kind + " must be exactly 12 digits, but character " + (i + 1) + " is not a digit");
            }
        }
    }

    /** Expects a value already accepted by {@link #requireTwelveDigits}. */
    static void requireValidCheckDigit(String kind, String digits) {
        int expected = weightedSum(digits, FIRST_WEIGHTS) % 11;
        if (expected == NO_CHECK_DIGIT) {
            expected = weightedSum(digits, SECOND_WEIGHTS) % 11;
        }
        if (expected == NO_CHECK_DIGIT) {
            throw new InvalidIdentifierException(
                    kind + " has a bad check digit: its first 11 digits admit no check digit at all");
        }
        int actual = digit(digits, 12);
        if (actual != expected) {
            throw new InvalidIdentifierException(
                    kind + " has a bad check digit: digit 12 is " + actual + " but the checksum requires " + expected);
        }
    }

    /** @param position 1-based, as the official descriptions number the digits */
    static int digit(String digits, int position) {
        return digits.charAt(position - 1) - '0';
    }

    private static int weightedSum(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += digit(digits, i + 1) * weights[i];
        }
        return sum;
    }

    // Character.isDigit would also accept Arabic-Indic and other Unicode digits.
    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
