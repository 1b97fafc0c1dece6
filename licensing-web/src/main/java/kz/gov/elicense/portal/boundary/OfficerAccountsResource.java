package kz.gov.elicense.portal.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import kz.gov.elicense.account.boundary.Accounts;
import kz.gov.elicense.account.boundary.OfficerAccount;
import kz.gov.elicense.problem.Rejection;

import java.util.Set;

/**
 * The administrator of a division adds officers to it and lifts a lock-out early (the session bean checks the role and
 * the division; the auditor's and the administrator's roles cannot be given here). The password is sent as its bcrypt hash, made with config/accounts/HashPassword.java.
 */
@Path("office/accounts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class OfficerAccountsResource {

    @Inject
    Accounts accounts;

    /** {"userName":"executor7","passwordHash":"$2a$10$…","roles":["executor"]} */
    public record NewOfficer(String userName, String passwordHash, Set<String> roles) {
    }

    @POST
    public Response add(NewOfficer officer) {
        if (officer == null) {
            throw Rejection.invalid("body-missing", "No account", "Send userName, passwordHash and roles");
        }
        OfficerAccount added = accounts.addOfficer(officer.userName(), officer.passwordHash(), officer.roles());
        return Response.created(UriBuilder.fromResource(OfficerAccountsResource.class).path(added.userName()).build())
                .entity(added).build();
    }

    @POST
    @Path("{userName}/unlock")
    public OfficerAccount unlock(@PathParam("userName") String userName) {
        return accounts.unlock(userName);
    }
}
