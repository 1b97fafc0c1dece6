package kz.gov.elicense.weaponregistration.entity;

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
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A permit to store, or to store and carry, one weapon unit, issued on an application and signed with its cover
 * letter by the provider's authorised person. A later re-registration of the unit supersedes it.
 */
@Entity
@Table(name = "weapon_permit")
@NamedQueries({
        @NamedQuery(name = WeaponPermit.BY_NUMBER, query = "select p from WeaponPermit p where p.number = :number"),
        @NamedQuery(name = WeaponPermit.BY_APPLICATION,
                query = "select p from WeaponPermit p where p.applicationNumber = :applicationNumber")
})
public class WeaponPermit {

    public static final String BY_NUMBER = "WeaponPermit.byNumber";
    public static final String BY_APPLICATION = "WeaponPermit.byApplication";

    @Id
    @SequenceGenerator(name = "weapon_permit_seq", sequenceName = "weapon_permit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "weapon_permit_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private WeaponUnit unit;

    @Column(nullable = false, unique = true, length = 20)
    private String number;

    /** IIN of the individual or BIN of the legal entity that holds the weapon. */
    @Column(name = "holder_id", nullable = false, length = 12)
    private String holderId;

    @Column(name = "holder_name", nullable = false, length = 500)
    private String holderName;

    @Column(name = "holder_address", nullable = false, length = 500)
    private String holderAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PermitKind kind;

    @Column(name = "issue_date", nullable = false)
    private LocalDate issueDate;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Column(name = "provider", nullable = false, length = 500)
    private String provider;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Column(name = "application_number", nullable = false, length = 32)
    private String applicationNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PermitStatus status;

    @Column(name = "superseded_by", length = 20)
    private String supersededBy;

    @Column(name = "superseded_on")
    private LocalDate supersededOn;

    /** The signed paper permit (PDF) and its signed cover letter, results of the application. */
    @Column(name = "permit_document_id", nullable = false)
    private Long permitDocumentId;

    @Column(name = "cover_letter_document_id", nullable = false)
    private Long coverLetterDocumentId;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    /** What an issued permit records, as the signing transaction produced it. */
    public record Issue(PermitNumber number, String holderId, String holderName, String holderAddress, PermitKind kind,
                        LocalDate issueDate, LocalDate validUntil, String provider, Long applicationId,
                        String applicationNumber, Long permitDocumentId, Long coverLetterDocumentId,
                        Instant recordedAt, String recordedBy) {

        public Issue {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(issueDate, "issueDate");
            if (!validUntil.isAfter(issueDate)) {
                throw new IllegalArgumentException("a permit must be valid after its issue date");
            }
        }
    }

    protected WeaponPermit() {
        // for JPA
    }

    WeaponPermit(WeaponUnit unit, Issue issue) {
        this.unit = unit;
        this.number = issue.number().value();
        this.holderId = issue.holderId();
        this.holderName = issue.holderName();
        this.holderAddress = issue.holderAddress();
        this.kind = issue.kind();
        this.issueDate = issue.issueDate();
        this.validUntil = issue.validUntil();
        this.provider = issue.provider();
        this.applicationId = issue.applicationId();
        this.applicationNumber = issue.applicationNumber();
        this.permitDocumentId = issue.permitDocumentId();
        this.coverLetterDocumentId = issue.coverLetterDocumentId();
        this.recordedAt = issue.recordedAt();
        this.recordedBy = issue.recordedBy();
        this.status = PermitStatus.ACTIVE;
    }

    void supersede(String nextNumber, LocalDate on) {
        this.status = PermitStatus.SUPERSEDED;
        this.supersededBy = nextNumber;
        this.supersededOn = on;
    }

    public Long id() {
        return id;
    }

    public WeaponUnit unit() {
        return unit;
    }

    public String number() {
        return number;
    }

    public String holderId() {
        return holderId;
    }

    public String holderName() {
        return holderName;
    }

    public String holderAddress() {
        return holderAddress;
    }

    public PermitKind kind() {
        return kind;
    }

    public LocalDate issueDate() {
        return issueDate;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public String provider() {
        return provider;
    }

    public Long applicationId() {
        return applicationId;
    }

    public String applicationNumber() {
        return applicationNumber;
    }

    public PermitStatus status() {
        return status;
    }

    public String supersededBy() {
        return supersededBy;
    }

    public LocalDate supersededOn() {
        return supersededOn;
    }

    public Long permitDocumentId() {
        return permitDocumentId;
    }

    public Long coverLetterDocumentId() {
        return coverLetterDocumentId;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
