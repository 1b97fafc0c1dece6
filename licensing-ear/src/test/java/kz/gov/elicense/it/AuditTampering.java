package kz.gov.elicense.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.gov.elicense.audit.boundary.AuditTrail;
import kz.gov.elicense.audit.control.AuditChain;
import kz.gov.elicense.audit.entity.AuditAction;
import kz.gov.elicense.audit.entity.AuditCheckpoint;
import kz.gov.elicense.audit.entity.AuditEntry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The intruder with database access, for the audit trail test: changes, deletes, inserts, swaps and cuts off audit
 * rows with plain SQL, forges a checkpoint, and puts the trail back as it was between attempts. Reached over HTTP in
 * the test web module, so that the test itself stays a black-box client of the API.
 */
@Singleton
@PermitAll
@Path("audit")
@Produces(MediaType.TEXT_PLAIN)
public class AuditTampering {

    private static final long ASIDE = 1_000_000_000L;

    @PersistenceContext(unitName = "licensing")
    EntityManager em;

    @EJB
    AuditTrail trail;

    private final List<AuditEntry> entries = new ArrayList<>();
    private final List<AuditCheckpoint> checkpoints = new ArrayList<>();

    /** The actions recorded about one application or licence, in sequence order, as "sequence ACTION actor". */
    @GET
    @Path("entries")
    public String entries(@QueryParam("subject") String subject) {
        return String.join("\n", em.createQuery("select e from AuditEntry e where e.subject = :subject"
                        + " order by e.sequence", AuditEntry.class).setParameter("subject", subject).getResultStream()
                .map(e -> e.sequence() + " " + e.action() + " " + e.actor()).toList());
    }

    /** Signs the chain's head now (what the hourly timer does) and keeps the trail as it stands, to restore it. */
    @POST
    @Path("snapshot")
    public String snapshot() {
        trail.checkpoint();
        em.flush();
        entries.clear();
        checkpoints.clear();
        em.createNamedQuery(AuditEntry.IN_ORDER, AuditEntry.class).getResultStream().forEach(e -> entries.add(
                new AuditEntry(e.sequence(), e.recordedAt(), e.actor(), e.action(), e.subject(), e.detail(),
                        e.previousHash(), e.entryHash())));
        em.createNamedQuery(AuditCheckpoint.IN_ORDER, AuditCheckpoint.class).getResultStream().forEach(c ->
                checkpoints.add(new AuditCheckpoint(c.sequence(), c.entryHash(), c.signedAt(), c.signature(),
                        c.material())));
        return String.valueOf(entries.get(entries.size() - 1).sequence());
    }

    @POST
    @Path("restore")
    public String restore() {
        em.createNativeQuery("delete from audit_checkpoint").executeUpdate();
        em.createNativeQuery("delete from audit_entry").executeUpdate();
        em.clear();
        entries.forEach(e -> em.persist(new AuditEntry(e.sequence(), e.recordedAt(), e.actor(), e.action(),
                e.subject(), e.detail(), e.previousHash(), e.entryHash())));
        checkpoints.forEach(c -> em.persist(new AuditCheckpoint(c.sequence(), c.entryHash(), c.signedAt(),
                c.signature(), c.material())));
        return String.valueOf(entries.size());
    }

    @POST
    @Path("change/{sequence}")
    public String change(@PathParam("sequence") long sequence) {
        return updated(em.createNativeQuery("update audit_entry set detail = 'Proposed: MOTIVATED_REFUSAL'"
                + " where sequence = ?1").setParameter(1, sequence).executeUpdate());
    }

    @POST
    @Path("delete/{sequence}")
    public String delete(@PathParam("sequence") long sequence) {
        return updated(em.createNativeQuery("delete from audit_entry where sequence = ?1").setParameter(1, sequence)
                .executeUpdate());
    }

    /** Makes room after {@code sequence} and puts in an entry properly chained to it, as a careful forger would. */
    @POST
    @Path("insert/{sequence}")
    public String insert(@PathParam("sequence") long sequence) {
        shift("sequence > ?1", sequence, 1);
        String previous = (String) em.createNativeQuery("select entry_hash from audit_entry where sequence = ?1")
                .setParameter(1, sequence).getSingleResult();
        AuditEntry forged = AuditChain.append(sequence + 1, previous, Instant.now(), "head", AuditAction.SIGNATURE,
                "SEC-2026-999999", "LICENCE KZ99SEC9999999");
        em.persist(forged);
        return String.valueOf(forged.sequence());
    }

    /** Swaps the places of two neighbours. */
    @POST
    @Path("swap/{sequence}")
    public String swap(@PathParam("sequence") long sequence) {
        em.createNativeQuery("update audit_entry set sequence = ?1 where sequence = ?2").setParameter(1, -sequence)
                .setParameter(2, sequence).executeUpdate();
        em.createNativeQuery("update audit_entry set sequence = ?1 where sequence = ?2").setParameter(1, sequence)
                .setParameter(2, sequence + 1).executeUpdate();
        return updated(em.createNativeQuery("update audit_entry set sequence = ?1 where sequence = ?2")
                .setParameter(1, sequence + 1).setParameter(2, -sequence).executeUpdate());
    }

    /** Cuts off every entry from {@code sequence} on. */
    @POST
    @Path("truncate/{sequence}")
    public String truncate(@PathParam("sequence") long sequence) {
        return updated(em.createNativeQuery("delete from audit_entry where sequence >= ?1").setParameter(1, sequence)
                .executeUpdate());
    }

    /** Points the checkpoint at {@code sequence} to another hash, keeping the system's signature over the old one. */
    @POST
    @Path("forge-checkpoint/{sequence}")
    public String forgeCheckpoint(@PathParam("sequence") long sequence) {
        return updated(em.createNativeQuery("update audit_checkpoint set entry_hash = ?1 where sequence = ?2")
                .setParameter(1, "f".repeat(64)).setParameter(2, sequence).executeUpdate());
    }

    private void shift(String where, long sequence, long by) {
        // through a range nobody uses, so that no two rows share a key on the way
        em.createNativeQuery("update audit_entry set sequence = sequence + " + ASIDE + " where " + where)
                .setParameter(1, sequence).executeUpdate();
        em.createNativeQuery("update audit_entry set sequence = sequence - " + (ASIDE - by) + " where sequence > "
                + ASIDE).executeUpdate();
    }

    private static String updated(int rows) {
        if (rows == 0) {
            throw new IllegalStateException("No audit row was touched");
        }
        return String.valueOf(rows);
    }
}
