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
        @NamedQuery(name = Licence.BY_HOLDER, query = "select l from Licence l where l.holderId = :holderId order by l.issueDate desc, l.id desc"),
        // the public check in one statement: the entry, its application's number, its document's identity and
        // signer (not its bytes), one row per annex and current site (or one without)
        @NamedQuery(name = Licence.LOOKUP, query = "select l.number, l.holderId, l.holderName, l.activity,"
                + " l.provider, l.issueDate, l.status, a.number, d.id, d.signedAt, d.signerCertificateSerial,"
                + " d.signerName, x.number, x.subtype, x.nameKk, x.nameRu, x.status, x.issueDate,"
                + " s.id, s.kind, s.name, s.address"
                + " from Licence l left join l.annexes x left join l.sites s on s.removedOn is null,"
                + " Application a, ResultDocument d"
                + " where l.number = :number and a.id = l.applicationId and d.id = l.documentId"
                + " order by x.number, s.id")
})
public class Licence {

    public static final String BY_NUMBER = "Licence.byNumber";
    public static final String BY_APPLICATION = "Licence.byApplication";
    public static final String BY_HOLDER = "Licence.byHolder";
    public static final String LOOKUP = "Licence.lookup";

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

    @Column(name = "holder_address", length = 500)
    private String holderAddress;

    @OneToMany(mappedBy = "licence", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<LicenceEvent> history = new ArrayList<>();

    @OneToMany(mappedBy = "licence", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<LicenceAnnex> annexes = new ArrayList<>();

    @OneToMany(mappedBy = "licence", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<LicenceSite> sites = new ArrayList<>();

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
            default -> null;
        };
        if (next == null) {
            throw new IllegalStateException("Licence " + number + " is " + status + ": it cannot be " + operation);
        }
        status = next;
        if (next == LicenceStatus.TERMINATED) {
            annexes.forEach(LicenceAnnex::terminate);
        }
        history.add(new LicenceEvent(this, operation, legalBasis, effectiveDate, recordedAt, actor));
    }

    /**
     * Reissues the licence under its number: the holder's new name and address (null keeps them), the new signed
     * document, and the branches and objects as they now are (null keeps them). Not for a terminated licence.
     */
    public void reissue(ReissueReason reason, String detail, String newHolderName, String newHolderAddress,
                        List<Site> newSites, LocalDate date, Long applicationId, Long documentId, Instant recordedAt,
                        String actor) {
        requireNotTerminated(RegisterOperation.REISSUE);
        String before = holderName;
        if (newHolderName != null && !newHolderName.isBlank()) {
            holderName = newHolderName.strip();
        }
        if (newHolderAddress != null && !newHolderAddress.isBlank()) {
            holderAddress = newHolderAddress.strip();
        }
        if (newSites != null) {
            replaceSites(newSites, date);
        }
        this.documentId = documentId;
        String basis = "Reissued: " + reason.en() + (detail == null || detail.isBlank() ? "" : " — " + detail.strip())
                + (before.equals(holderName) ? "" : "; holder was «" + before + "»");
        history.add(new LicenceEvent(this, RegisterOperation.REISSUE, basis, date, recordedAt, actor, applicationId,
                documentId, null));
    }

    /** Records a duplicate of the licence document; the licence itself is unchanged. */
    public void duplicate(LocalDate date, Long applicationId, Long documentId, Instant recordedAt, String actor) {
        requireNotTerminated(RegisterOperation.DUPLICATE);
        history.add(new LicenceEvent(this, RegisterOperation.DUPLICATE, "Duplicate of the licence issued", date,
                recordedAt, actor, applicationId, documentId, null));
    }

    /** Adds an annex for a sub-type the licence does not cover yet; returns its number. */
    public int addAnnex(AnnexGrant grant, LocalDate date, Long applicationId, Long documentId, Instant recordedAt,
                        String actor) {
        requireNotTerminated(RegisterOperation.ANNEX_ISSUE);
        if (annexes.stream().anyMatch(a -> a.subtype().equals(grant.subtype()) && a.status() != LicenceStatus.TERMINATED)) {
            throw new IllegalStateException("Licence " + number + " already has an annex for " + grant.subtype());
        }
        int next = annexes.stream().mapToInt(LicenceAnnex::number).max().orElse(0) + 1;
        annexes.add(new LicenceAnnex(this, next, grant, date, applicationId, documentId));
        history.add(new LicenceEvent(this, RegisterOperation.ANNEX_ISSUE, "Annex " + next + ": " + grant.nameRu(), date,
                recordedAt, actor, applicationId, documentId, next));
        return next;
    }

    /** Reissues an annex: its new signed document, with the reason. */
    public void reissueAnnex(int annexNumber, ReissueReason reason, String detail, LocalDate date, Long applicationId,
                             Long documentId, Instant recordedAt, String actor) {
        LicenceAnnex annex = activeAnnex(annexNumber, RegisterOperation.ANNEX_REISSUE);
        annex.replaceDocument(documentId);
        history.add(new LicenceEvent(this, RegisterOperation.ANNEX_REISSUE, "Annex " + annexNumber + " reissued: "
                + reason.en() + (detail == null || detail.isBlank() ? "" : " — " + detail.strip()), date, recordedAt,
                actor, applicationId, documentId, annexNumber));
    }

    /** Records a duplicate of an annex document. */
    public void duplicateAnnex(int annexNumber, LocalDate date, Long applicationId, Long documentId, Instant recordedAt,
                               String actor) {
        activeAnnex(annexNumber, RegisterOperation.ANNEX_DUPLICATE);
        history.add(new LicenceEvent(this, RegisterOperation.ANNEX_DUPLICATE, "Duplicate of annex " + annexNumber,
                date, recordedAt, actor, applicationId, documentId, annexNumber));
    }

    /** The branches and objects as declared now: those no longer declared are removed, new ones added. */
    public void replaceSites(List<Site> declared, LocalDate on) {
        List<Site> current = currentSites();
        sites.stream().filter(LicenceSite::isCurrent).filter(s -> !declared.contains(s.site())).forEach(s -> s.remove(on));
        declared.stream().distinct().filter(s -> !current.contains(s)).forEach(s -> sites.add(new LicenceSite(this, s, on)));
    }

    public List<Site> currentSites() {
        return sites.stream().filter(LicenceSite::isCurrent).map(LicenceSite::site).toList();
    }

    public List<LicenceSite> sites() {
        return Collections.unmodifiableList(sites);
    }

    public List<LicenceAnnex> annexes() {
        return Collections.unmodifiableList(annexes);
    }

    public java.util.Optional<LicenceAnnex> annex(int annexNumber) {
        return annexes.stream().filter(a -> a.number() == annexNumber).findFirst();
    }

    /** The holder's legal address as the issuing application declared it (null keeps what is there). */
    public void reissueAddress(String address) {
        if (address != null && !address.isBlank()) {
            this.holderAddress = address.strip();
        }
    }

    public String holderAddress() {
        return holderAddress;
    }

    private LicenceAnnex activeAnnex(int annexNumber, RegisterOperation operation) {
        requireNotTerminated(operation);
        LicenceAnnex annex = annex(annexNumber)
                .orElseThrow(() -> new IllegalStateException("Licence " + number + " has no annex " + annexNumber));
        if (annex.status() == LicenceStatus.TERMINATED) {
            throw new IllegalStateException("Annex " + annexNumber + " of licence " + number + " is terminated");
        }
        return annex;
    }

    private void requireNotTerminated(RegisterOperation operation) {
        if (status == LicenceStatus.TERMINATED) {
            throw new IllegalStateException("Licence " + number + " is TERMINATED: it cannot be " + operation);
        }
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
