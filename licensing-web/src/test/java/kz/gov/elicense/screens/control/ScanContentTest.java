package kz.gov.elicense.screens.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScanContentTest {

    @Test
    void pdfJpegAndPngAreToldByTheirFirstBytes() {
        assertEquals(Optional.of("application/pdf"), ScanContent.mediaTypeOf("%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of("image/jpeg"), ScanContent.mediaTypeOf(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0}));
        assertEquals(Optional.of("image/png"), ScanContent.mediaTypeOf(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}));
    }

    @Test
    void anythingElseIsNotAScanWhateverItsName() {
        assertTrue(ScanContent.mediaTypeOf("just text pretending to be scan.pdf".getBytes(StandardCharsets.UTF_8)).isEmpty());
        assertTrue(ScanContent.mediaTypeOf(new byte[]{'%', 'P', 'D'}).isEmpty(), "too short for the signature");
        assertTrue(ScanContent.mediaTypeOf(new byte[]{'P', 'K', 3, 4}).isEmpty(), "a ZIP (a .docx) is not a scan");
        assertTrue(ScanContent.mediaTypeOf(new byte[0]).isEmpty());
        assertTrue(ScanContent.mediaTypeOf(null).isEmpty());
    }

    @Test
    void theSizeLimitIsTheApis() {
        assertFalse(ScanContent.tooLarge(ScanContent.MAX_BYTES));
        assertTrue(ScanContent.tooLarge(ScanContent.MAX_BYTES + 1L));
    }
}
