package kz.gov.elicense.checks.control;

import kz.gov.elicense.checks.entity.RegistryCheck;

/** The port to the e-government gateway: sends a registry check; the answer comes back asynchronously. */
public interface RegistryRequests {

    void send(RegistryCheck check, String procedure);
}
