package kz.gov.elicense.portal.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.gov.elicense.audit.boundary.AccessDenials;
import kz.gov.elicense.audit.boundary.AuditTrail;
import kz.gov.elicense.audit.entity.AuditAction;
import kz.gov.elicense.audit.entity.AuditVerification;

import java.util.List;

/**
 * The audit trail's verification: walks every entry and checkpoint and says whether the trail is intact and, if
 * not, where and how it was tampered with. The head of the provider may call it (the session bean checks the role)
 * until issue 7 brings the auditor role; the same for reading the entries of one kind (the access denials).
 */
@Path("audit")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class AuditResource {

    @Inject
    AuditTrail audit;

    @Inject
    AccessDenials denials;

    /** {valid, entries, checkpoints, first, problems: [{kind, sequence, detail}]} in sequence order. */
    @GET
    @Path("verification")
    public AuditVerification verification() {
        return audit.verify();
    }

    /** The entries of one kind after a sequence number, oldest first: e.g. ACCESS_DENIED for a review of denials. */
    @GET
    @Path("entries")
    public List<AccessDenials.Entry> entries(@QueryParam("action") @DefaultValue("ACCESS_DENIED") AuditAction action,
                                             @QueryParam("after") @DefaultValue("0") long after,
                                             @QueryParam("max") @DefaultValue("200") int max) {
        return denials.entries(action, after, max);
    }
}
