package kz.gov.elicense.document.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UploadedContentTest {

    @Test
    void eachKindIsKnownByItsFirstBytes() {
        assertTrue(UploadedContent.matches("application/pdf", "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(UploadedContent.matches("application/pdf", "\n\n%PDF-1.4".getBytes(StandardCharsets.US_ASCII)),
                "a header a little way in, as readers accept");
        assertTrue(UploadedContent.matches("image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00}));
        assertTrue(UploadedContent.matches("image/png",
                new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}));
    }

    @Test
    void markupOrAnotherKindUnderADeclaredTypeIsRefused() {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII);
        assertFalse(UploadedContent.matches("application/pdf", html));
        assertFalse(UploadedContent.matches("image/png", html));
        assertFalse(UploadedContent.matches("image/jpeg", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(UploadedContent.matches("text/html", html));
        assertFalse(UploadedContent.matches("application/pdf", new byte[0]));
    }
}
