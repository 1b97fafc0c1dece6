package kz.gov.elicense.simulator.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Lets only the server itself (a loopback address) ask the simulated registries: they hold personal data and
 * need no sign-in, as the gateway's adapters call them as a machine. The portal application scans every resource
 * of the module, so the same resource is reachable under {@code /api/v1} too; it is refused there as not found.
 */
@Provider
@LoopbackOnlyBinding
public class LoopbackOnly implements ContainerRequestFilter {

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!request.getUriInfo().getBaseUri().getPath().endsWith("/registries/")) {
            request.abortWith(problem(Response.Status.NOT_FOUND, "not-found", "Not found",
                    "The simulated registries are served under /registries only"));
            return;
        }
        if (!isLoopback(servletRequest.getRemoteAddr())) {
            request.abortWith(problem(Response.Status.FORBIDDEN, "registry-loopback-only", "Loopback only",
                    "The simulated registries answer only callers on this server's loopback interface"));
        }
    }

    private static boolean isLoopback(String address) {
        try {
            // a literal address, so no name lookup happens
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    static Response problem(Response.Status status, String code, String title, String detail) {
        return Response.status(status).type(MediaType.valueOf("application/problem+json"))
                .entity(jakarta.json.Json.createObjectBuilder()
                        .add("type", "urn:kz:elicense:problem:" + code)
                        .add("title", title)
                        .add("status", status.getStatusCode())
                        .add("detail", detail)
                        .build().toString())
                .build();
    }
}
