package kz.gov.elicense.registry.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.json.JsonObject;
import kz.gov.elicense.registry.entity.Individual;

import java.util.Map;
import java.util.Optional;

/** Stands in for the state database of individuals until the real connector exists. */
@ApplicationScoped
public class SimulatedIndividualRegistry implements IndividualRegistry {

    public static final String SEED = "individuals.json";

    private Map<String, Individual> byIin = Map.of();

    /** For CDI: the seed is read in {@link #loadSeed()}. */
    public SimulatedIndividualRegistry() {
    }

    public SimulatedIndividualRegistry(SimulatorSeed seed) {
        this.byIin = read(seed);
    }

    @PostConstruct
    void loadSeed() {
        byIin = read(SimulatorSeed.fromResource(SEED));
    }

    /** Observing startup makes the container create the bean, so a broken seed fails the deployment. */
    void loadAtStartup(@Observes Startup startup) {
        // nothing more to do: creating the bean has read the seed
    }

    @Override
    public Optional<Individual> findByIin(String iin) {
        return Optional.ofNullable(byIin.get(iin));
    }

    private static Map<String, Individual> read(SimulatorSeed seed) {
        return seed.index(SimulatedIndividualRegistry::individual, Individual::iin);
    }

    private static Individual individual(JsonObject entry) {
        return new Individual(
                SimulatorSeed.identifier(entry, "iin"),
                SimulatorSeed.text(entry, "fullName"),
                SimulatorSeed.date(entry, "birthDate"));
    }
}
