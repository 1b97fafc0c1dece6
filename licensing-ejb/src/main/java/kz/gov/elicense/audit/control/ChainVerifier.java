package kz.gov.elicense.audit.control;

import kz.gov.elicense.audit.entity.AuditCheckpoint;
import kz.gov.elicense.audit.entity.AuditEntry;
import kz.gov.elicense.audit.entity.AuditProblem;
import kz.gov.elicense.audit.entity.AuditProblem.Kind;
import kz.gov.elicense.audit.entity.AuditVerification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Walks the trail in sequence order and names every place where it was tampered with: a changed entry, missing
 * sequence numbers, an inserted entry, a swapped pair, a broken link, a tail cut off before a signed checkpoint, a
 * checkpoint that no longer matches its entry or whose signature fails. Works on plain objects: the caller loads them.
 */
public class ChainVerifier {

    /** Checks a checkpoint's signature; empty when it verifies, else why not. */
    @FunctionalInterface
    public interface CheckpointSignatures {
        Optional<String> failure(byte[] content, byte[] signature, byte[] material);
    }

    private final CheckpointSignatures signatures;

    public ChainVerifier(CheckpointSignatures signatures) {
        this.signatures = signatures;
    }

    public AuditVerification verify(List<AuditEntry> stored, List<AuditCheckpoint> checkpoints) {
        List<AuditEntry> entries = stored.stream().sorted(Comparator.comparingLong(AuditEntry::sequence)).toList();
        List<AuditProblem> problems = new ArrayList<>();
        Map<String, Long> sequenceByHash = new HashMap<>();
        entries.forEach(e -> sequenceByHash.putIfAbsent(e.entryHash(), e.sequence()));

        String expectedPrevious = AuditChain.GENESIS;
        long expectedSequence = 1;
        for (int i = 0; i < entries.size(); i++) {
            AuditEntry entry = entries.get(i);
            if (!AuditChain.expectedHash(entry).equals(entry.entryHash())) {
                problems.add(new AuditProblem(Kind.CHANGED, entry.sequence(), "Entry " + entry.sequence()
                        + " (" + entry.action() + " by " + entry.actor() + ") does not give its stored hash "
                        + entry.entryHash() + ": its content was changed after it was written"));
            }
            boolean gap = entry.sequence() > expectedSequence;
            if (gap) {
                problems.add(new AuditProblem(Kind.DELETED, expectedSequence, (entry.sequence() - expectedSequence == 1
                        ? "Entry " + expectedSequence + " is missing"
                        : "Entries " + expectedSequence + " to " + (entry.sequence() - 1) + " are missing")
                        + ": entry " + entry.sequence() + " follows " + (expectedSequence - 1)));
            }
            if (!gap && !entry.previousHash().equals(expectedPrevious)) {
                AuditEntry next = i + 1 < entries.size() ? entries.get(i + 1) : null;
                String beforePrevious = i >= 2 ? entries.get(i - 2).entryHash() : i == 1 ? AuditChain.GENESIS : null;
                if (next != null && entry.previousHash().equals(next.entryHash())
                        && next.previousHash().equals(expectedPrevious)) {
                    problems.add(new AuditProblem(Kind.REORDERED, entry.sequence(), "Entries " + entry.sequence()
                            + " and " + next.sequence() + " stand in each other's place: " + next.sequence()
                            + " was written first"));
                    expectedPrevious = entry.entryHash();
                    expectedSequence = next.sequence() + 1;
                    i++;
                    continue;
                }
                if (entry.previousHash().equals(beforePrevious)) {
                    long inserted = entries.get(i - 1).sequence();
                    problems.add(new AuditProblem(Kind.INSERTED, inserted, "Entry " + inserted
                            + " is not in the chain: entry " + entry.sequence() + " follows "
                            + (i >= 2 ? "entry " + entries.get(i - 2).sequence() : "the start of the trail")
                            + ", so " + inserted + " was put in afterwards"));
                } else if (!problemAt(problems, expectedSequence - 1, Kind.CHANGED)) {
                    Long pointsTo = sequenceByHash.get(entry.previousHash());
                    problems.add(new AuditProblem(Kind.BROKEN_LINK, entry.sequence(), "Entry " + entry.sequence()
                            + " does not follow entry " + (expectedSequence - 1) + ": it points to "
                            + (pointsTo == null ? "no stored entry (an entry before it was removed and the rest renumbered,"
                            + " or entry " + (expectedSequence - 1) + " was rewritten with a new hash)"
                            : "entry " + pointsTo)));
                }
            }
            expectedPrevious = entry.entryHash();
            expectedSequence = entry.sequence() + 1;
        }
        long last = entries.isEmpty() ? 0 : entries.get(entries.size() - 1).sequence();
        checkpoints(entries, checkpoints, last, problems);
        problems.sort(Comparator.comparingLong(AuditProblem::sequence));
        return AuditVerification.of(entries.size(), checkpoints.size(), problems);
    }

    private void checkpoints(List<AuditEntry> entries, List<AuditCheckpoint> checkpoints, long last,
                             List<AuditProblem> problems) {
        Map<Long, AuditEntry> bySequence = new HashMap<>();
        entries.forEach(e -> bySequence.put(e.sequence(), e));
        AuditCheckpoint furthest = null;
        for (AuditCheckpoint checkpoint : checkpoints) {
            Optional<String> failure = signatures.failure(checkpoint.signedContent(), checkpoint.signature(),
                    checkpoint.material());
            if (failure.isPresent()) {
                problems.add(new AuditProblem(Kind.CHECKPOINT_SIGNATURE_INVALID, checkpoint.sequence(),
                        "The checkpoint at entry " + checkpoint.sequence() + " (signed at " + checkpoint.signedAt()
                                + ") is not the system's signature: " + failure.get()));
                // an unverified checkpoint says nothing trustworthy about the chain
                continue;
            }
            AuditEntry entry = bySequence.get(checkpoint.sequence());
            if (entry != null && !entry.entryHash().equals(checkpoint.entryHash())) {
                problems.add(new AuditProblem(Kind.CHECKPOINT_MISMATCH, checkpoint.sequence(), "Entry "
                        + checkpoint.sequence() + " carries hash " + entry.entryHash() + " but the checkpoint signed "
                        + checkpoint.entryHash() + ": the chain up to here was rewritten"));
            }
            if (checkpoint.sequence() > last && (furthest == null || checkpoint.sequence() > furthest.sequence())) {
                furthest = checkpoint;
            }
        }
        if (furthest != null) {
            problems.add(new AuditProblem(Kind.TRUNCATED, last + 1, "The trail ends at entry " + last
                    + " but the checkpoint signed at " + furthest.signedAt() + " covers entries up to "
                    + furthest.sequence() + ": " + (last + 1) + " to " + furthest.sequence() + " were cut off"));
        }
    }

    private static boolean problemAt(List<AuditProblem> problems, long sequence, Kind kind) {
        return problems.stream().anyMatch(p -> p.sequence() == sequence && p.kind() == kind);
    }
}
