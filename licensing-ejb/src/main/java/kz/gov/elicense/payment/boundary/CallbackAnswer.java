package kz.gov.elicense.payment.boundary;

/** What a callback of the payment gateway did: its {@code disposition} and the order's status afterwards. */
public record CallbackAnswer(String reference, String disposition, String orderStatus) {

    public boolean conflicting() {
        return "CONFLICTING".equals(disposition);
    }

    public boolean unknownOrder() {
        return "UNKNOWN_ORDER".equals(disposition);
    }
}
