package kz.gov.elicense.counter.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import kz.gov.elicense.application.entity.ProcedureType;

import java.time.Instant;
import java.util.Objects;

/**
 * An officer's lookup of an applicant for one service at the counter (§3, step 3): who asked, for whom and when; its
 * registry questions are registry checks that point to it. Once the officer has entered the application on it, it
 * records that application and the officer, and serves no other.
 */
@Entity
@Table(name = "counter_lookup")
public class CounterLookup {

    @Id
    @SequenceGenerator(name = "counter_lookup_seq", sequenceName = "counter_lookup_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "counter_lookup_seq")
    private Long id;

    @Column(name = "procedure_type", nullable = false, length = 64)
    private String procedure;

    /** The BIN or IIN the officer entered. */
    @Column(name = "applicant_id", nullable = false, length = 12)
    private String applicantId;

    @Column(name = "requested_by", nullable = false, length = 100)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "application_number", length = 32)
    private String applicationNumber;

    /** The officer who entered the application at the counter. */
    @Column(name = "entered_by", length = 100)
    private String enteredBy;

    @Column(name = "entered_at")
    private Instant enteredAt;

    protected CounterLookup() {
        // for JPA
    }

    public CounterLookup(ProcedureType procedure, String applicantId, String requestedBy, Instant requestedAt) {
        this.procedure = procedure.code();
        this.applicantId = Objects.requireNonNull(applicantId, "applicantId");
        this.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
        this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
    }

    /** Records the application the officer entered on this lookup. */
    public void recordApplication(Long applicationId, String applicationNumber, String officer, Instant at) {
        if (isUsed()) {
            throw new IllegalStateException("Lookup " + id + " already served application " + this.applicationNumber);
        }
        this.applicationId = Objects.requireNonNull(applicationId, "applicationId");
        this.applicationNumber = Objects.requireNonNull(applicationNumber, "applicationNumber");
        this.enteredBy = Objects.requireNonNull(officer, "officer");
        this.enteredAt = Objects.requireNonNull(at, "at");
    }

    public boolean isUsed() {
        return applicationNumber != null;
    }

    public Long id() {
        return id;
    }

    public ProcedureType procedure() {
        return ProcedureType.of(procedure);
    }

    public String applicantId() {
        return applicantId;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Long applicationId() {
        return applicationId;
    }

    public String applicationNumber() {
        return applicationNumber;
    }

    public String enteredBy() {
        return enteredBy;
    }

    public Instant enteredAt() {
        return enteredAt;
    }
}
