package kz.gov.elicense.observability.health;

import java.util.Map;

/**
 * A module's own answer to a health check, for state this library cannot see (its classes are the EJB module's).
 * Implemented by a session bean with this as its local view; the check looks it up by name.
 */
public interface Probe {

    Finding probe();

    /** Up or down, with what the operator should read (the reason when down). */
    record Finding(boolean up, Map<String, String> data) {

        public Finding {
            data = Map.copyOf(data);
        }
    }
}
