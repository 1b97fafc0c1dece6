package kz.gov.elicense.application.entity;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Individual identification number (ИИН) of a natural person. Digits 1-6 are the birth date YYMMDD,
 * digit 7 encodes century and sex (0 where no birth date is encoded, as for some foreigners),
 * digit 12 is the check digit.
 */
public record Iin(String digits) {

    private static final String KIND = "IIN";

    /** Strict: exactly twelve digits, nothing around them. */
    public Iin {
        TwelveDigitChecksum.requireTwelveDigits(KIND, digits);
        int centuryDigit = TwelveDigitChecksum.digit(digits, 7);
        if (centuryDigit > 6) {
            throw new InvalidIdentifierException(
                    "IIN digit 7 (century and sex) must be 0-6, but is " + centuryDigit);
        }
        if (centuryDigit != 0) {
            requireBirthDate(digits, centuryDigit);
        }
        TwelveDigitChecksum.requireValidCheckDigit(KIND, digits);
    }

    /** Lenient about surrounding whitespace, since values are typed or pasted by people. */
    public static Iin of(String value) {
        return new Iin(value == null ? null : value.strip());
    }

    /** Empty when digit 7 is 0, i.e. the number encodes no birth date. */
    public Optional<LocalDate> birthDate() {
        int centuryDigit = TwelveDigitChecksum.digit(digits, 7);
        if (centuryDigit == 0) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(year(digits, centuryDigit), twoDigits(digits, 3), twoDigits(digits, 5)));
    }

    @Override
    public String toString() {
        return digits;
    }

    private static void requireBirthDate(String digits, int centuryDigit) {
        int year = year(digits, centuryDigit);
        int month = twoDigits(digits, 3);
        int day = twoDigits(digits, 5);
        if (month < 1 || month > 12) {
            throw new InvalidIdentifierException(
                    "IIN digits 3-4 (birth month) must be 01-12, but are " + String.format("%02d", month));
        }
        int daysInMonth = YearMonth.of(year, month).lengthOfMonth();
        if (day < 1 || day > daysInMonth) {
            throw new InvalidIdentifierException("IIN digits 5-6 (birth day) must be 01-" + daysInMonth
                    + " for " + Month.of(month) + " " + year + ", but are " + String.format("%02d", day));
        }
    }

    // 1-2: 19th century, 3-4: 20th, 5-6: 21st; odd digits are men, even women.
    private static int year(String digits, int centuryDigit) {
        int centuryStart = 1800 + 100 * ((centuryDigit - 1) / 2);
        return centuryStart + twoDigits(digits, 1);
    }

    private static int twoDigits(String digits, int position) {
        return 10 * TwelveDigitChecksum.digit(digits, position) + TwelveDigitChecksum.digit(digits, position + 1);
    }
}
