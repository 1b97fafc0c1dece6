package kz.gov.elicense.portal.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

    /** The signed licence document (PDF). */
    @GET
    @Path("{number}/document")
    @Produces({"application/pdf", Problem.MEDIA_TYPE})
    public Response document(@PathParam("number") String number) {
        LicenceRegister.SignedDocument document = register.document(number);
        return Response.ok(document.content(), document.mediaType())
                .header("Content-Disposition", "inline; filename=\"" + number + ".pdf\"").build();
    }

    /** The provider's detached CMS (CAdES) signature over the document, to verify it with any CMS tool. */
    @GET
    @Path("{number}/signature")
    @Produces({"application/pkcs7-signature", Problem.MEDIA_TYPE})
    public Response signature(@PathParam("number") String number) {
        LicenceRegister.SignedDocument document = register.document(number);
        return Response.ok(document.signature(), "application/pkcs7-signature")
                .header("Content-Disposition", "attachment; filename=\"" + number + ".p7s\"").build();
    }
}
