package kz.gov.elicense.registry.control;

import kz.gov.elicense.registry.entity.FeePayment;

import java.util.Optional;

/** Port to the payment gateway through which applicants pay licence fees. */
public interface PaymentGateway {

    /**
     * A confirmed fee payment by the payer.
     *
     * @param payer     BIN or IIN
     * @param procedure the licensing procedure the fee must be for, or {@code null} for a payment for any
     */
    Optional<FeePayment> findPayment(String payer, String procedure);
}
