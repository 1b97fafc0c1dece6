package kz.gov.elicense.registry.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.elicense.registry.entity.AdministrativeOffence;
import kz.gov.elicense.registry.entity.CriminalRecord;
import kz.gov.elicense.registry.entity.Registry;
import kz.gov.elicense.registry.entity.SpecialAccountsAnswer;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The Committee on Legal Statistics and Special Accounts: three registries (criminal records,
 * administrative offences, formal requests), each at its own address and behind its own circuit breaker, asked over HTTP through {@link RegistryHttpClient}; the answer is read with the reader of the
 * seed format, which is the simulator's wire format too, so a real connector needs only its address configured.
 */
@ApplicationScoped
public class HttpSpecialAccounts implements SpecialAccounts {

    private final RegistryHttpClient client;

    /** For the CDI client proxy only. */
    protected HttpSpecialAccounts() {
        this(null);
    }

    @Inject
    public HttpSpecialAccounts(RegistryHttpClient client) {
        this.client = client;
    }

    @Override
    public Optional<CriminalRecord> criminalRecord(String iin) {
        return client.find(Registry.CRIMINAL_RECORDS, iin, Map.of()).map(SimulatedSpecialAccounts::criminalRecord);
    }

    @Override
    public Optional<AdministrativeOffence> administrativeOffence(String iinOrBin) {
        return client.find(Registry.ADMINISTRATIVE_OFFENCES, iinOrBin, Map.of())
                .map(SimulatedSpecialAccounts::administrativeOffence);
    }

    /** A BIN the committee has no record of is answered CLEAR by return. */
    @Override
    public SpecialAccountsAnswer answerFormalRequest(String bin) {
        return client.find(Registry.SPECIAL_ACCOUNTS, bin, Map.of())
                .map(SimulatedSpecialAccounts::formalAnswer)
                .orElseGet(() -> new SpecialAccountsAnswer(bin, null, Duration.ZERO));
    }
}
