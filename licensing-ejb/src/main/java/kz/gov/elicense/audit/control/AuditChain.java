package kz.gov.elicense.audit.control;

import kz.gov.elicense.audit.entity.AuditAction;
import kz.gov.elicense.audit.entity.AuditEntry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash chain: each entry's hash is SHA-256 over the previous entry's hash and the entry's canonical content.
 * The sequence number is not hashed: the order is carried by the links, so that a deletion, insertion or swap shows
 * as a link that points elsewhere and can be named as such.
 */
public final class AuditChain {

    /** What the first entry points to. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The next entry after {@code previousHash}; the time is cut to milliseconds so the database keeps it exactly. */
    public static AuditEntry append(long sequence, String previousHash, Instant at, String actor, AuditAction action,
                                    String subject, String detail) {
        Instant recordedAt = at.truncatedTo(ChronoUnit.MILLIS);
        String hash = hash(previousHash, canonical(recordedAt, actor, action, subject, detail));
        return new AuditEntry(sequence, recordedAt, actor, action, subject, detail, previousHash, hash);
    }

    /** The hash the entry should carry, from its stored predecessor link and content. */
    public static String expectedHash(AuditEntry entry) {
        return hash(entry.previousHash(), canonical(entry.recordedAt(), entry.actor(), entry.action(),
                entry.subject(), entry.detail()));
    }

    /**
     * Length-prefixed fields, so that moving text from one field to the next changes the content (a plain separator
     * would let "a|b" + "c" equal "a" + "b|c").
     */
    static String canonical(Instant recordedAt, String actor, AuditAction action, String subject, String detail) {
        StringBuilder content = new StringBuilder();
        for (String field : new String[]{recordedAt.toString(), actor, action == null ? null : action.name(),
                subject, detail}) {
            if (field == null) {
                content.append("-;");
            } else {
                content.append(field.length()).append(':').append(field).append(';');
            }
        }
        return content.toString();
    }

    static String hash(String previousHash, String canonical) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            sha256.update((byte) '\n');
            return HexFormat.of().formatHex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
