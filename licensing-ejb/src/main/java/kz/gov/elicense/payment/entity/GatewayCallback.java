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

/**
 * An authenticated callback of the payment gateway as it came, and what it did: the record of every payment
 * report, including the repeated and the conflicting ones.
 */
@Entity
@Table(name = "payment_callback")
@NamedQueries({
        @NamedQuery(name = GatewayCallback.BY_APPLICATION,
                query = "select c from GatewayCallback c where c.applicationNumber = :number order by c.receivedAt, c.id")
})
public class GatewayCallback {

    public static final String BY_APPLICATION = "GatewayCallback.byApplication";

    @Id
    @SequenceGenerator(name = "payment_callback_seq", sequenceName = "payment_callback_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_callback_seq")
    private Long id;

    @Column(nullable = false, length = 64)
    private String reference;

    /** The order's application, when the reference names an order. */
    @Column(name = "application_number", length = 32)
    private String applicationNumber;

    @Column(name = "transaction_id", length = 100)
    private String transactionId;

    private Long amount;

    @Column(length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CallbackDisposition disposition;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(nullable = false, length = 4000)
    private String body;

    protected GatewayCallback() {
        // for JPA
    }

    public GatewayCallback(String reference, String applicationNumber, String transactionId, Long amount,
                           String currency, CallbackDisposition disposition, Instant receivedAt, String body) {
        this.reference = reference;
        this.applicationNumber = applicationNumber;
        this.transactionId = transactionId;
        this.amount = amount;
        this.currency = currency;
        this.disposition = disposition;
        this.receivedAt = receivedAt;
        this.body = body.length() > 4000 ? body.substring(0, 4000) : body;
    }

    public String reference() {
        return reference;
    }

    public String transactionId() {
        return transactionId;
    }

    public Long amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public CallbackDisposition disposition() {
        return disposition;
    }

    public Instant receivedAt() {
        return receivedAt;
    }
}
