package kz.gov.elicense.audit.entity;

/** One finding of the verification: its kind, the sequence number where it is, and what exactly is wrong. */
public record AuditProblem(Kind kind, long sequence, String detail) {

    public enum Kind {
        /** The entry's content no longer gives its stored hash. */
        CHANGED,
        /** Sequence numbers are missing between two entries. */
        DELETED,
        /** An entry that its successor does not point to: it was put in afterwards. */
        INSERTED,
        /** Two neighbours stand in each other's place. */
        REORDERED,
        /** An entry does not point to the one before it, and no simpler explanation fits. */
        BROKEN_LINK,
        /** The trail ends before a signed checkpoint. */
        TRUNCATED,
        /** The entry at a checkpoint's sequence does not carry the signed hash: the chain was rewritten. */
        CHECKPOINT_MISMATCH,
        /** A checkpoint's signature does not verify: it was not made by the system. */
        CHECKPOINT_SIGNATURE_INVALID
    }
}
