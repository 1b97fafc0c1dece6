package kz.gov.elicense.register.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** One operation in a licence's history: what, on what legal basis, effective when, recorded by whom. */
@Entity
@Table(name = "licence_event")
public class LicenceEvent {

    @Id
    @SequenceGenerator(name = "licence_event_seq", sequenceName = "licence_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "licence_event_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "licence_id", nullable = false)
    private Licence licence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private RegisterOperation operation;

    @Column(name = "legal_basis", nullable = false, length = 1000)
    private String legalBasis;

    @Column(name = "effective_date", nullable = false)
    private LocalDate effectiveDate;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(nullable = false, length = 100)
    private String actor;

    /** The application the operation was made on (issue, reissue, duplicate, annexes), if any. */
    @Column(name = "application_id")
    private Long applicationId;

    /** The signed document the operation produced, if any. */
    @Column(name = "document_id")
    private Long documentId;

    /** The annex the operation concerns, if any. */
    @Column(name = "annex_number")
    private Integer annexNumber;

    protected LicenceEvent() {
        // for JPA
    }

    LicenceEvent(Licence licence, RegisterOperation operation, String legalBasis, LocalDate effectiveDate,
                 Instant recordedAt, String actor) {
        this.licence = licence;
        this.operation = operation;
        this.legalBasis = legalBasis;
        this.effectiveDate = effectiveDate;
        this.recordedAt = recordedAt;
        this.actor = actor;
    }

    LicenceEvent(Licence licence, RegisterOperation operation, String legalBasis, LocalDate effectiveDate,
                 Instant recordedAt, String actor, Long applicationId, Long documentId, Integer annexNumber) {
        this(licence, operation, legalBasis, effectiveDate, recordedAt, actor);
        this.applicationId = applicationId;
        this.documentId = documentId;
        this.annexNumber = annexNumber;
    }

    public Long applicationId() {
        return applicationId;
    }

    public Long documentId() {
        return documentId;
    }

    public Integer annexNumber() {
        return annexNumber;
    }

    public RegisterOperation operation() {
        return operation;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public LocalDate effectiveDate() {
        return effectiveDate;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String actor() {
        return actor;
    }
}
