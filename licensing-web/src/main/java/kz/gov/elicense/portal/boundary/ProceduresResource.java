package kz.gov.elicense.portal.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kz.gov.elicense.application.boundary.ServiceCatalogue;
import kz.gov.elicense.application.boundary.ServiceDescription;

import java.util.List;

/** The services this system provides, each with its steps, roles, limits, document checklist and total term. */
@Path("procedures")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ProceduresResource {

    @Inject
    ServiceCatalogue catalogue;

    @GET
    public List<ServiceDescription> all() {
        return catalogue.all();
    }
}
