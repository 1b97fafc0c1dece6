package kz.gov.elicense.demo.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Encoded;
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

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
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
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Connection", "close").build();
        }
        // Connection: close, so the asking JDK keeps no connection to this server: the https listener's revocation
        // check asks from an I/O thread in the middle of a handshake, and a kept connection may belong to that very
        // thread, which then cannot read the question until the OCSP timeout (15 s) has passed
        return Response.ok(services.ocsp().respond(request), DemoPkiServices.OCSP_RESPONSE)
                .header("Connection", "close").build();
    }

    /**
     * RFC 6960 appendix A: the request Base64 in the path, URL-encoded, for small requests and caches. The JDK's
     * revocation checker (the https listener's trust manager) asks this way whenever the URL stays within 255
     * characters. The path segment is taken as sent ({@link Encoded}) and its escapes decoded exactly once: a second
     * decoding, or a form decoding, would turn the Base64 "+" (sent as %2B) into a space and the request into garbage.
     */
    @GET
    @Path("ocsp/{request: .+}")
    @Produces(DemoPkiServices.OCSP_RESPONSE)
    public Response ocspGet(@Encoded @PathParam("request") String request) {
        return ocsp(ocspGetRequest(request));
    }

    /** The DER request of a GET's path as sent; empty (a malformed request) if it is no URL-encoded Base64. */
    static byte[] ocspGetRequest(String encoded) {
        try {
            // "+" is literal in a path: URLDecoder, a form decoder, would read it as a space
            String base64 = URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
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
