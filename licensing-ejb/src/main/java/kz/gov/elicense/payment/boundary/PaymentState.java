package kz.gov.elicense.payment.boundary;

import java.time.Instant;
import java.util.List;

/**
 * An application's licence fee as the applicant and the officers see it: whether the service takes a fee, whether
 * it stands confirmed and by what ({@code GATEWAY_PAYMENT}, {@code REGISTRY_CHECK}, {@code OFFICER_CONFIRMED_RECEIPT}),
 * the payment orders, the gateway's callbacks and the executor's decisions on the scanned receipt.
 */
public record PaymentState(boolean feeRequired, boolean feeConfirmed, String confirmedBy, List<Order> orders,
                           List<Callback> callbacks, List<ReceiptDecision> receiptDecisions) {

    /** A payment order; {@code paymentUrl} is where the payer pays at the gateway. */
    public record Order(String reference, long amount, String currency, String status, String paymentUrl,
                        Instant orderedAt, Instant confirmedAt, String transactionId) {
    }

    /** An authenticated callback of the gateway and what it did ({@code CONFIRMED}, {@code REPEATED}, …). */
    public record Callback(String reference, String transactionId, Long amount, String currency, String disposition,
                           Instant receivedAt) {
    }

    /** The executor's decision on the scanned fee receipt. */
    public record ReceiptDecision(boolean confirmed, String note, String decidedBy, Instant decidedAt) {
    }
}
