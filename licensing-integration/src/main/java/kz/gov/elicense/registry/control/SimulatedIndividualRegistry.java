package kz.gov.elicense.registry.control;

import jakarta.json.JsonObject;
import kz.gov.elicense.registry.entity.Individual;

import java.util.Map;
import java.util.Optional;

/**
 * The state database of individuals as its seed file describes it, in memory, for the router's unit
 * tests. The deployed system asks the simulator over HTTP instead, which serves the same seed; the HTTP adapter
 * reads its answers with this class's reader.
 */
public class SimulatedIndividualRegistry implements IndividualRegistry {

    public static final String SEED = "individuals.json";

    private Map<String, Individual> byIin = Map.of();

    public SimulatedIndividualRegistry(SimulatorSeed seed) {
        this.byIin = read(seed);
    }

    @Override
    public Optional<Individual> findByIin(String iin) {
        return Optional.ofNullable(byIin.get(iin));
    }

    private static Map<String, Individual> read(SimulatorSeed seed) {
        return seed.index(SimulatedIndividualRegistry::individual, Individual::iin);
    }

    static Individual individual(JsonObject entry) {
        return new Individual(
                SimulatorSeed.identifier(entry, "iin"),
                SimulatorSeed.text(entry, "fullName"),
                SimulatorSeed.date(entry, "birthDate"));
    }
}
