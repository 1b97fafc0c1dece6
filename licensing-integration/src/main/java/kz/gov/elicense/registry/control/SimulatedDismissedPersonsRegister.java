package kz.gov.elicense.registry.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.json.JsonObject;
import kz.gov.elicense.registry.entity.Dismissal;

import java.util.Map;
import java.util.Optional;

/** Stands in for the register of persons dismissed from security organisations until the real connector exists. */
@ApplicationScoped
public class SimulatedDismissedPersonsRegister implements DismissedPersonsRegister {

    public static final String SEED = "dismissed-persons.json";

    private Map<String, Dismissal> byIin = Map.of();

    /** For CDI: the seed is read in {@link #loadSeed()}. */
    public SimulatedDismissedPersonsRegister() {
    }

    public SimulatedDismissedPersonsRegister(SimulatorSeed seed) {
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
    public Optional<Dismissal> findByIin(String iin) {
        return Optional.ofNullable(byIin.get(iin));
    }

    private static Map<String, Dismissal> read(SimulatorSeed seed) {
        return seed.index(SimulatedDismissedPersonsRegister::dismissal, Dismissal::iin);
    }

    private static Dismissal dismissal(JsonObject entry) {
        return new Dismissal(
                SimulatorSeed.identifier(entry, "iin"),
                SimulatorSeed.text(entry, "organisation"),
                SimulatorSeed.text(entry, "position"),
                SimulatorSeed.date(entry, "dismissalDate"),
                SimulatorSeed.text(entry, "reason"));
    }
}
