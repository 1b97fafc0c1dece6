package kz.gov.elicense.payment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * The applicant's order to pay an application's licence fee through the payment gateway: the amount of the fee
 * schedule, the reference the gateway reports back, and, once the gateway's callback confirms it, its transaction.
 */
@Entity
@Table(name = "payment_order")
@NamedQueries({
        @NamedQuery(name = PaymentOrder.BY_APPLICATION,
                query = "select o from PaymentOrder o where o.applicationNumber = :number order by o.orderedAt, o.id"),
        @NamedQuery(name = PaymentOrder.BY_REFERENCE,
                query = "select o from PaymentOrder o where o.reference = :reference")
})
public class PaymentOrder {

    public static final String BY_APPLICATION = "PaymentOrder.byApplication";
    public static final String BY_REFERENCE = "PaymentOrder.byReference";
    public static final String CURRENCY = "KZT";

    @Id
    @SequenceGenerator(name = "payment_order_seq", sequenceName = "payment_order_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_order_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String reference;

    @Column(name = "application_number", nullable = false, length = 32)
    private String applicationNumber;

    @Column(name = "procedure_type", nullable = false, length = 64)
    private String procedure;

    @Column(name = "payer_id", nullable = false, length = 12)
    private String payerId;

    /** Whole tenge: the fee schedule has no tiyn. */
    @Column(nullable = false)
    private long amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PaymentStatus status;

    @Column(name = "payment_url", nullable = false, length = 500)
    private String paymentUrl;

    @Column(name = "ordered_at", nullable = false)
    private Instant orderedAt;

    @Column(name = "transaction_id", length = 100)
    private String transactionId;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    protected PaymentOrder() {
        // for JPA
    }

    public PaymentOrder(String reference, String applicationNumber, String procedure, String payerId, long amount,
                        String paymentUrl, Instant orderedAt) {
        if (amount <= 0) {
            throw new IllegalArgumentException("A fee is a positive amount, not " + amount);
        }
        this.reference = Objects.requireNonNull(reference);
        this.applicationNumber = Objects.requireNonNull(applicationNumber);
        this.procedure = Objects.requireNonNull(procedure);
        this.payerId = Objects.requireNonNull(payerId);
        this.amount = amount;
        this.currency = CURRENCY;
        this.paymentUrl = Objects.requireNonNull(paymentUrl);
        this.orderedAt = Objects.requireNonNull(orderedAt);
        this.status = PaymentStatus.PENDING;
    }

    /**
     * What a callback reporting this payment does: confirms a pending order whose amount and currency it matches,
     * repeats a confirmation of the same transaction, and conflicts with anything else.
     */
    public CallbackDisposition report(String transactionId, long paidAmount, String paidCurrency, Instant at) {
        if (paidAmount != amount || !currency.equals(paidCurrency)) {
            return CallbackDisposition.CONFLICTING;
        }
        if (status == PaymentStatus.CONFIRMED) {
            return this.transactionId.equals(transactionId) ? CallbackDisposition.REPEATED
                    : CallbackDisposition.CONFLICTING;
        }
        this.transactionId = Objects.requireNonNull(transactionId);
        this.confirmedAt = at;
        this.status = PaymentStatus.CONFIRMED;
        return CallbackDisposition.CONFIRMED;
    }

    public boolean isConfirmed() {
        return status == PaymentStatus.CONFIRMED;
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public String applicationNumber() {
        return applicationNumber;
    }

    public String procedure() {
        return procedure;
    }

    public String payerId() {
        return payerId;
    }

    public long amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public PaymentStatus status() {
        return status;
    }

    public String paymentUrl() {
        return paymentUrl;
    }

    public Instant orderedAt() {
        return orderedAt;
    }

    public String transactionId() {
        return transactionId;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }
}
