package kz.gov.elicense.observability.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.util.Map;

/**
 * The EDS can work: the trust anchors are loaded, the provider's signing key signs, the time-stamp authority answers.
 * The signature component judges that itself ({@value #PROBE}); this check only asks and reports.
 */
@Readiness
@ApplicationScoped
public class PkiReadiness implements HealthCheck {

    static final String NAME = "licensing-pki";
    /**
     * The probe's global name: the server calls health checks outside the application's naming context, where
     * {@code java:app} does not resolve. {@code licensing} is the EAR's name (its file, or application.xml's).
     */
    static final String PROBE = "java:global/licensing/licensing-ejb/PkiProbe!kz.gov.elicense.observability.health.Probe";

    @Override
    public HealthCheckResponse call() {
        try {
            return Checks.response(NAME, Checks.lookup(PROBE, Probe.class).probe());
        } catch (Exception failure) {
            return Checks.down(NAME, "the signature component does not answer: " + Checks.reason(failure), Map.of());
        }
    }
}
