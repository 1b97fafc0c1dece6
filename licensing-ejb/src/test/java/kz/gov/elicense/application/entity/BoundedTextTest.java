package kz.gov.elicense.application.entity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class BoundedTextTest {

    @Test
    void aTextThatFitsIsKeptAsItIs() {
        String text = "x".repeat(10);
        assertSame(text, BoundedText.fit(text, 10));
        assertNull(BoundedText.fit(null, 10));
    }

    @Test
    void aLongerTextIsCutToTheColumnWithAnEllipsis() {
        String fitted = BoundedText.fit("abcdefghijk", 5);
        assertEquals(5, fitted.length());
        assertEquals("abcd…", fitted);
    }

    @Test
    void aLongSignatureNoteNeverOverflowsItsColumn() {
        Application application = new Application("SEC-2026-000001", ProcedureType.of("SECURITY_ACTIVITY_ISSUE"),
                "MVD-ASTANA", Channel.PORTAL, "150440001011", "x", java.time.Instant.EPOCH, java.time.Instant.EPOCH, new byte[]{1},
                new byte[]{1});
        application.recordSignatureCheck(SignatureStatus.INDETERMINATE, "r".repeat(10_000), null, null,
                java.time.Instant.EPOCH);
        assertEquals(4000, application.signatureNote().length());
    }
}
