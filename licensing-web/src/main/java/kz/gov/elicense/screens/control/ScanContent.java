package kz.gov.elicense.screens.control;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kind of a scanned document told by its first bytes, never by its file name or the browser's word: PDF, JPEG or
 * PNG, the formats the counter accepts (the API's {@code mediaType} values), within the size a counter document may
 * have.
 */
public final class ScanContent {

    /** Under the API's bound on a document (14,000,000 Base64 characters, about 10.5 MB). */
    public static final int MAX_BYTES = 10_000_000;

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private ScanContent() {
    }

    /** The media type the content is, if it is one of the accepted ones. */
    public static Optional<String> mediaTypeOf(byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        if (startsWith(content, PDF)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, JPEG)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, PNG)) {
            return Optional.of("image/png");
        }
        return Optional.empty();
    }

    public static boolean tooLarge(long size) {
        return size > MAX_BYTES;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
