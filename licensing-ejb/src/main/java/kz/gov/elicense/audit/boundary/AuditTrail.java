package kz.gov.elicense.audit.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import kz.gov.elicense.audit.control.AuditChain;
import kz.gov.elicense.audit.control.ChainVerifier;
import kz.gov.elicense.audit.entity.AuditAction;
import kz.gov.elicense.audit.entity.AuditCheckpoint;
import kz.gov.elicense.audit.entity.AuditEntry;
import kz.gov.elicense.audit.entity.AuditVerification;
import kz.gov.elicense.configuration.ConfigurationDirectories;
import kz.gov.elicense.scheduling.boundary.OncePerCluster;
import kz.gov.elicense.numbering.boundary.Counters;
import kz.gov.elicense.observability.health.Heartbeats;
import kz.gov.elicense.signature.boundary.Signatures;
import kz.gov.elicense.signature.entity.SignatureVerification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import static kz.gov.elicense.application.entity.OfficerRole.AUDITOR_ROLE;

/**
 * The audit trail's entry points. An entry is written in the caller's transaction, so it exists exactly when the act
 * it records does; its gap-free number comes from the {@code AUDIT} counter, whose row stays locked until that
 * transaction ends, so entries are chained one after another even when officers act at the same time. Every
 * {@code licensing.audit.checkpoint-interval} entries (default 50), and each hour when entries came since, the chain
 * hash is signed with the system's key.
 * <p>
 * Record as late in a transaction as the order of events allows: the {@code AUDIT} row lock is held to the commit,
 * and a row lock taken after it (a journal's counter) can deadlock with a transaction that takes the two the other
 * way round; the database then rolls one of them back.
 */
@Stateless
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());

    static final String COUNTER = "AUDIT";

    @PersistenceContext
    EntityManager em;

    @Inject
    Counters counters;

    @Inject
    Signatures signatures;

    @Inject
    Clock clock;

    @EJB
    OncePerCluster cluster;

    /** Appends an entry; {@code subject} is the application or licence number the act concerns, if any. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String actor, AuditAction action, String subject, String detail) {
        long sequence = counters.next(COUNTER);
        String previous = sequence == 1 ? AuditChain.GENESIS : em.find(AuditEntry.class, sequence - 1).entryHash();
        AuditEntry entry = AuditChain.append(sequence, previous, clock.instant(), actor, action, subject,
                detail == null ? null : abbreviate(detail));
        em.persist(entry);
        if (sequence % checkpointInterval() == 0) {
            sign(entry);
        }
    }

    /** Signs the chain as it stands now, unless the latest entry is signed already; for the hourly timer too. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Optional<Long> checkpoint() {
        Long signedUpTo = em.createNamedQuery(AuditCheckpoint.LATEST_SEQUENCE, Long.class).getSingleResult();
        Optional<AuditEntry> latest = em.createQuery("select e from AuditEntry e order by e.sequence desc",
                AuditEntry.class).setMaxResults(1).getResultStream().findFirst();
        if (latest.isEmpty() || signedUpTo != null && signedUpTo >= latest.get().sequence()) {
            return Optional.empty();
        }
        return sign(latest.get()) ? Optional.of(latest.get().sequence()) : Optional.empty();
    }

    @Schedule(hour = "*", minute = "17", persistent = false)
    void hourlyCheckpoint() {
        Heartbeats.beat("audit-checkpoint", Duration.ofHours(1));
        if (cluster.claim("audit-checkpoint", Duration.ofHours(1), Instant.now())) {
            checkpoint();
        }
    }

    /** Walks the whole trail and its checkpoints: the auditor's (issue 7). */
    @RolesAllowed(AUDITOR_ROLE)
    public AuditVerification verify() {
        return new ChainVerifier(this::checkpointSignatureFailure).verify(
                em.createNamedQuery(AuditEntry.IN_ORDER, AuditEntry.class).getResultList(),
                em.createNamedQuery(AuditCheckpoint.IN_ORDER, AuditCheckpoint.class).getResultList());
    }

    /**
     * The latest entries (newest first, at most {@code max}), of one actor and/or about one subject when given: the
     * sign-ins and refusals of an account, the acts on an application.
     */
    @RolesAllowed(AUDITOR_ROLE)
    public List<AuditRecord> entries(String actor, String subject, int max) {
        StringBuilder query = new StringBuilder("select e from AuditEntry e where 1 = 1");
        if (actor != null) {
            query.append(" and e.actor = :actor");
        }
        if (subject != null) {
            query.append(" and e.subject = :subject");
        }
        TypedQuery<AuditEntry> entries = em.createQuery(query.append(" order by e.sequence desc").toString(),
                AuditEntry.class).setMaxResults(max);
        if (actor != null) {
            entries.setParameter("actor", actor);
        }
        if (subject != null) {
            entries.setParameter("subject", subject);
        }
        return entries.getResultStream().map(e -> new AuditRecord(e.sequence(), e.recordedAt(), e.actor(),
                e.action().name(), e.subject(), e.detail())).toList();
    }

    /**
     * Signs a checkpoint at the entry and stores it, but only when the signature verifies from its own validation
     * material: a checkpoint signed while the OCSP responder or the CRL was out of reach would stay INDETERMINATE
     * for ever and make the whole trail fail verification. Such a checkpoint is left out (the trail stays chained
     * and the next checkpoint, at the next interval or hour, covers these entries too).
     */
    private boolean sign(AuditEntry entry) {
        Instant signedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        byte[] content = AuditCheckpoint.signedContent(entry.sequence(), entry.entryHash(), signedAt);
        Signatures.ProviderSignature signature = signatures.signAsProvider(content);
        Optional<String> failure = checkpointSignatureFailure(content, signature.cms(), signature.material());
        if (failure.isPresent()) {
            LOG.warning(() -> "No audit checkpoint at entry " + entry.sequence() + " this time, its signature would "
                    + "not verify later: " + failure.get());
            return false;
        }
        em.persist(new AuditCheckpoint(entry.sequence(), entry.entryHash(), signedAt, signature.cms(),
                signature.material()));
        return true;
    }

    private Optional<String> checkpointSignatureFailure(byte[] content, byte[] signature, byte[] material) {
        SignatureVerification verification;
        try {
            verification = signatures.verifyResult(content, signature, material);
        } catch (RuntimeException unreadable) {
            return Optional.of("the signature cannot be read: " + unreadable.getMessage());
        }
        return verification.valid() ? Optional.empty() : Optional.of(verification.status() + ": " + verification.reason());
    }

    private static long checkpointInterval() {
        return ConfigurationDirectories.setting("licensing.audit.checkpoint-interval").map(Long::parseLong)
                .filter(n -> n > 0).orElse(50L);
    }

    private static String abbreviate(String detail) {
        return detail.length() <= 2000 ? detail : detail.substring(0, 1997) + "...";
    }
}
