package kz.gov.elicense.document.entity;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LicenceSealTest {

    private static final LicenceSeal SEAL = new LicenceSeal("KZ26SEC0000001", "150440001011", "SEC", LocalDate.of(2026, 5, 14));

    @Test
    void canonicalTextIsTheVersionedPipeSeparatedFields() {
        assertEquals("KZL1|KZ26SEC0000001|150440001011|SEC|2026-05-14", SEAL.canonicalText());
    }

    @Test
    void canonicalTextParsesBackToTheSameSeal() {
        assertEquals(SEAL, LicenceSeal.parse(SEAL.canonicalText()));
    }

    @Test
    void parseRejectsAnyOtherSpellingOfTheSameFacts() {
        assertThrows(IllegalArgumentException.class, () -> LicenceSeal.parse("KZL1|KZ26SEC0000001|150440001011|SEC|2026-5-14"));
        assertThrows(IllegalArgumentException.class, () -> LicenceSeal.parse("KZL1|KZ26SEC0000001|150440001011|SEC|2026-05-14|"));
        assertThrows(IllegalArgumentException.class, () -> LicenceSeal.parse("KZL2|KZ26SEC0000001|150440001011|SEC|2026-05-14"));
        assertThrows(IllegalArgumentException.class, () -> LicenceSeal.parse("KZL1|kz26sec0000001|150440001011|SEC|2026-05-14"));
        assertThrows(IllegalArgumentException.class, () -> LicenceSeal.parse("KZL1|KZ26SEC0000001|150440001011|SEC|2026-02-30"));
    }

    @Test
    void fieldsCannotCarryTheSeparatorOrLeaveTheirAlphabet() {
        LocalDate date = LocalDate.of(2026, 5, 14);
        assertThrows(IllegalArgumentException.class, () -> new LicenceSeal("KZ26|SEC", "150440001011", "SEC", date));
        assertThrows(IllegalArgumentException.class, () -> new LicenceSeal("KZ26SEC0000001", "15044000101", "SEC", date));
        assertThrows(IllegalArgumentException.class, () -> new LicenceSeal("KZ26SEC0000001", "150440001011", "S|C", date));
        assertThrows(IllegalArgumentException.class, () -> new LicenceSeal("KZ26SEC0000001", "150440001011", "SEC",
                LocalDate.of(10000, 1, 1)));
    }
}
