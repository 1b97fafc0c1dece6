package kz.gov.elicense.registry.entity;

import java.time.OffsetDateTime;

/**
 * A licence fee payment confirmed by the payment gateway.
 *
 * @param payer     BIN or IIN of the payer
 * @param procedure the licensing procedure the fee was paid for
 * @param amountKzt amount in whole tenge
 * @param paidAt    when the gateway confirmed the payment
 * @param receiptNo the gateway's receipt number
 */
public record FeePayment(String payer, String procedure, long amountKzt, OffsetDateTime paidAt, String receiptNo) {
}
