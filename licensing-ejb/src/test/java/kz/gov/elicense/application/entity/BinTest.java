package kz.gov.elicense.application.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BinTest {

    @ParameterizedTest
    @ValueSource(strings = {"150440001011", "160540002025", "170640003039"})
    void acceptsValidBinsAndPrintsTheirDigits(String digits) {
        assertEquals(digits, Bin.of(digits).toString());
    }

    @Test
    void ignoresWhitespaceAroundAPastedBin() {
        assertEquals(Bin.of("150440001011"), Bin.of("  150440001011\t"));
    }

    @Test
    void acceptsACheckDigitFromTheSecondWeightSequence() {
        // the first weights give 10 for these eleven digits, the second give 2
        assertEquals("150440000402", Bin.of("150440000402").digits());
    }

    @Test
    void readsTheEntityTypeFromDigitFive() {
        assertEquals(Bin.EntityType.RESIDENT_LEGAL_ENTITY, Bin.of("150440001011").entityType());
        assertEquals(Bin.EntityType.NON_RESIDENT_LEGAL_ENTITY, Bin.of("150450000018").entityType());
        assertEquals(Bin.EntityType.JOINT_VENTURE_OF_INDIVIDUAL_ENTREPRENEURS, Bin.of("150460000012").entityType());
    }

    @Test
    void rejectsNullAsMissing() {
        assertEquals("BIN is missing: null or blank", message(null));
    }

    @Test
    void rejectsBlankAsMissing() {
        assertEquals("BIN is missing: null or blank", message("   "));
    }

    @Test
    void rejectsAWrongLengthSayingHowLongItIs() {
        assertEquals("BIN must be exactly 12 digits, but has 11 characters", message("15044000101"));
    }

    @Test
    void rejectsANonDigitSayingWhere() {
        assertEquals("BIN must be exactly 12 digits, but character 6 is not a digit", message("15044O001011"));
    }

    @Test
    void rejectsNonAsciiDigits() {
        // Arabic-Indic digits pass Character.isDigit but are not a BIN
        assertEquals("BIN must be exactly 12 digits, but character 1 is not a digit",
                message("\u0661" + "50440001011"));
    }

    @Test
    void rejectsAWrongCheckDigitSayingWhichIsExpected() {
        assertEquals("BIN has a bad check digit: digit 12 is 2 but the checksum requires 1", message("150440001012"));
    }

    @Test
    void rejectsElevenDigitsForWhichNoCheckDigitExists() {
        // both weight sequences give 10, so no twelfth digit can make this valid
        assertEquals("BIN has a bad check digit: its first 11 digits admit no check digit at all",
                message("150440000440"));
    }

    @Test
    void rejectsAnEntityTypeOtherThanFourFiveOrSix() {
        assertEquals("BIN digit 5 (entity type) must be 4, 5 or 6, but is 3", message("150430001011"));
    }

    @Test
    void theConstructorIsAsStrictAsTheFactory() {
        assertThrows(InvalidIdentifierException.class, () -> new Bin(" 150440001011"));
    }

    private static String message(String value) {
        return assertThrows(InvalidIdentifierException.class, () -> Bin.of(value)).getMessage();
    }
}
