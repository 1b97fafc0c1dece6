package kz.gov.elicense.simulator.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Set;

/**
 * The simulated registries' root, beside the portal API rather than under its authenticated {@code /api/v1}: the
 * gateway calls them as a machine, with no user. Lists its classes so that it serves nothing of the portal.
 */
@ApplicationPath("registries")
public class RegistrySimulatorApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(SimulatedRegistriesResource.class, LoopbackOnly.class);
    }
}
