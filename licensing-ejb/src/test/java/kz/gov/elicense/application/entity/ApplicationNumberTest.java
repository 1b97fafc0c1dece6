package kz.gov.elicense.application.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ApplicationNumberTest {

    @Test
    void printsPrefixYearAndZeroPaddedSequence() {
        assertEquals("SEC-2026-000042", ApplicationNumber.of("SEC", 2026, 42).toString());
    }

    @Test
    void parsesWhatItPrints() {
        ApplicationNumber number = ApplicationNumber.parse("SEC-2026-000042");
        assertEquals(ApplicationNumber.of("SEC", 2026, 42), number);
        assertEquals("SEC", number.prefix());
        assertEquals(2026, number.year());
        assertEquals(42, number.sequence());
    }

    @Test
    void widensTheSequenceBeyondSixDigitsRatherThanFailing() {
        ApplicationNumber big = ApplicationNumber.of("MED", 2026, 1_234_567);
        assertEquals("MED-2026-1234567", big.toString());
        assertEquals(big, ApplicationNumber.parse("MED-2026-1234567"));
    }

    @Test
    void ordersByPrefixThenYearThenSequence() {
        assertTrue(ApplicationNumber.parse("AB-2026-000009").compareTo(ApplicationNumber.parse("AB-2026-000010")) < 0);
        assertTrue(ApplicationNumber.parse("AB-2025-999999").compareTo(ApplicationNumber.parse("AB-2026-000001")) < 0);
    }

    @Test
    void rejectsAPrefixThatIsNotTwoToFiveUpperCaseLatinLetters() {
        assertEquals("application number prefix must be 2-5 upper-case Latin letters, but is 'sec'",
                assertThrows(InvalidIdentifierException.class, () -> ApplicationNumber.of("sec", 2026, 1)).getMessage());
        assertThrows(InvalidIdentifierException.class, () -> ApplicationNumber.of("S", 2026, 1));
        assertThrows(InvalidIdentifierException.class, () -> ApplicationNumber.of("SECURE", 2026, 1));
        assertThrows(InvalidIdentifierException.class, () -> ApplicationNumber.of("СЕК", 2026, 1)); // Cyrillic
    }

    @Test
    void rejectsASequenceBelowOne() {
        assertEquals("application number sequence must be 1 or more, but is 0",
                assertThrows(InvalidIdentifierException.class, () -> ApplicationNumber.parse("SEC-2026-000000"))
                        .getMessage());
    }

    @Test
    void rejectsAYearWithoutFourDigits() {
        assertEquals("application number year must have 4 digits, but is 26",
                assertThrows(InvalidIdentifierException.class, () -> ApplicationNumber.of("SEC", 26, 1)).getMessage());
        assertTrue(parseError("SEC-26-000042").contains("has year '26', which is not 4 digits"));
    }

    @Test
    void rejectsTextWithoutThreeParts() {
        assertTrue(parseError("SEC2026000042").contains("does not have three parts separated by '-'"));
    }

    @Test
    void rejectsAnUnpaddedSequence() {
        assertTrue(parseError("SEC-2026-42").contains("has sequence '42', which is not at least 6 digits"));
    }

    @Test
    void rejectsASecondSpellingOfTheSameNumber() {
        assertTrue(parseError("SEC-2026-0000042").contains("padded beyond 6 digits; it is written SEC-2026-000042"));
    }

    @Test
    void rejectsMissingText() {
        assertTrue(parseError(null).startsWith("application number is missing"));
        assertTrue(parseError(" ").startsWith("application number is missing"));
    }

    private static String parseError(String text) {
        return assertThrows(InvalidIdentifierException.class, () -> ApplicationNumber.parse(text)).getMessage();
    }
}
