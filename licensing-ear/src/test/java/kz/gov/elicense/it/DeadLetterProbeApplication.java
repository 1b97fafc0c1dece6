package kz.gov.elicense.it;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Set;

/** The desk test web module's API: only the dead-letter probe. */
@ApplicationPath("probe")
public class DeadLetterProbeApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(DeadLetterProbe.class);
    }
}
