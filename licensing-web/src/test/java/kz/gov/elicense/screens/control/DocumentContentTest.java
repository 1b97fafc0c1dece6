package kz.gov.elicense.screens.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentContentTest {

    @Test
    void pdfJpegAndPngAreKnownByTheirFirstBytes() {
        assertEquals("application/pdf", accepted("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("image/jpeg", accepted(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10}));
        assertEquals("image/png", accepted(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0}));
    }

    @Test
    void textOrAnotherFormatIsRefusedWhateverItsNameSays() {
        for (byte[] content : new byte[][]{"just text, named receipt.pdf".getBytes(StandardCharsets.UTF_8),
                "PK\u0003\u0004 a zip".getBytes(StandardCharsets.ISO_8859_1), "%PD".getBytes(StandardCharsets.US_ASCII),
                new byte[]{(byte) 0x89, 'P', 'N', 'G'}}) {
            DocumentContent.Verdict verdict = DocumentContent.examine("scan", content.length, content);
            assertFalse(verdict.accepted());
            assertEquals(DocumentContent.Refusal.NOT_PDF_JPEG_OR_PNG, verdict.refusal());
        }
    }

    @Test
    void anEmptyFileAndOneAboveTheLimitAreRefusedBeforeTheirContentIsLookedAt() {
        assertEquals(DocumentContent.Refusal.EMPTY, DocumentContent.examine("a.pdf", 0, new byte[0]).refusal());
        assertEquals(DocumentContent.Refusal.TOO_LARGE, DocumentContent.examine("a.pdf", DocumentContent.MAX_BYTES + 1, null).refusal());
        assertTrue(DocumentContent.examine("a.pdf", DocumentContent.MAX_BYTES, "%PDF-".getBytes(StandardCharsets.US_ASCII)).accepted());
    }

    @Test
    void aFileWhoseNameClaimsAnotherOfTheThreeIsRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
        assertEquals(DocumentContent.Refusal.NAME_MISMATCH, DocumentContent.examine("premises.pdf", png.length, png).refusal());
        assertEquals("image/png", DocumentContent.examine("premises.PNG", png.length, png).mediaType());
        assertEquals("image/png", DocumentContent.examine("scan-0001", png.length, png).mediaType(), "no claim, the content decides");
        byte[] pdf = "%PDF-1.4".getBytes(StandardCharsets.US_ASCII);
        assertEquals(DocumentContent.Refusal.NAME_MISMATCH, DocumentContent.examine("photo.jpg", pdf.length, pdf).refusal());
    }

    private static String accepted(byte[] content) {
        DocumentContent.Verdict verdict = DocumentContent.examine("scan", content.length, content);
        assertTrue(verdict.accepted(), String.valueOf(verdict.refusal()));
        return verdict.mediaType();
    }
}
