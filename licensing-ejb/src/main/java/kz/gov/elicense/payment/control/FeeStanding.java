package kz.gov.elicense.payment.control;

import kz.gov.elicense.payment.entity.FeeEvidence;

import java.util.Optional;

/**
 * Whether an application's licence fee stands confirmed, and by what: a payment the gateway confirmed, E-licensing's
 * answer PAID to the FEE_PAYMENT question, or a receipt whose latest decision by the executor is a confirmation.
 * A rejected receipt does not undo a payment shown otherwise.
 */
public final class FeeStanding {

    private FeeStanding() {
    }

    /** {@code latestReceiptDecision}: empty when the executor has not decided on a receipt. */
    public static Optional<FeeEvidence> evidence(boolean gatewayPaymentConfirmed, boolean registryAnsweredPaid,
                                                 Optional<Boolean> latestReceiptDecision) {
        if (gatewayPaymentConfirmed) {
            return Optional.of(FeeEvidence.GATEWAY_PAYMENT);
        }
        if (registryAnsweredPaid) {
            return Optional.of(FeeEvidence.REGISTRY_CHECK);
        }
        if (latestReceiptDecision.orElse(false)) {
            return Optional.of(FeeEvidence.OFFICER_CONFIRMED_RECEIPT);
        }
        return Optional.empty();
    }
}
