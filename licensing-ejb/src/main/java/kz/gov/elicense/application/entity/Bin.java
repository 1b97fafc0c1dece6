package kz.gov.elicense.application.entity;

import java.util.Arrays;

/**
 * Business identification number (БИН) of a legal entity or of a joint venture of individual entrepreneurs.
 * Digits 1-4 are the registration year and month, digit 5 the {@link EntityType}, digit 12 the check digit.
 */
public record Bin(String digits) {

    /** Meaning of digit 5. */
    public enum EntityType {
        RESIDENT_LEGAL_ENTITY(4),
        NON_RESIDENT_LEGAL_ENTITY(5),
        JOINT_VENTURE_OF_INDIVIDUAL_ENTREPRENEURS(6);

        private final int digit;

        EntityType(int digit) {
            this.digit = digit;
        }

        public int digit() {
            return digit;
        }

        static EntityType ofDigit(int digit) {
            return Arrays.stream(values()).filter(t -> t.digit == digit).findFirst().orElse(null);
        }
    }

    private static final String KIND = "BIN";

    /** Strict: exactly twelve digits, nothing around them. */
    public Bin {
        TwelveDigitChecksum.requireTwelveDigits(KIND, digits);
        int typeDigit = TwelveDigitChecksum.digit(digits, 5);
        if (EntityType.ofDigit(typeDigit) == null) {
            throw new InvalidIdentifierException(
                    "BIN digit 5 (entity type) must be 4, 5 or 6, but is " + typeDigit);
        }
        TwelveDigitChecksum.requireValidCheckDigit(KIND, digits);
    }

    /** Lenient about surrounding whitespace, since values are typed or pasted by people. */
    public static Bin of(String value) {
        return new Bin(value == null ? null : value.strip());
    }

    /**
     * Whether an identifier is a valid BIN rather than an IIN. The two share length and checksum; digit 5 tells
     * them apart (4–6 for a BIN, the first digit of a day of month, 0–3, for an IIN).
     */
    public static boolean isBin(String value) {
        try {
            of(value);
            return true;
        } catch (InvalidIdentifierException notABin) {
            return false;
        }
    }

    public EntityType entityType() {
        return EntityType.ofDigit(TwelveDigitChecksum.digit(digits, 5));
    }

    @Override
    public String toString() {
        return digits;
    }
}
