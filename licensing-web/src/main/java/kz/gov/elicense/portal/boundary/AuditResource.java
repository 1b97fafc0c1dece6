package kz.gov.elicense.portal.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kz.gov.elicense.audit.boundary.AuditTrail;
import kz.gov.elicense.audit.entity.AuditVerification;

/**
 * The audit trail's verification: walks every entry and checkpoint and says whether the trail is intact and, if
 * not, where and how it was tampered with. The head of the provider may call it (the session bean checks the role)
 * until issue 7 brings the auditor role.
 */
@Path("audit")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class AuditResource {

    @Inject
    AuditTrail audit;

    /** {valid, entries, checkpoints, first, problems: [{kind, sequence, detail}]} in sequence order. */
    @GET
    @Path("verification")
    public AuditVerification verification() {
        return audit.verify();
    }
}
