package kz.gov.elicense.application.entity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubmissionKeyTest {

    @Test
    void aKeyIsOneTo255VisibleAsciiCharacters() {
        assertTrue(SubmissionKey.wellFormed("0f8fad5b-d9cb-469f-a165-70867728950e"));
        assertTrue(SubmissionKey.wellFormed("k".repeat(255)));
        assertFalse(SubmissionKey.wellFormed(""));
        assertFalse(SubmissionKey.wellFormed(null));
        assertFalse(SubmissionKey.wellFormed("k".repeat(256)));
        assertFalse(SubmissionKey.wellFormed("with space"));
        assertFalse(SubmissionKey.wellFormed("ключ"));
    }
}
