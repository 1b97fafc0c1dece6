package kz.gov.elicense.registry.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.elicense.registry.entity.LegalEntity;
import kz.gov.elicense.registry.entity.Registry;

import java.util.Map;
import java.util.Optional;

/**
 * The state database of legal entities (ГБД ЮЛ) over HTTP through {@link RegistryHttpClient}; the answer is read with the reader of the
 * seed format, which is the simulator's wire format too, so a real connector needs only its address configured.
 */
@ApplicationScoped
public class HttpLegalEntityRegistry implements LegalEntityRegistry {

    private final RegistryHttpClient client;

    /** For the CDI client proxy only. */
    protected HttpLegalEntityRegistry() {
        this(null);
    }

    @Inject
    public HttpLegalEntityRegistry(RegistryHttpClient client) {
        this.client = client;
    }

    @Override
    public Optional<LegalEntity> findByBin(String bin) {
        return client.find(Registry.LEGAL_ENTITIES, bin, Map.of()).map(SimulatedLegalEntityRegistry::entity);
    }
}
