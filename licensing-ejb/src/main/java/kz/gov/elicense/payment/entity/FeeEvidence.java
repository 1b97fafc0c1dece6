package kz.gov.elicense.payment.entity;

/** What shows that an application's licence fee is paid (§2 process 4, condition 2). */
public enum FeeEvidence {
    /** A payment order confirmed by the payment gateway's callback. */
    GATEWAY_PAYMENT,
    /** The FEE_PAYMENT question to E-licensing answered PAID. */
    REGISTRY_CHECK,
    /** The scanned receipt (FEE_RECEIPT) confirmed by the executor. */
    OFFICER_CONFIRMED_RECEIPT
}
