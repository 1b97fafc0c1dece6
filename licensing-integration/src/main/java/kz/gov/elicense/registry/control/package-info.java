/**
 * Answering registry checks: the {@link kz.gov.elicense.registry.control.RegistryRequestRouter} that maps a check
 * to a registry port, the ports themselves ({@code LegalEntityRegistry}, {@code IndividualRegistry},
 * {@code SpecialAccounts}, {@code DismissedPersonsRegister}, {@code PaymentGateway}) and their simulators.
 * <p>
 * The ports take and return plain values so that a real connector, or a client of simulators moved behind
 * HTTP, can replace a {@code Simulated…} bean without touching the router. Each simulator reads its seed from
 * {@code simulators/*.json} once, when the application starts.
 */
package kz.gov.elicense.registry.control;
