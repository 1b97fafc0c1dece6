package kz.gov.elicense.portal.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kz.gov.elicense.register.boundary.LicenceRegister;
import kz.gov.elicense.register.boundary.LicenceView;

/** The public licence check: anyone may look a licence up by its number and see whether its signature holds. */
@Path("licences")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class LicencesResource {

    @Inject
    LicenceRegister register;

    @GET
    @Path("{number}")
    public LicenceView byNumber(@PathParam("number") String number) {
        return register.byNumber(number);
    }
}
