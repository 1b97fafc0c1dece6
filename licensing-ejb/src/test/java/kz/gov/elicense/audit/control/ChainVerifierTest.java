package kz.gov.elicense.audit.control;

import kz.gov.elicense.audit.entity.AuditAction;
import kz.gov.elicense.audit.entity.AuditCheckpoint;
import kz.gov.elicense.audit.entity.AuditEntry;
import kz.gov.elicense.audit.entity.AuditProblem;
import kz.gov.elicense.audit.entity.AuditProblem.Kind;
import kz.gov.elicense.audit.entity.AuditVerification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kind of tampering with the trail is found and located, wherever in the chain it happens: a twelve-entry
 * chain with a signed checkpoint at entry 10 is tampered with at each position in turn.
 */
class ChainVerifierTest {

    private static final Instant START = Instant.parse("2026-03-02T09:00:00.123456789Z");
    private static final int LENGTH = 12;
    private static final KeyPair SYSTEM_KEY = keyPair();
    private static final KeyPair FORGER_KEY = keyPair();

    private final ChainVerifier verifier = new ChainVerifier(ChainVerifierTest::failure);

    @Test
    void anUntouchedChainIsValid() {
        AuditVerification verification = verifier.verify(chain(LENGTH), List.of(checkpoint(chain(LENGTH), 10,
                SYSTEM_KEY)));
        assertTrue(verification.valid(), verification.problems().toString());
        assertEquals(LENGTH, verification.entries());
        assertEquals(1, verification.checkpoints());
    }

    @Test
    void theTimeIsHashedAsTheDatabaseKeepsIt() {
        AuditEntry entry = chain(1).get(0);
        assertEquals(START.plusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.MILLIS), entry.recordedAt());
        assertEquals(entry.entryHash(), AuditChain.expectedHash(entry));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 6, 11, 12})
    void aChangedEntryIsFoundWhereItIs(long at) {
        List<AuditEntry> entries = new ArrayList<>(chain(LENGTH));
        AuditEntry original = entries.get((int) at - 1);
        entries.set((int) at - 1, new AuditEntry(original.sequence(), original.recordedAt(), original.actor(),
                original.action(), original.subject(), "Proposed: LICENCE", original.previousHash(),
                original.entryHash()));

        assertOnly(verifier.verify(entries, List.of()), Kind.CHANGED, at);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 6, 11})
    void aChangedEntryWithARecomputedHashBreaksTheNextLink(long at) {
        List<AuditEntry> entries = new ArrayList<>(chain(LENGTH));
        AuditEntry original = entries.get((int) at - 1);
        entries.set((int) at - 1, AuditChain.append(original.sequence(), original.previousHash(),
                original.recordedAt(), "someone else", original.action(), original.subject(), original.detail()));

        assertOnly(verifier.verify(entries, List.of()), Kind.BROKEN_LINK, at + 1);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 6, 11})
    void aDeletedEntryIsAGapAtItsNumber(long at) {
        List<AuditEntry> entries = new ArrayList<>(chain(LENGTH));
        entries.remove((int) at - 1);

        AuditVerification verification = verifier.verify(entries, List.of());
        assertOnly(verification, Kind.DELETED, at);
        assertTrue(verification.first().detail().contains("Entry " + at + " is missing"), verification.first().detail());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 6, 11, 12})
    void anInsertedEntryIsNamed(long at) {
        // the forger renumbers what follows and chains the new entry properly to its predecessor
        List<AuditEntry> original = chain(LENGTH);
        List<AuditEntry> entries = new ArrayList<>(original.subList(0, (int) at - 1));
        String previous = at == 1 ? AuditChain.GENESIS : original.get((int) at - 2).entryHash();
        entries.add(AuditChain.append(at, previous, START, "forger", AuditAction.SIGNATURE, "SEC-2026-000001",
                "LICENCE"));
        for (AuditEntry e : original.subList((int) at - 1, LENGTH)) {
            entries.add(renumbered(e, e.sequence() + 1));
        }

        assertOnly(verifier.verify(entries, List.of()), Kind.INSERTED, at);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 6, 11})
    void aSwappedPairIsReportedAsReordered(long at) {
        List<AuditEntry> entries = new ArrayList<>(chain(LENGTH));
        AuditEntry first = entries.get((int) at - 1);
        AuditEntry second = entries.get((int) at);
        entries.set((int) at - 1, renumbered(second, at));
        entries.set((int) at, renumbered(first, at + 1));

        AuditVerification verification = verifier.verify(entries, List.of());
        assertOnly(verification, Kind.REORDERED, at);
        assertTrue(verification.first().detail().contains((at + 1) + " was written first"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5})
    void aTailCutOffBeforeTheSignedCheckpointIsTruncation(int cut) {
        List<AuditEntry> full = chain(LENGTH);
        AuditCheckpoint signed = checkpoint(full, 10, SYSTEM_KEY);
        List<AuditEntry> entries = full.subList(0, 10 - cut);

        AuditVerification verification = verifier.verify(entries, List.of(signed));
        assertOnly(verification, Kind.TRUNCATED, 10 - cut + 1);
        assertTrue(verification.first().detail().contains("covers entries up to 10"));
    }

    @Test
    void aTailCutAfterTheLastCheckpointIsBeyondWhatTheChainCanProve() {
        List<AuditEntry> full = chain(LENGTH);
        assertTrue(verifier.verify(full.subList(0, 11), List.of(checkpoint(full, 10, SYSTEM_KEY))).valid(),
                "only a later checkpoint (every N entries and hourly) can catch this");
    }

    @Test
    void aCheckpointSignedWithAnotherKeyIsForged() {
        List<AuditEntry> entries = chain(LENGTH);
        AuditVerification verification = verifier.verify(entries, List.of(checkpoint(entries, 5, SYSTEM_KEY),
                checkpoint(entries, 10, FORGER_KEY)));
        assertOnly(verification, Kind.CHECKPOINT_SIGNATURE_INVALID, 10);
    }

    @Test
    void aCheckpointWhoseHashWasEditedNoLongerVerifies() {
        List<AuditEntry> entries = chain(LENGTH);
        AuditCheckpoint signed = checkpoint(entries, 10, SYSTEM_KEY);
        AuditCheckpoint edited = new AuditCheckpoint(10, entries.get(3).entryHash(), signed.signedAt(),
                signed.signature(), null);
        assertOnly(verifier.verify(entries, List.of(edited)), Kind.CHECKPOINT_SIGNATURE_INVALID, 10);
    }

    @Test
    void aChainRewrittenFromTheStartNoLongerMatchesItsCheckpoint() {
        // consistent hashes throughout, but not the chain the system signed
        List<AuditEntry> genuine = chain(LENGTH);
        List<AuditEntry> rewritten = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (AuditEntry e : genuine) {
            AuditEntry copy = AuditChain.append(e.sequence(), previous, e.recordedAt(), e.actor(), e.action(),
                    e.subject(), e.sequence() == 3 ? "rewritten" : e.detail());
            rewritten.add(copy);
            previous = copy.entryHash();
        }
        assertOnly(verifier.verify(rewritten, List.of(checkpoint(genuine, 10, SYSTEM_KEY))),
                Kind.CHECKPOINT_MISMATCH, 10);
    }

    @Test
    void everyProblemIsListedInOrderAndTheFirstIsNamed() {
        List<AuditEntry> entries = new ArrayList<>(chain(LENGTH));
        AuditEntry changed = entries.get(8);
        entries.set(8, new AuditEntry(9, changed.recordedAt(), "intruder", changed.action(), changed.subject(),
                changed.detail(), changed.previousHash(), changed.entryHash()));
        entries.remove(3);

        AuditVerification verification = verifier.verify(entries, List.of());
        assertFalse(verification.valid());
        assertEquals(List.of(Kind.DELETED, Kind.CHANGED), verification.problems().stream().map(AuditProblem::kind)
                .toList());
        assertEquals(4, verification.first().sequence());
        assertEquals(9, verification.problems().get(1).sequence());
    }

    private static void assertOnly(AuditVerification verification, Kind kind, long sequence) {
        assertFalse(verification.valid());
        assertEquals(List.of(kind + "@" + sequence), verification.problems().stream()
                .map(p -> p.kind() + "@" + p.sequence()).toList(), verification.problems().toString());
        assertEquals(verification.problems().get(0), verification.first());
    }

    private static List<AuditEntry> chain(int length) {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        AuditAction[] actions = AuditAction.values();
        for (int n = 1; n <= length; n++) {
            AuditEntry entry = AuditChain.append(n, previous, START.plusSeconds(n), n % 2 == 0 ? "head" : "executor",
                    actions[n % actions.length], "SEC-2026-" + String.format("%06d", n), "act " + n);
            entries.add(entry);
            previous = entry.entryHash();
        }
        return entries;
    }

    private static AuditEntry renumbered(AuditEntry e, long sequence) {
        return new AuditEntry(sequence, e.recordedAt(), e.actor(), e.action(), e.subject(), e.detail(),
                e.previousHash(), e.entryHash());
    }

    private static AuditCheckpoint checkpoint(List<AuditEntry> entries, long at, KeyPair key) {
        Instant signedAt = START.plusSeconds(3600);
        String hash = entries.get((int) at - 1).entryHash();
        try {
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(key.getPrivate());
            signer.update(AuditCheckpoint.signedContent(at, hash, signedAt));
            return new AuditCheckpoint(at, hash, signedAt, signer.sign(), null);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<String> failure(byte[] content, byte[] signature, byte[] material) {
        try {
            Signature check = Signature.getInstance("SHA256withECDSA");
            check.initVerify(SYSTEM_KEY.getPublic());
            check.update(content);
            return check.verify(signature) ? Optional.empty() : Optional.of("not the system's key");
        } catch (GeneralSecurityException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(256);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
