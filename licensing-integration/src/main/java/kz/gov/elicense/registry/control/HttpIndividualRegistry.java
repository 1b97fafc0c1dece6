package kz.gov.elicense.registry.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.elicense.registry.entity.Individual;
import kz.gov.elicense.registry.entity.Registry;

import java.util.Map;
import java.util.Optional;

/**
 * The state database of individuals (ГБД ФЛ) over HTTP through {@link RegistryHttpClient}; the answer is read with the reader of the
 * seed format, which is the simulator's wire format too, so a real connector needs only its address configured.
 */
@ApplicationScoped
public class HttpIndividualRegistry implements IndividualRegistry {

    private final RegistryHttpClient client;

    /** For the CDI client proxy only. */
    protected HttpIndividualRegistry() {
        this(null);
    }

    @Inject
    public HttpIndividualRegistry(RegistryHttpClient client) {
        this.client = client;
    }

    @Override
    public Optional<Individual> findByIin(String iin) {
        return client.find(Registry.INDIVIDUALS, iin, Map.of()).map(SimulatedIndividualRegistry::individual);
    }
}
