package kz.gov.elicense.registry.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.elicense.registry.entity.FeePayment;
import kz.gov.elicense.registry.entity.Registry;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The payment gateway over HTTP through {@link RegistryHttpClient}; the answer is read with the reader of the
 * seed format, which is the simulator's wire format too, so a real connector needs only its address configured.
 */
@ApplicationScoped
public class HttpPaymentGateway implements PaymentGateway {

    private final RegistryHttpClient client;

    /** For the CDI client proxy only. */
    protected HttpPaymentGateway() {
        this(null);
    }

    @Inject
    public HttpPaymentGateway(RegistryHttpClient client) {
        this.client = client;
    }

    @Override
    public Optional<FeePayment> findPayment(String payer, String procedure) {
        Map<String, String> query = new HashMap<>();
        query.put("procedure", procedure);
        return client.find(Registry.FEE_PAYMENTS, payer, query).map(SimulatedPaymentGateway::payment);
    }
}
