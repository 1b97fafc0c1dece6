package kz.gov.elicense.demo.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.gov.elicense.signature.demo.DemoPkiServices;

import java.util.Base64;

/**
 * The demo PKI's protocols: OCSP (RFC 6960, POST and GET), CRLs (RFC 5280) and time stamps (RFC 3161), where
 * the generated certificates' AIA and CRL distribution point extensions point.
 */
@Path("demo/pki")
public class DemoPkiResource {

    @Inject
    DemoPkiEndpoints endpoints;

    @POST
    @Path("ocsp")
    @Consumes(DemoPkiServices.OCSP_REQUEST)
    @Produces(DemoPkiServices.OCSP_RESPONSE)
    public Response ocsp(byte[] request) {
        DemoPkiServices services = services();
        if (endpoints.ocspDown()) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).build();
        }
        return Response.ok(services.ocsp().respond(request), DemoPkiServices.OCSP_RESPONSE).build();
    }

    /** RFC 6960 appendix A: the request Base64 in the path, for small requests and caches. */
    @GET
    @Path("ocsp/{request: .+}")
    @Produces(DemoPkiServices.OCSP_RESPONSE)
    public Response ocspGet(@PathParam("request") String request) {
        byte[] der;
        try {
            der = Base64.getDecoder().decode(java.net.URLDecoder.decode(request, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            der = new byte[0];
        }
        return ocsp(der);
    }

    @GET
    @Path("crl/{ca}.crl")
    @Produces(DemoPkiServices.CRL)
    public Response crl(@PathParam("ca") String ca) {
        DemoPkiServices services = endpoints.crlServices().orElseThrow(NotFoundException::new);
        if (!services.crls().caNames().contains(ca)) {
            throw new NotFoundException();
        }
        return Response.ok(services.crls().crl(ca), DemoPkiServices.CRL).build();
    }

    @POST
    @Path("tsa")
    @Consumes(DemoPkiServices.TIMESTAMP_QUERY)
    @Produces(DemoPkiServices.TIMESTAMP_REPLY)
    public Response timeStamp(byte[] request) {
        return Response.ok(services().timeStamps().respond(request), DemoPkiServices.TIMESTAMP_REPLY).build();
    }

    /** Switches simulated outages on or off, to show what an unreachable responder does to a submission. */
    @PUT
    @Path("outage")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public DemoPkiEndpoints.Outage simulate(DemoPkiEndpoints.Outage outage) {
        services();
        endpoints.simulate(outage.ocspDown(), outage.crlStale());
        return endpoints.outage();
    }

    private DemoPkiServices services() {
        return endpoints.services().orElseThrow(NotFoundException::new);
    }
}
