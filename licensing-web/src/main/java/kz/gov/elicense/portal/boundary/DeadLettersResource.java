package kz.gov.elicense.portal.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kz.gov.elicense.messaging.boundary.DeadLetter;
import kz.gov.elicense.messaging.boundary.DeadLetters;

import java.util.List;

/**
 * The operator's desk for messages the broker gave up on: list them with their reason and re-drive one or all to the
 * queue each came from. The head of the provider is the operator, for their division's letters (the session bean
 * checks the role and the division).
 */
@Path("office/dead-letters")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class DeadLettersResource {

    @Inject
    DeadLetters deadLetters;

    @GET
    public List<DeadLetter> list() {
        return deadLetters.list();
    }

    /** Sends the dead letter back to its original queue; answers with the message as it was parked. */
    @POST
    @Path("{id}/redrive")
    public DeadLetter redrive(@PathParam("id") String id) {
        return deadLetters.redrive(id);
    }

    /** Sends every dead letter back to its original queue; answers with those re-driven. */
    @POST
    @Path("redrive-all")
    public List<DeadLetter> redriveAll() {
        return deadLetters.redriveAll();
    }
}
