package kz.gov.elicense.simulator.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.gov.elicense.configuration.ConfigurationDirectories;

/**
 * One simulated registry over HTTP: {@code GET /registries/<registry>/<BIN or IIN>} answers {@code 200} with the
 * record, {@code 404} when the registry holds none, {@code 503} while the registry is simulated down. In demo mode
 * ({@code licensing.demo.enabled=true}) {@code PUT /registries/<registry>/outage} with {@code {"down":true}} takes it
 * down and {@code {"down":false}} brings it back, as the demo PKI's outage switch does for the OCSP responder.
 */
@Path("{registry: legal-entities|individuals|criminal-records|administrative-offences|special-accounts"
        + "|dismissed-persons|fee-payments}")
@Produces(MediaType.APPLICATION_JSON)
@LoopbackOnlyBinding
public class SimulatedRegistriesResource {

    /** The body of the outage switch. */
    public record Outage(boolean down) {
    }

    @Inject
    SimulatedRegistries registries;

    @GET
    @Path("{subject: \\d{12}}")
    public Response find(@PathParam("registry") String registry, @PathParam("subject") String subject,
                         @QueryParam("procedure") String procedure) {
        SimulatedRegistries.Name name = name(registry);
        if (!registries.call(name)) {
            return Response.fromResponse(LoopbackOnly.problem(Response.Status.SERVICE_UNAVAILABLE,
                            "registry-down", "Registry down", "The registry '" + registry + "' is simulated down"))
                    .header("Retry-After", 5)
                    .build();
        }
        return registries.find(name, subject, procedure)
                .map(record -> Response.ok(record.toString(), MediaType.APPLICATION_JSON_TYPE).build())
                .orElseGet(() -> LoopbackOnly.problem(Response.Status.NOT_FOUND, "registry-no-record", "No record",
                        "The registry '" + registry + "' holds nothing on " + subject));
    }

    @GET
    @Path("outage")
    public SimulatedRegistries.Status status(@PathParam("registry") String registry) {
        return registries.status(name(registry));
    }

    @PUT
    @Path("outage")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response simulate(@PathParam("registry") String registry, Outage outage) {
        if (!Boolean.parseBoolean(ConfigurationDirectories.setting("licensing.demo.enabled").orElse("false"))) {
            return LoopbackOnly.problem(Response.Status.NOT_FOUND, "demo-disabled", "Demo mode is off",
                    "The outage switch exists only with licensing.demo.enabled=true");
        }
        if (outage == null) {
            return LoopbackOnly.problem(Response.Status.BAD_REQUEST, "request-invalid", "The switch is missing",
                    "Send {\"down\": true} or {\"down\": false}");
        }
        SimulatedRegistries.Name name = name(registry);
        registries.simulateOutage(name, outage.down());
        return Response.ok(registries.status(name)).build();
    }

    /** The path's pattern admits only known names. */
    private static SimulatedRegistries.Name name(String registry) {
        return SimulatedRegistries.Name.of(registry).orElseThrow();
    }
}
