package kz.gov.elicense.registry.control;

import jakarta.json.JsonObject;
import kz.gov.elicense.registry.entity.AdministrativeOffence;
import kz.gov.elicense.registry.entity.CriminalRecord;
import kz.gov.elicense.registry.entity.SpecialAccountsAnswer;
import kz.gov.elicense.registry.entity.SpecialAccountsFinding;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The Committee on Legal Statistics and Special Accounts as its seed files describe it, in memory: the router's unit
 * tests use it, and {@link HttpSpecialAccounts} reads the simulator's HTTP answers (the same JSON) with its readers.
 * <p>
 * Organisations whose seed entry says {@code "answerDelayed": true} get their formal-request answer after the
 * number of seconds in the system property {@value #DELAY_PROPERTY} (default {@value #DEFAULT_DELAY_SECONDS}),
 * so the procedure's waiting state
 * can be seen and tested. The property is read on every request, so it can be changed on a running server.
 */
public class SimulatedSpecialAccounts implements SpecialAccounts {

    public static final String CRIMINAL_RECORDS_SEED = "criminal-records.json";
    public static final String ADMINISTRATIVE_OFFENCES_SEED = "administrative-offences.json";
    public static final String FORMAL_REQUESTS_SEED = "special-accounts.json";

    /** System property with the delay of the late answer; MicroProfile Config is not available. */
    public static final String DELAY_PROPERTY = "licensing.simulator.special-accounts.delay-seconds";
    public static final long DEFAULT_DELAY_SECONDS = 20;

    private static final System.Logger LOG = System.getLogger(SimulatedSpecialAccounts.class.getName());

    private Map<String, CriminalRecord> criminalRecords = Map.of();
    private Map<String, AdministrativeOffence> administrativeOffences = Map.of();
    private Map<String, FormalRequestAnswer> formalRequestAnswers = Map.of();

    /** What the seed says about an organisation; a null finding means the committee has nothing on record. */
    private record FormalRequestAnswer(String bin, SpecialAccountsFinding finding, boolean delayed) {
    }

    public SimulatedSpecialAccounts(SimulatorSeed criminalRecords, SimulatorSeed administrativeOffences,
                                    SimulatorSeed formalRequestAnswers) {
        read(criminalRecords, administrativeOffences, formalRequestAnswers);
    }

    @Override
    public Optional<CriminalRecord> criminalRecord(String iin) {
        return Optional.ofNullable(criminalRecords.get(iin));
    }

    @Override
    public Optional<AdministrativeOffence> administrativeOffence(String iinOrBin) {
        return Optional.ofNullable(administrativeOffences.get(iinOrBin));
    }

    @Override
    public SpecialAccountsAnswer answerFormalRequest(String bin) {
        FormalRequestAnswer seeded = formalRequestAnswers.get(bin);
        if (seeded == null) {
            return new SpecialAccountsAnswer(bin, null, Duration.ZERO);
        }
        return answerOf(seeded);
    }

    /** The committee's answer as a seed entry (or the simulator's HTTP answer, which is the same JSON) gives it. */
    static SpecialAccountsAnswer formalAnswer(JsonObject entry) {
        return answerOf(formalRequestAnswer(entry));
    }

    private static SpecialAccountsAnswer answerOf(FormalRequestAnswer seeded) {
        return new SpecialAccountsAnswer(seeded.bin(), seeded.finding(),
                seeded.delayed() ? lateAnswerDelay() : Duration.ZERO);
    }

    /** How long a late answer takes, per {@value #DELAY_PROPERTY}; a bad value falls back to the default. */
    public static Duration lateAnswerDelay() {
        String configured = System.getProperty(DELAY_PROPERTY);
        if (configured == null || configured.isBlank()) {
            return Duration.ofSeconds(DEFAULT_DELAY_SECONDS);
        }
        try {
            long seconds = Long.parseLong(configured.trim());
            if (seconds >= 0) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // reported below together with the negative case
        }
        LOG.log(System.Logger.Level.WARNING, "Ignoring {0}={1}: not a whole number of seconds >= 0; using {2}",
                DELAY_PROPERTY, configured, DEFAULT_DELAY_SECONDS);
        return Duration.ofSeconds(DEFAULT_DELAY_SECONDS);
    }

    private void read(SimulatorSeed criminal, SimulatorSeed administrative, SimulatorSeed formal) {
        criminalRecords = criminal.index(SimulatedSpecialAccounts::criminalRecord, CriminalRecord::iin);
        administrativeOffences = administrative.index(SimulatedSpecialAccounts::administrativeOffence,
                AdministrativeOffence::subject);
        formalRequestAnswers = formal.index(SimulatedSpecialAccounts::formalRequestAnswer, FormalRequestAnswer::bin);
    }

    static CriminalRecord criminalRecord(JsonObject entry) {
        return new CriminalRecord(
                SimulatorSeed.identifier(entry, "iin"),
                SimulatorSeed.constant(entry, "kind", CriminalRecord.Kind.class),
                SimulatorSeed.text(entry, "article"),
                SimulatorSeed.date(entry, "recordedOn"),
                SimulatorSeed.text(entry, "authority"));
    }

    static AdministrativeOffence administrativeOffence(JsonObject entry) {
        return new AdministrativeOffence(
                SimulatorSeed.identifier(entry, "subject"),
                SimulatorSeed.text(entry, "article"),
                SimulatorSeed.date(entry, "decidedOn"),
                SimulatorSeed.text(entry, "authority"),
                SimulatorSeed.text(entry, "penalty"));
    }

    private static FormalRequestAnswer formalRequestAnswer(JsonObject entry) {
        String bin = SimulatorSeed.identifier(entry, "bin");
        String finding = SimulatorSeed.textOrNull(entry, "finding");
        return new FormalRequestAnswer(bin,
                finding == null ? null : new SpecialAccountsFinding(bin, finding, SimulatorSeed.date(entry, "registeredOn")),
                SimulatorSeed.flag(entry, "answerDelayed"));
    }
}
