package kz.gov.elicense.payment.entity;

/** A payment order is pending until the gateway's authenticated callback confirms it. */
public enum PaymentStatus {
    PENDING,
    CONFIRMED
}
