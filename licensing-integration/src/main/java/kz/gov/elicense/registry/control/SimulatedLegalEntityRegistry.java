package kz.gov.elicense.registry.control;

import jakarta.json.JsonObject;
import kz.gov.elicense.registry.entity.LegalEntity;

import java.util.Map;
import java.util.Optional;

/**
 * The state database of legal entities as its seed file describes it, in memory, for the router's unit
 * tests. The deployed system asks the simulator over HTTP instead, which serves the same seed; the HTTP adapter
 * reads its answers with this class's reader.
 */
public class SimulatedLegalEntityRegistry implements LegalEntityRegistry {

    public static final String SEED = "legal-entities.json";

    private Map<String, LegalEntity> byBin = Map.of();

    public SimulatedLegalEntityRegistry(SimulatorSeed seed) {
        this.byBin = read(seed);
    }

    @Override
    public Optional<LegalEntity> findByBin(String bin) {
        return Optional.ofNullable(byBin.get(bin));
    }

    private static Map<String, LegalEntity> read(SimulatorSeed seed) {
        return seed.index(SimulatedLegalEntityRegistry::entity, LegalEntity::bin);
    }

    static LegalEntity entity(JsonObject entry) {
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
