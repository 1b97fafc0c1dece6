package kz.gov.elicense.application.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IinTest {

    @ParameterizedTest
    @ValueSource(strings = {"800101300125", "750502401237", "931208409017"})
    void acceptsValidIinsAndPrintsTheirDigits(String digits) {
        assertEquals(digits, Iin.of(digits).toString());
    }

    @Test
    void ignoresWhitespaceAroundAPastedIin() {
        assertEquals(Iin.of("800101300125"), Iin.of(" 800101300125 "));
    }

    @Test
    void acceptsACheckDigitFromTheSecondWeightSequence() {
        assertEquals("850315301801", Iin.of("850315301801").digits());
    }

    @Test
    void readsTheBirthDateWithTheCenturyFromDigitSeven() {
        assertEquals(Optional.of(LocalDate.of(1980, 1, 1)), Iin.of("800101300125").birthDate());
        assertEquals(Optional.of(LocalDate.of(1975, 5, 2)), Iin.of("750502401237").birthDate());
        assertEquals(Optional.of(LocalDate.of(2000, 2, 29)), Iin.of("000229500018").birthDate());
        assertEquals(Optional.of(LocalDate.of(1899, 1, 1)), Iin.of("990101100010").birthDate());
    }

    @Test
    void centuryDigitZeroEncodesNoBirthDateSoTheDateIsNotChecked() {
        Iin foreigner = Iin.of("991399000019");
        assertEquals(Optional.empty(), foreigner.birthDate());
    }

    @Test
    void rejectsNullAndBlankAsMissing() {
        assertEquals("IIN is missing: null or blank", message(null));
        assertEquals("IIN is missing: null or blank", message(""));
    }

    @Test
    void rejectsAWrongLengthSayingHowLongItIs() {
        assertEquals("IIN must be exactly 12 digits, but has 13 characters", message("8001013001250"));
    }

    @Test
    void rejectsANonDigitSayingWhere() {
        assertEquals("IIN must be exactly 12 digits, but character 12 is not a digit", message("80010130012X"));
    }

    @Test
    void rejectsAWrongCheckDigitSayingWhichIsExpected() {
        assertEquals("IIN has a bad check digit: digit 12 is 6 but the checksum requires 5", message("800101300126"));
    }

    @Test
    void rejectsElevenDigitsForWhichNoCheckDigitExists() {
        assertEquals("IIN has a bad check digit: its first 11 digits admit no check digit at all",
                message("850315302600"));
    }

    @Test
    void rejectsACenturyDigitAboveSix() {
        assertEquals("IIN digit 7 (century and sex) must be 0-6, but is 7", message("800101700125"));
    }

    @Test
    void rejectsAMonthOutsideOneToTwelve() {
        assertEquals("IIN digits 3-4 (birth month) must be 01-12, but are 13", message("801301300125"));
    }

    @Test
    void rejectsADayThatTheMonthDoesNotHave() {
        assertEquals("IIN digits 5-6 (birth day) must be 01-28 for FEBRUARY 2001, but are 29",
                message("010229500016"));
        assertEquals("IIN digits 5-6 (birth day) must be 01-31 for JANUARY 1980, but are 00",
                message("800100300125"));
    }

    private static String message(String value) {
        return assertThrows(InvalidIdentifierException.class, () -> Iin.of(value)).getMessage();
    }
}
