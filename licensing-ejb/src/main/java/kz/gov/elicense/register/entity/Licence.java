package kz.gov.elicense.register.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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

    @OneToMany(mappedBy = "licence", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<LicenceEvent> history = new ArrayList<>();

    protected Licence() {
        // for JPA
    }

    public Licence(LicenceNumber number, String holderId, String holderName, Activity activity, String provider,
                   LocalDate issueDate, Long applicationId, Long documentId, Instant recordedAt, String actor) {
        this.number = number.value();
        this.holderId = holderId;
        this.holderName = holderName;
        this.activity = activity;
        this.provider = provider;
        this.issueDate = issueDate;
        this.status = LicenceStatus.ACTIVE;
        this.applicationId = applicationId;
        this.documentId = documentId;
        history.add(new LicenceEvent(this, RegisterOperation.ISSUE, "Issued on application", issueDate, recordedAt,
                actor));
    }

    /**
     * Applies a register operation with its legal basis and date: suspension of an active licence, resumption of
     * a suspended one, termination of one not yet terminated.
     *
     * @throws IllegalStateException when the licence's status does not allow it
     */
    public void apply(RegisterOperation operation, String legalBasis, LocalDate effectiveDate, Instant recordedAt,
                      String actor) {
        LicenceStatus next = switch (operation) {
            case SUSPEND -> status == LicenceStatus.ACTIVE ? LicenceStatus.SUSPENDED : null;
            case RESUME -> status == LicenceStatus.SUSPENDED ? LicenceStatus.ACTIVE : null;
            case TERMINATE -> status != LicenceStatus.TERMINATED ? LicenceStatus.TERMINATED : null;
            case ISSUE -> null;
        };
        if (next == null) {
            throw new IllegalStateException("Licence " + number + " is " + status + ": it cannot be " + operation);
        }
        status = next;
        history.add(new LicenceEvent(this, operation, legalBasis, effectiveDate, recordedAt, actor));
    }

    public List<LicenceEvent> history() {
        return Collections.unmodifiableList(history);
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
