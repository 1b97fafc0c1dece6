package kz.gov.elicense.payment.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaymentOrderTest {

    private static final Instant ORDERED = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant PAID = ORDERED.plusSeconds(90);

    private static PaymentOrder order() {
        return new PaymentOrder("FEE-1", "SEC-2026-000001", "SECURITY_ACTIVITY_ISSUE", "150440001011", 43250,
                "http://gateway/payments/1", ORDERED);
    }

    @Test
    void theFirstMatchingReportConfirmsThePendingOrder() {
        PaymentOrder order = order();
        assertFalse(order.isConfirmed());
        assertEquals(CallbackDisposition.CONFIRMED, order.report("TX-1", 43250, "KZT", PAID));
        assertTrue(order.isConfirmed());
        assertEquals("TX-1", order.transactionId());
        assertEquals(PAID, order.confirmedAt());
    }

    @Test
    void theSameReportAgainChangesNothing() {
        PaymentOrder order = order();
        order.report("TX-1", 43250, "KZT", PAID);
        for (int i = 0; i < 10; i++) {
            assertEquals(CallbackDisposition.REPEATED, order.report("TX-1", 43250, "KZT", PAID.plusSeconds(i + 1)));
        }
        assertEquals(PAID, order.confirmedAt(), "the first confirmation stands");
    }

    @Test
    void anotherAmountCurrencyOrTransactionConflicts() {
        PaymentOrder order = order();
        assertEquals(CallbackDisposition.CONFLICTING, order.report("TX-1", 4325, "KZT", PAID));
        assertFalse(order.isConfirmed(), "a wrong amount confirms nothing");
        assertEquals(CallbackDisposition.CONFLICTING, order.report("TX-1", 43250, "USD", PAID));
        order.report("TX-1", 43250, "KZT", PAID);
        assertEquals(CallbackDisposition.CONFLICTING, order.report("TX-2", 43250, "KZT", PAID),
                "a second transaction for a paid order");
        assertEquals("TX-1", order.transactionId());
    }

    @Test
    void aFeeIsPositive() {
        assertThrows(IllegalArgumentException.class, () -> new PaymentOrder("FEE-1", "SEC-2026-000001",
                "SECURITY_ACTIVITY_ISSUE", "150440001011", 0, "http://gateway/payments/1", ORDERED));
    }
}
