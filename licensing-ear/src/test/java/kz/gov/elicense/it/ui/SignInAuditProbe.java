package kz.gov.elicense.it.ui;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import kz.gov.elicense.audit.entity.AuditEntry;

import java.util.Set;

/**
 * Reads the audit trail's entries of one actor for the certificate sign-in test, in the test web module: the audit
 * trail has no API that lists sign-ins, and the test should see what was recorded, not trust the page.
 */
@Stateless
@PermitAll
@Path("entries")
@Produces(MediaType.TEXT_PLAIN)
public class SignInAuditProbe {

    @PersistenceContext(unitName = "licensing")
    EntityManager em;

    /** "ACTION detail" per line, in sequence order, of the entries after {@code after}; the last sequence first. */
    @GET
    public String entries(@QueryParam("actor") String actor, @QueryParam("after") long after) {
        Long last = em.createQuery("select max(e.sequence) from AuditEntry e", Long.class).getSingleResult();
        return last + "\n" + String.join("\n", em.createQuery("select e from AuditEntry e where e.actor = :actor"
                        + " and e.sequence > :after order by e.sequence", AuditEntry.class)
                .setParameter("actor", actor).setParameter("after", after).getResultStream()
                .map(e -> e.action() + " " + e.detail()).toList());
    }

    @ApplicationPath("audit")
    public static class Api extends Application {
        @Override
        public Set<Class<?>> getClasses() {
            return Set.of(SignInAuditProbe.class);
        }
    }
}
