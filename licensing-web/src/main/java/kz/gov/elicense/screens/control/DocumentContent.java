package kz.gov.elicense.screens.control;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an uploaded document really is, from its first bytes rather than its name or the browser's word: a PDF
 * ({@code %PDF-}), a JPEG ({@code FF D8 FF}) or a PNG (its eight-byte signature); anything else is refused, as is an
 * empty file, one above the size limit the portal API takes (10 MiB), and one whose name claims another of the three
 * (a PNG named {@code .pdf}): the officer would open it by its name.
 */
public final class DocumentContent {

    /** The largest document the portal API takes (its Base64 limit, SubmissionRequest). */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** Why a file is refused; the screen names each in the applicant's language. */
    public enum Refusal {
        EMPTY, TOO_LARGE, NOT_PDF_JPEG_OR_PNG, NAME_MISMATCH
    }

    /** The outcome: the media type the content shows, or why it is refused. */
    public record Verdict(String mediaType, Refusal refusal) {

        public boolean accepted() {
            return refusal == null;
        }
    }

    private DocumentContent() {
    }

    /**
     * @param fileName the name the file came with
     * @param size     the file's size as uploaded (checked before the content is read into memory)
     * @param content  the whole content, or null when {@code size} already refuses it
     */
    public static Verdict examine(String fileName, long size, byte[] content) {
        if (size <= 0) {
            return new Verdict(null, Refusal.EMPTY);
        }
        if (size > MAX_BYTES) {
            return new Verdict(null, Refusal.TOO_LARGE);
        }
        Optional<String> type = mediaType(content);
        if (type.isEmpty()) {
            return new Verdict(null, Refusal.NOT_PDF_JPEG_OR_PNG);
        }
        Optional<String> named = namedType(fileName);
        if (named.isPresent() && !named.get().equals(type.get())) {
            return new Verdict(null, Refusal.NAME_MISMATCH);
        }
        return new Verdict(type.get(), null);
    }

    /** The type a file name's extension claims, if it is one of the three. */
    static Optional<String> namedType(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return Optional.of("application/pdf");
        }
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            return Optional.of("image/jpeg");
        }
        if (name.endsWith(".png")) {
            return Optional.of("image/png");
        }
        return Optional.empty();
    }

    /** The media type the content's signature shows, if it is one of the three. */
    public static Optional<String> mediaType(byte[] content) {
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

    private static boolean startsWith(byte[] content, byte[] signature) {
        return content != null && content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }
}
