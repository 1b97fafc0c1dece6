package kz.gov.elicense.register.entity;

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
import jakarta.persistence.Version;

import java.time.LocalDate;

/** An entry of the licence register. */
@Entity
@Table(name = "licence")
@NamedQueries({
        @NamedQuery(name = Licence.BY_NUMBER, query = "select l from Licence l where l.number = :number"),
        @NamedQuery(name = Licence.BY_APPLICATION, query = "select l from Licence l where l.applicationId = :applicationId"),
        @NamedQuery(name = Licence.BY_HOLDER, query = "select l from Licence l where l.holderId = :holderId order by l.issueDate desc, l.id desc")
})
public class Licence {

    public static final String BY_NUMBER = "Licence.byNumber";
    public static final String BY_APPLICATION = "Licence.byApplication";
    public static final String BY_HOLDER = "Licence.byHolder";

    @Id
    @SequenceGenerator(name = "licence_seq", sequenceName = "licence_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "licence_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 20)
    private String number;

    /** BIN or IIN of the licensee. */
    @Column(name = "holder_id", nullable = false, length = 12)
    private String holderId;

    @Column(name = "holder_name", nullable = false, length = 500)
    private String holderName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 64)
    private Activity activity;

    @Column(nullable = false, length = 500)
    private String provider;

    @Column(name = "issue_date", nullable = false)
    private LocalDate issueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private LicenceStatus status;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    /** The signed licence document. */
    @Column(name = "document_id", nullable = false)
    private Long documentId;

    protected Licence() {
        // for JPA
    }

    public Licence(LicenceNumber number, String holderId, String holderName, Activity activity, String provider,
                   LocalDate issueDate, Long applicationId, Long documentId) {
        this.number = number.value();
        this.holderId = holderId;
        this.holderName = holderName;
        this.activity = activity;
        this.provider = provider;
        this.issueDate = issueDate;
        this.status = LicenceStatus.ACTIVE;
        this.applicationId = applicationId;
        this.documentId = documentId;
    }

    public Long id() {
        return id;
    }

    public LicenceNumber number() {
        return new LicenceNumber(number);
    }

    public String holderId() {
        return holderId;
    }

    public String holderName() {
        return holderName;
    }

    public Activity activity() {
        return activity;
    }

    public String provider() {
        return provider;
    }

    public LocalDate issueDate() {
        return issueDate;
    }

    public LicenceStatus status() {
        return status;
    }

    public Long applicationId() {
        return applicationId;
    }

    public Long documentId() {
        return documentId;
    }
}
