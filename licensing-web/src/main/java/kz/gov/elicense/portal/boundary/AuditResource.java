package kz.gov.elicense.portal.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.gov.elicense.audit.boundary.AuditRecord;
import kz.gov.elicense.audit.boundary.AccessDenials;
import kz.gov.elicense.audit.boundary.AuditTrail;
import kz.gov.elicense.audit.entity.AuditAction;
import kz.gov.elicense.audit.entity.AuditVerification;
import kz.gov.elicense.problem.Rejection;

import java.util.List;

/**
 * The audit trail: its latest entries, and its verification, which walks every entry and checkpoint and says whether the trail is intact and, if
 * not, where and how it was tampered with. The auditor calls it (issue 7; the session bean checks the role), and reads
 * the entries of one kind (the access denials).
 */
@Path("audit")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class AuditResource {

    @Inject
    AuditTrail audit;

    @Inject
    AccessDenials denials;

    /**
     * Entries of the trail, two ways: with {@code action} and/or {@code after}, the entries of one kind (by default
     * the access denials) after a sequence number, oldest first, for a review page by page; otherwise the latest
     * entries, newest first, of an {@code actor} (account name) and/or about a {@code subject}.
     */
    @GET
    @Path("entries")
    public List<?> entries(@QueryParam("actor") String actor, @QueryParam("subject") String subject,
                           @QueryParam("action") AuditAction action, @QueryParam("after") Long after,
                           @QueryParam("max") @DefaultValue("100") int max) {
        if (max < 1 || max > 1000) {
            throw Rejection.invalid("paging-invalid", "Bad paging", "max must be between 1 and 1000");
        }
        if (action != null || after != null) {
            if (actor != null || subject != null) {
                throw Rejection.invalid("audit-query-invalid", "Two reads in one",
                        "actor and subject read the latest entries; action and after page through one kind");
            }
            return denials.entries(action == null ? AuditAction.ACCESS_DENIED : action, after == null ? 0 : after, max);
        }
        return audit.entries(actor, subject, max);
    }

    /** {valid, entries, checkpoints, first, problems: [{kind, sequence, detail}]} in sequence order. */
    @GET
    @Path("verification")
    public AuditVerification verification() {
        return audit.verify();
    }

}
