package kz.gov.elicense.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The system's signature over the chain hash at one sequence number: a shortened or rewritten trail no longer
 * matches it, and nobody without the system's key can make a new one.
 */
@Entity
@Table(name = "audit_checkpoint")
@NamedQuery(name = AuditCheckpoint.IN_ORDER, query = "select c from AuditCheckpoint c order by c.sequence")
@NamedQuery(name = AuditCheckpoint.LATEST_SEQUENCE, query = "select max(c.sequence) from AuditCheckpoint c")
public class AuditCheckpoint {

    public static final String IN_ORDER = "AuditCheckpoint.inOrder";
    public static final String LATEST_SEQUENCE = "AuditCheckpoint.latestSequence";

    @Id
    private long sequence;

    @Column(name = "entry_hash", nullable = false, length = 64)
    private String entryHash;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    @Column(nullable = false)
    private byte[] signature;

    /** Chain, revocation evidence and time stamp of the signature, so it verifies later without the network. */
    @Column
    private byte[] material;

    protected AuditCheckpoint() {
        // for JPA
    }

    public AuditCheckpoint(long sequence, String entryHash, Instant signedAt, byte[] signature, byte[] material) {
        this.sequence = sequence;
        this.entryHash = entryHash;
        this.signedAt = signedAt;
        this.signature = signature;
        this.material = material;
    }

    /** The exact bytes the system signs: what the checkpoint asserts about the chain. */
    public static byte[] signedContent(long sequence, String entryHash, Instant signedAt) {
        return ("E-licensing audit checkpoint\nsequence=" + sequence + "\nentry-hash=" + entryHash + "\nsigned-at="
                + signedAt + "\n").getBytes(StandardCharsets.UTF_8);
    }

    public byte[] signedContent() {
        return signedContent(sequence, entryHash, signedAt);
    }

    public long sequence() {
        return sequence;
    }

    public String entryHash() {
        return entryHash;
    }

    public Instant signedAt() {
        return signedAt;
    }

    public byte[] signature() {
        return signature;
    }

    public byte[] material() {
        return material;
    }
}
