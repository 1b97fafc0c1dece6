package kz.gov.elicense.registry.control;

/** The simulators as deployed, read from the seed files under {@code simulators/}, without a container. */
final class SeededRegistries {

    private SeededRegistries() {
    }

    static SimulatedSpecialAccounts specialAccounts() {
        return new SimulatedSpecialAccounts(
                SimulatorSeed.fromResource(SimulatedSpecialAccounts.CRIMINAL_RECORDS_SEED),
                SimulatorSeed.fromResource(SimulatedSpecialAccounts.ADMINISTRATIVE_OFFENCES_SEED),
                SimulatorSeed.fromResource(SimulatedSpecialAccounts.FORMAL_REQUESTS_SEED));
    }

    static RegistryRequestRouter router() {
        return new RegistryRequestRouter(
                new SimulatedLegalEntityRegistry(SimulatorSeed.fromResource(SimulatedLegalEntityRegistry.SEED)),
                new SimulatedIndividualRegistry(SimulatorSeed.fromResource(SimulatedIndividualRegistry.SEED)),
                specialAccounts(),
                new SimulatedDismissedPersonsRegister(SimulatorSeed.fromResource(SimulatedDismissedPersonsRegister.SEED)),
                new SimulatedPaymentGateway(SimulatorSeed.fromResource(SimulatedPaymentGateway.SEED)));
    }
}
