package kz.gov.elicense.checks.control;

import kz.gov.elicense.checks.entity.RegistryCheck;

/** The port to the e-government gateway: sends a registry check; the answer comes back asynchronously. */
public interface RegistryRequests {

    /** Sends the question and returns the request exactly as sent, for the audit. */
    String send(RegistryCheck check, String procedure);
}
