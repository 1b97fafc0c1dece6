package kz.gov.elicense.payment.entity;

/** What an authenticated callback of the payment gateway did to its payment order. */
public enum CallbackDisposition {
    /** The order was pending and is now confirmed. */
    CONFIRMED,
    /** The same payment was reported again: nothing changed (gateways retry until they are answered). */
    REPEATED,
    /** The callback contradicts the order (another amount, currency or transaction): refused, kept for the record. */
    CONFLICTING,
    /** No order has this reference. */
    UNKNOWN_ORDER
}
