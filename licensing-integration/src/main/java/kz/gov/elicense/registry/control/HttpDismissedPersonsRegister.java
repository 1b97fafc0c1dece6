package kz.gov.elicense.registry.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.elicense.registry.entity.Dismissal;
import kz.gov.elicense.registry.entity.Registry;

import java.util.Map;
import java.util.Optional;

/**
 * The register of persons dismissed from security organisations over HTTP through {@link RegistryHttpClient}; the answer is read with the reader of the
 * seed format, which is the simulator's wire format too, so a real connector needs only its address configured.
 */
@ApplicationScoped
public class HttpDismissedPersonsRegister implements DismissedPersonsRegister {

    private final RegistryHttpClient client;

    /** For the CDI client proxy only. */
    protected HttpDismissedPersonsRegister() {
        this(null);
    }

    @Inject
    public HttpDismissedPersonsRegister(RegistryHttpClient client) {
        this.client = client;
    }

    @Override
    public Optional<Dismissal> findByIin(String iin) {
        return client.find(Registry.DISMISSED_PERSONS, iin, Map.of()).map(SimulatedDismissedPersonsRegister::dismissal);
    }
}
