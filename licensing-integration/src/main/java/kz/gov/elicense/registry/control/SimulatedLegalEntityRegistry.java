package kz.gov.elicense.registry.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.json.JsonObject;
import kz.gov.elicense.registry.entity.LegalEntity;

import java.util.Map;
import java.util.Optional;

/** Stands in for the state database of legal entities until the real connector exists. */
@ApplicationScoped
public class SimulatedLegalEntityRegistry implements LegalEntityRegistry {

    public static final String SEED = "legal-entities.json";

    private Map<String, LegalEntity> byBin = Map.of();

    /** For CDI: the seed is read in {@link #loadSeed()}. */
    public SimulatedLegalEntityRegistry() {
    }

    public SimulatedLegalEntityRegistry(SimulatorSeed seed) {
        this.byBin = read(seed);
    }

    @PostConstruct
    void loadSeed() {
        byBin = read(SimulatorSeed.fromResource(SEED));
    }

    /** Observing startup makes the container create the bean, so a broken seed fails the deployment. */
    void loadAtStartup(@Observes Startup startup) {
        // nothing more to do: creating the bean has read the seed
    }

    @Override
    public Optional<LegalEntity> findByBin(String bin) {
        return Optional.ofNullable(byBin.get(bin));
    }

    private static Map<String, LegalEntity> read(SimulatorSeed seed) {
        return seed.index(SimulatedLegalEntityRegistry::entity, LegalEntity::bin);
    }

    private static LegalEntity entity(JsonObject entry) {
        return new LegalEntity(
                SimulatorSeed.identifier(entry, "bin"),
                SimulatorSeed.text(entry, "name"),
                SimulatorSeed.date(entry, "registrationDate"),
                SimulatorSeed.text(entry, "legalAddress"),
                SimulatorSeed.identifier(entry, "headIin"),
                SimulatorSeed.text(entry, "headName"),
                SimulatorSeed.constant(entry, "status", LegalEntity.Status.class));
    }
}
