package kz.gov.elicense.registry.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimulatorSeedTest {

    @ParameterizedTest
    @ValueSource(strings = {
            SimulatedLegalEntityRegistry.SEED, SimulatedIndividualRegistry.SEED,
            SimulatedSpecialAccounts.CRIMINAL_RECORDS_SEED, SimulatedSpecialAccounts.ADMINISTRATIVE_OFFENCES_SEED,
            SimulatedSpecialAccounts.FORMAL_REQUESTS_SEED, SimulatedDismissedPersonsRegister.SEED,
            SimulatedPaymentGateway.SEED})
    void everyDeployedSeedIsOnTheClassPathAndNotEmpty(String file) {
        assertTrue(SimulatorSeed.fromResource(file).size() > 0, file);
    }

    @Test
    void loadsTheSeededApplicants() {
        assertEquals(8, SimulatorSeed.fromResource(SimulatedLegalEntityRegistry.SEED).size());
        assertEquals(9, SimulatorSeed.fromResource(SimulatedIndividualRegistry.SEED).size());
    }

    @Test
    void aMissingSeedFileFailsLoudly() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SimulatorSeed.fromResource("no-such-registry.json"));

        assertTrue(e.getMessage().contains("simulators/no-such-registry.json"));
    }

    @Test
    void aSeedWithoutEntriesIsRejected() {
        assertThrows(IllegalStateException.class, () -> SimulatorSeed.parse("inline", "{\"rows\":[]}"));
    }

    @Test
    void anIncompleteEntryIsReportedWithItsPositionAndField() {
        SimulatorSeed seed = SimulatorSeed.parse("people.json", """
                {"entries":[
                  {"iin":"800101300125","fullName":"Ахметов Нурлан Серикович","birthDate":"1980-01-01"},
                  {"iin":"750502401237","birthDate":"1975-05-02"}]}
                """);

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new SimulatedIndividualRegistry(seed));

        assertTrue(e.getMessage().contains("people.json, entry 2"), e.getMessage());
        assertTrue(e.getMessage().contains("fullName"), e.getMessage());
    }

    @Test
    void aRepeatedKeyIsRejected() {
        SimulatorSeed seed = SimulatorSeed.parse("people.json", """
                {"entries":[
                  {"iin":"800101300125","fullName":"Ахметов Нурлан Серикович","birthDate":"1980-01-01"},
                  {"iin":"800101300125","fullName":"Ахметов Нурлан","birthDate":"1980-01-01"}]}
                """);

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new SimulatedIndividualRegistry(seed));

        assertTrue(e.getMessage().contains("duplicate key 800101300125"), e.getMessage());
    }

    @Test
    void anIdentifierThatIsNotTwelveDigitsIsRejected() {
        SimulatorSeed seed = SimulatorSeed.parse("people.json",
                "{\"entries\":[{\"iin\":\"80010130012\",\"fullName\":\"X\",\"birthDate\":\"1980-01-01\"}]}");

        assertThrows(IllegalStateException.class, () -> new SimulatedIndividualRegistry(seed));
    }

    @Test
    void aMalformedDateIsRejected() {
        SimulatorSeed seed = SimulatorSeed.parse("people.json",
                "{\"entries\":[{\"iin\":\"800101300125\",\"fullName\":\"X\",\"birthDate\":\"01.01.1980\"}]}");

        assertThrows(IllegalStateException.class, () -> new SimulatedIndividualRegistry(seed));
    }

    @Test
    void aFeeAmountMustBeWholeTenge() {
        SimulatorSeed seed = SimulatorSeed.parse("payments.json", """
                {"entries":[{"payer":"150440001011","procedure":"SECURITY_ACTIVITY_ISSUE","amountKzt":43250.5,
                  "paidAt":"2026-11-02T10:15:42+05:00","receiptNo":"PGW-1"}]}
                """);

        assertThrows(IllegalStateException.class, () -> new SimulatedPaymentGateway(seed));
    }
}
