package kz.gov.elicense.register.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LicenceNumberTest {

    @Test
    void formatsKzYearSeriesAndSevenDigitSequence() {
        LicenceNumber number = LicenceNumber.of("SEC", 2026, 1);

        assertEquals("KZ26SEC0000001", number.value());
        assertEquals("KZ26SEC0000001", number.toString());
        assertEquals(new LicenceNumber("KZ26SEC0000001"), number);
    }

    @Test
    void usesTheLastTwoDigitsOfTheYear() {
        assertEquals("KZ05SEC0000123", LicenceNumber.of("SEC", 2005, 123).value());
        assertEquals("KZ00SEC9999999", LicenceNumber.of("SEC", 2100, 9_999_999).value());
    }

    @Test
    void sequenceRoundTrips() {
        for (long sequence : new long[] {1, 42, 1_000_000, 9_999_999}) {
            assertEquals(sequence, LicenceNumber.of("SEC", 2026, sequence).sequence());
        }
        assertEquals(1234567, new LicenceNumber("KZ27SEC1234567").sequence());
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, 10_000_000, Long.MAX_VALUE})
    void rejectsASequenceOutOfRange(long sequence) {
        assertThrows(IllegalArgumentException.class, () -> LicenceNumber.of("SEC", 2026, sequence));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "KZ26SEC000001", "KZ26SEC00000001", "kz26SEC0000001", "KZ26sec0000001",
            "KZ2SEC00000001", "RU26SEC0000001", "KZ26SE10000001", "KZ26SEC000000A", " KZ26SEC0000001",
            "KZ26SEC0000001 ", "KZ26SECR0000001"})
    void rejectsMalformedNumbers(String value) {
        assertThrows(IllegalArgumentException.class, () -> new LicenceNumber(value));
    }

    @Test
    void rejectsNull() {
        assertThrows(NullPointerException.class, () -> new LicenceNumber(null));
    }

    @Test
    void rejectsASeriesThatIsNotThreeCapitalLetters() {
        assertThrows(IllegalArgumentException.class, () -> LicenceNumber.of("sec", 2026, 1));
        assertThrows(IllegalArgumentException.class, () -> LicenceNumber.of("SECU", 2026, 1));
    }
}
