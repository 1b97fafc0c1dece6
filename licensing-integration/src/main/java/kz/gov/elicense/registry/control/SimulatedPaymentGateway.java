package kz.gov.elicense.registry.control;

import jakarta.json.JsonObject;
import kz.gov.elicense.registry.entity.FeePayment;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The payment gateway as its seed file describes it, in memory, for the router's unit
 * tests. The deployed system asks the simulator over HTTP instead, which serves the same seed; the HTTP adapter
 * reads its answers with this class's reader.
 */
public class SimulatedPaymentGateway implements PaymentGateway {

    public static final String SEED = "fee-payments.json";

    private Map<String, List<FeePayment>> byPayer = Map.of();

    public SimulatedPaymentGateway(SimulatorSeed seed) {
        this.byPayer = read(seed);
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

    static FeePayment payment(JsonObject entry) {
        return new FeePayment(
                SimulatorSeed.identifier(entry, "payer"),
                SimulatorSeed.text(entry, "procedure"),
                SimulatorSeed.wholeNumber(entry, "amountKzt"),
                SimulatorSeed.dateTime(entry, "paidAt"),
                SimulatorSeed.text(entry, "receiptNo"));
    }
}
