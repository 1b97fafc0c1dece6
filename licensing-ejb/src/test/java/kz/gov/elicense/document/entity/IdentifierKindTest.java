package kz.gov.elicense.document.entity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IdentifierKindTest {

    @Test
    void digitFiveOfFourToSixIsALegalEntitysBin() {
        assertEquals(IdentifierKind.BIN, IdentifierKind.of("150440001011"));
        assertEquals(IdentifierKind.BIN, IdentifierKind.of("221150008086"));
        assertEquals(IdentifierKind.BIN, IdentifierKind.of("140360009091"));
    }

    @Test
    void digitFiveOfABirthDayIsAPersonsIin() {
        assertEquals(IdentifierKind.IIN, IdentifierKind.of("900101300123"));
        assertEquals(IdentifierKind.IIN, IdentifierKind.of("851231400567"));
    }

    @Test
    void eachLanguagePrintsItsOwnAbbreviation() {
        assertEquals("БСН", IdentifierKind.BIN.abbreviationKk());
        assertEquals("БИН", IdentifierKind.BIN.abbreviationRu());
        assertEquals("ЖСН", IdentifierKind.IIN.abbreviationKk());
        assertEquals("ИИН", IdentifierKind.IIN.abbreviationRu());
    }

    @Test
    void onlyTwelveDigitsAreAnIdentifier() {
        assertThrows(IllegalArgumentException.class, () -> IdentifierKind.of("15044000101"));
        assertThrows(IllegalArgumentException.class, () -> IdentifierKind.of("15044000101A"));
    }
}
