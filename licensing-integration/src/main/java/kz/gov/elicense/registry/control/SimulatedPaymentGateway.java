package kz.gov.elicense.registry.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.json.JsonObject;
import kz.gov.elicense.registry.entity.FeePayment;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Stands in for the payment gateway until the real connector exists. */
@ApplicationScoped
public class SimulatedPaymentGateway implements PaymentGateway {

    public static final String SEED = "fee-payments.json";

    private Map<String, List<FeePayment>> byPayer = Map.of();

    /** For CDI: the seed is read in {@link #loadSeed()}. */
    public SimulatedPaymentGateway() {
    }

    public SimulatedPaymentGateway(SimulatorSeed seed) {
        this.byPayer = read(seed);
    }

    @PostConstruct
    void loadSeed() {
        byPayer = read(SimulatorSeed.fromResource(SEED));
    }

    /** Observing startup makes the container create the bean, so a broken seed fails the deployment. */
    void loadAtStartup(@Observes Startup startup) {
        // nothing more to do: creating the bean has read the seed
    }

    @Override
    public Optional<FeePayment> findPayment(String payer, String procedure) {
        // the latest matching payment is the one a cashier would show
        return byPayer.getOrDefault(payer, List.of()).stream()
                .filter(payment -> procedure == null || payment.procedure().equals(procedure))
                .max(Comparator.comparing(FeePayment::paidAt));
    }

    private static Map<String, List<FeePayment>> read(SimulatorSeed seed) {
        // one payment per payer and procedure, so a repeated pair in the seed is a mistake
        return seed.index(SimulatedPaymentGateway::payment, payment -> payment.payer() + "/" + payment.procedure())
                .values().stream()
                .collect(Collectors.groupingBy(FeePayment::payer, Collectors.toUnmodifiableList()));
    }

    private static FeePayment payment(JsonObject entry) {
        return new FeePayment(
                SimulatorSeed.identifier(entry, "payer"),
                SimulatorSeed.text(entry, "procedure"),
                SimulatorSeed.wholeNumber(entry, "amountKzt"),
                SimulatorSeed.dateTime(entry, "paidAt"),
                SimulatorSeed.text(entry, "receiptNo"));
    }
}
