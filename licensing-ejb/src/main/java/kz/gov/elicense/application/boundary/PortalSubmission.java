package kz.gov.elicense.application.boundary;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What the portal delivers: the form bytes the applicant signed, the detached CMS signature over them, and
 * the attached documents.
 */
public record PortalSubmission(byte[] form, byte[] signature, List<Attachment> attachments) {

    public PortalSubmission {
        attachments = List.copyOf(attachments);
    }

    /**
     * SHA-256 over everything submitted (form, signature, each document with its kind, name and media type), each
     * part length-prefixed: the request that an idempotency key stands for.
     */
    public String sha256() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, form);
            update(digest, signature);
            for (Attachment a : attachments) {
                update(digest, a.kind());
                update(digest, a.fileName());
                update(digest, a.mediaType());
                update(digest, a.content());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static void update(MessageDigest digest, String part) {
        update(digest, part == null ? null : part.getBytes(StandardCharsets.UTF_8));
    }

    private static void update(MessageDigest digest, byte[] part) {
        digest.update(ByteBuffer.allocate(4).putInt(part == null ? -1 : part.length).array());
        if (part != null) {
            digest.update(part);
        }
    }

    public record Attachment(String kind, String fileName, String mediaType, byte[] content) {
    }
}
