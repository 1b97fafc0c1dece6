package kz.gov.elicense.document.control;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What an uploaded document is by its bytes, not by its declared media type or file name (ASVS V12.2.1): a PDF
 * starts with {@code %PDF-} (within its first KiB, as readers accept), a JPEG with FF D8 FF, a PNG with its
 * eight-byte signature. A document of another kind declared as one of these is refused, so that no HTML or script
 * is stored and served back as a "PDF".
 */
public final class UploadedContent {

    /** A document's largest size: what the regulations' scans need, with room. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private UploadedContent() {
    }

    /** Whether the bytes are of the declared media type (application/pdf, image/jpeg, image/png). */
    public static boolean matches(String mediaType, byte[] content) {
        return switch (mediaType) {
            case "application/pdf" -> indexOf(content, PDF, 1024) >= 0;
            case "image/jpeg" -> startsWith(content, JPEG);
            case "image/png" -> startsWith(content, PNG);
            default -> false;
        };
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static int indexOf(byte[] content, byte[] sought, int within) {
        int last = Math.min(content.length - sought.length, within);
        for (int i = 0; i <= last; i++) {
            if (Arrays.equals(content, i, i + sought.length, sought, 0, sought.length)) {
                return i;
            }
        }
        return -1;
    }
}
