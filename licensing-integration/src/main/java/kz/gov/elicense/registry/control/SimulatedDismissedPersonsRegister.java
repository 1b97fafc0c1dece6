package kz.gov.elicense.registry.control;

import jakarta.json.JsonObject;
import kz.gov.elicense.registry.entity.Dismissal;

import java.util.Map;
import java.util.Optional;

/**
 * The register of persons dismissed from security organisations as its seed file describes it, in memory, for the router's unit
 * tests. The deployed system asks the simulator over HTTP instead, which serves the same seed; the HTTP adapter
 * reads its answers with this class's reader.
 */
public class SimulatedDismissedPersonsRegister implements DismissedPersonsRegister {

    public static final String SEED = "dismissed-persons.json";

    private Map<String, Dismissal> byIin = Map.of();

    public SimulatedDismissedPersonsRegister(SimulatorSeed seed) {
        this.byIin = read(seed);
    }

    @Override
    public Optional<Dismissal> findByIin(String iin) {
        return Optional.ofNullable(byIin.get(iin));
    }

    private static Map<String, Dismissal> read(SimulatorSeed seed) {
        return seed.index(SimulatedDismissedPersonsRegister::dismissal, Dismissal::iin);
    }

    static Dismissal dismissal(JsonObject entry) {
        return new Dismissal(
                SimulatorSeed.identifier(entry, "iin"),
                SimulatorSeed.text(entry, "organisation"),
                SimulatorSeed.text(entry, "position"),
                SimulatorSeed.date(entry, "dismissalDate"),
                SimulatorSeed.text(entry, "reason"));
    }
}
