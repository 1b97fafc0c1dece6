package kz.gov.elicense.observability.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

import java.util.Map;

/**
 * The application is deployed and its EJB module is there: its session bean can be looked up. Cheap: nothing
 * is called, so a slow PKI makes the application unready, never restarted.
 */
@Liveness
@ApplicationScoped
public class DeploymentLiveness implements HealthCheck {

    static final String NAME = "licensing-deployment";

    @Override
    public HealthCheckResponse call() {
        try {
            Checks.lookup(PkiReadiness.PROBE, Probe.class);
            return HealthCheckResponse.named(NAME).up().withData("since", Heartbeats.started().toString()).build();
        } catch (Exception failure) {
            return Checks.down(NAME, "the EJB module is not deployed: " + Checks.reason(failure), Map.of());
        }
    }
}
