package kz.gov.elicense.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One entry of the audit trail: who did what to which application or licence, when, and the chain hash over the
 * previous entry's hash and this entry's content. Written once, never updated (no setters).
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.IN_ORDER, query = "select e from AuditEntry e order by e.sequence")
public class AuditEntry {

    public static final String IN_ORDER = "AuditEntry.inOrder";

    @Id
    private long sequence;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(nullable = false, length = 100)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AuditAction action;

    @Column(length = 100)
    private String subject;

    @Column(length = 2000)
    private String detail;

    @Column(name = "previous_hash", nullable = false, length = 64)
    private String previousHash;

    @Column(name = "entry_hash", nullable = false, length = 64)
    private String entryHash;

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(long sequence, Instant recordedAt, String actor, AuditAction action, String subject,
                      String detail, String previousHash, String entryHash) {
        this.sequence = sequence;
        this.recordedAt = recordedAt;
        this.actor = actor;
        this.action = action;
        this.subject = subject;
        this.detail = detail;
        this.previousHash = previousHash;
        this.entryHash = entryHash;
    }

    public long sequence() {
        return sequence;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String actor() {
        return actor;
    }

    public AuditAction action() {
        return action;
    }

    public String subject() {
        return subject;
    }

    public String detail() {
        return detail;
    }

    public String previousHash() {
        return previousHash;
    }

    public String entryHash() {
        return entryHash;
    }
}
