package kz.gov.elicense.it;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The test web module's API: only the audit intruder. */
@ApplicationPath("tampering")
public class AuditTamperingApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(AuditTampering.class);
    }
}
