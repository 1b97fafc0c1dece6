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

import java.time.LocalDate;

/** An annex to a licence: one sub-type of the licensed activity, numbered 1, 2, … within the licence. */
@Entity
@Table(name = "licence_annex")
public class LicenceAnnex {

    @Id
    @SequenceGenerator(name = "licence_annex_seq", sequenceName = "licence_annex_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "licence_annex_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "licence_id", nullable = false)
    private Licence licence;

    @Column(name = "annex_number", nullable = false)
    private int number;

    @Column(nullable = false, length = 64)
    private String subtype;

    @Column(name = "name_kk", nullable = false, length = 500)
    private String nameKk;

    @Column(name = "name_ru", nullable = false, length = 500)
    private String nameRu;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private LicenceStatus status;

    @Column(name = "issue_date", nullable = false)
    private LocalDate issueDate;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    /** The signed annex document now in force (the latest issue, reissue or duplicate). */
    @Column(name = "document_id", nullable = false)
    private Long documentId;

    protected LicenceAnnex() {
        // for JPA
    }

    LicenceAnnex(Licence licence, int number, AnnexGrant grant, LocalDate issueDate, Long applicationId, Long documentId) {
        this.licence = licence;
        this.number = number;
        this.subtype = grant.subtype();
        this.nameKk = grant.nameKk();
        this.nameRu = grant.nameRu();
        this.status = LicenceStatus.ACTIVE;
        this.issueDate = issueDate;
        this.applicationId = applicationId;
        this.documentId = documentId;
    }

    void replaceDocument(Long documentId) {
        this.documentId = documentId;
    }

    void terminate() {
        this.status = LicenceStatus.TERMINATED;
    }

    public int number() {
        return number;
    }

    public String subtype() {
        return subtype;
    }

    public String nameKk() {
        return nameKk;
    }

    public String nameRu() {
        return nameRu;
    }

    public LicenceStatus status() {
        return status;
    }

    public LocalDate issueDate() {
        return issueDate;
    }

    public Long documentId() {
        return documentId;
    }
}
