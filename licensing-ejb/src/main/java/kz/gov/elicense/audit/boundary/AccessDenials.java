package kz.gov.elicense.audit.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.gov.elicense.audit.entity.AuditAction;
import kz.gov.elicense.audit.entity.AuditEntry;

import java.util.List;

import static kz.gov.elicense.application.entity.OfficerRole.AUDITOR_ROLE;

/**
 * Denied requests in the audit trail (§5, ASVS V7: failed access control is logged). A denial is recorded in a
 * transaction of its own: the refusal that follows it rolls the caller's transaction back, and the record of it
 * must stay. A caller that already holds the trail's counter lock must not call this (it would wait for itself);
 * the web layer calls it outside any transaction.
 */
@Stateless
public class AccessDenials {

    @Inject
    AuditTrail audit;

    @PersistenceContext
    EntityManager em;

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String actor, String subject, String detail) {
        audit.record(actor == null || actor.isBlank() ? "anonymous" : actor, AuditAction.ACCESS_DENIED,
                subject == null ? null : abbreviate(subject, 100), detail);
    }

    /** The entries of one kind after a sequence number, oldest first, for review (the auditor). */
    @RolesAllowed(AUDITOR_ROLE)
    public List<Entry> entries(AuditAction action, long after, int max) {
        return em.createQuery("select e from AuditEntry e where e.action = :action and e.sequence > :after"
                        + " order by e.sequence", AuditEntry.class)
                .setParameter("action", action).setParameter("after", after)
                .setMaxResults(Math.max(1, Math.min(max, 1000)))
                .getResultStream()
                .map(e -> new Entry(e.sequence(), e.recordedAt().toString(), e.actor(), e.action(), e.subject(),
                        e.detail()))
                .toList();
    }

    /** One entry as a reviewer reads it. */
    public record Entry(long sequence, String recordedAt, String actor, AuditAction action, String subject,
                        String detail) {
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
