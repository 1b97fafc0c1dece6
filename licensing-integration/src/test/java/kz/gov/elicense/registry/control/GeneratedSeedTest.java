package kz.gov.elicense.registry.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generated seeds: readable, reproducible, populous, and never in the way of the hand-written subjects. */
class GeneratedSeedTest {

    private static SimulatorSeed generated(String file) {
        return SimulatorSeed.fromResource("generated/" + file);
    }

    private static List<JsonObject> checkedIn(String file) {
        try (InputStream in = GeneratedSeedTest.class.getClassLoader()
                .getResourceAsStream(SimulatorSeed.FOLDER + "generated/" + file);
             JsonReader reader = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.readObject().getJsonArray("entries").getValuesAs(JsonObject.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyGeneratedEntryReadsAsTheRegistryWouldServeIt() {
        assertTrue(new SimulatedLegalEntityRegistry(generated(SimulatedLegalEntityRegistry.SEED)).findByBin("000000000000").isEmpty());
        new SimulatedIndividualRegistry(generated(SimulatedIndividualRegistry.SEED));
        new SimulatedDismissedPersonsRegister(generated(SimulatedDismissedPersonsRegister.SEED));
        new SimulatedPaymentGateway(generated(SimulatedPaymentGateway.SEED));
        new SimulatedSpecialAccounts(generated(SimulatedSpecialAccounts.CRIMINAL_RECORDS_SEED),
                generated(SimulatedSpecialAccounts.ADMINISTRATIVE_OFFENCES_SEED),
                generated(SimulatedSpecialAccounts.FORMAL_REQUESTS_SEED));
    }

    @Test
    void theCheckedInFilesAreWhatTheGeneratorWrites() {
        Map<String, List<JsonObject>> fresh = SeedGenerator.generate(SeedGenerator.curatedIdentifiers());
        fresh.forEach((file, entries) -> assertEquals(entries, checkedIn(file), file));
    }

    @Test
    void theRegistriesHoldSeveralHundredSubjectsWithEveryKindOfFinding() {
        assertTrue(generated(SimulatedLegalEntityRegistry.SEED).size() >= 300);
        assertTrue(generated(SimulatedIndividualRegistry.SEED).size() >= 500);
        assertTrue(generated(SimulatedSpecialAccounts.CRIMINAL_RECORDS_SEED).size() >= 10);
        assertTrue(generated(SimulatedSpecialAccounts.ADMINISTRATIVE_OFFENCES_SEED).size() >= 10);
        assertTrue(generated(SimulatedDismissedPersonsRegister.SEED).size() >= 5);
        int paid = generated(SimulatedPaymentGateway.SEED).size();
        int organisations = generated(SimulatedLegalEntityRegistry.SEED).size();
        assertTrue(paid > organisations / 2 && paid < organisations, "some organisations have not paid: " + paid);
    }

    @Test
    void noGeneratedSubjectRepeatsAHandWrittenOneSoTheirOutcomesStayAsDocumented() {
        Set<String> curated = SeedGenerator.curatedIdentifiers();
        Set<String> generatedKeys = new HashSet<>();
        generatedKeys.addAll(generated(SimulatedLegalEntityRegistry.SEED).index(e -> e.getString("bin"), k -> k).keySet());
        generatedKeys.addAll(generated(SimulatedIndividualRegistry.SEED).index(e -> e.getString("iin"), k -> k).keySet());
        generatedKeys.retainAll(curated);
        assertEquals(Set.of(), generatedKeys);
        assertTrue(curated.containsAll(List.of("150440001011", "160540002025", "170640003039", "190840005056",
                "200940006062", "211040007072", "750502401237", "850721403453")));
    }

    @Test
    void generatedIdentifiersCarryAValidCheckDigit() {
        generated(SimulatedIndividualRegistry.SEED).index(e -> e.getString("iin"), k -> k).keySet()
                .forEach(iin -> assertEquals(iin, SeedGenerator.withCheckDigit(iin.substring(0, 11))));
        assertNotNull(SeedGenerator.withCheckDigit("15044000101"));
        assertEquals("150440001011", SeedGenerator.withCheckDigit("15044000101"));
    }
}
