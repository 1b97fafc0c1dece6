package kz.gov.elicense.payment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The executor's decision on the scanned fee receipt of an application: the money is (or is not) received as the
 * receipt says. The latest decision stands; earlier ones stay for the record.
 */
@Entity
@Table(name = "fee_receipt_decision")
@NamedQueries({
        @NamedQuery(name = ReceiptDecision.BY_APPLICATION,
                query = "select d from ReceiptDecision d where d.applicationNumber = :number order by d.decidedAt, d.id")
})
public class ReceiptDecision {

    public static final String BY_APPLICATION = "ReceiptDecision.byApplication";

    @Id
    @SequenceGenerator(name = "fee_receipt_decision_seq", sequenceName = "fee_receipt_decision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fee_receipt_decision_seq")
    private Long id;

    @Column(name = "application_number", nullable = false, length = 32)
    private String applicationNumber;

    @Column(nullable = false)
    private boolean confirmed;

    @Column(length = 2000)
    private String note;

    @Column(name = "decided_by", nullable = false, length = 100)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected ReceiptDecision() {
        // for JPA
    }

    public ReceiptDecision(String applicationNumber, boolean confirmed, String note, String decidedBy,
                           Instant decidedAt) {
        this.applicationNumber = applicationNumber;
        this.confirmed = confirmed;
        this.note = note;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public boolean confirmed() {
        return confirmed;
    }

    public String note() {
        return note;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
