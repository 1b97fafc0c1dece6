package kz.gov.elicense.observability.health;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.Map;

/** What the checks share: looking things up by name and turning a finding into a response. */
final class Checks {

    private Checks() {
    }

    static <T> T lookup(String name, Class<T> type) throws NamingException {
        return type.cast(InitialContext.doLookup(name));
    }

    static HealthCheckResponse response(String name, Probe.Finding finding) {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named(name).status(finding.up());
        finding.data().forEach(builder::withData);
        return builder.build();
    }

    static HealthCheckResponse down(String name, String reason, Map<String, String> data) {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named(name).down().withData("reason", reason);
        data.forEach(builder::withData);
        return builder.build();
    }

    /** The message of a failure and of its causes, short enough for a health response. */
    static String reason(Throwable failure) {
        StringBuilder reason = new StringBuilder();
        for (Throwable t = failure; t != null && reason.length() < 300; t = t.getCause()) {
            if (!reason.isEmpty()) {
                reason.append(" <- ");
            }
            reason.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                reason.append(": ").append(t.getMessage());
            }
        }
        return reason.length() > 300 ? reason.substring(0, 300) : reason.toString();
    }
}
