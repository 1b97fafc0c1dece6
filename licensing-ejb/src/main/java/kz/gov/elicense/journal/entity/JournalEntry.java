package kz.gov.elicense.journal.entity;

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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** One line of an office journal. Written once; a dispatch by post later adds its posting date. */
@Entity
@Table(name = "journal_entry")
@NamedQueries({
        @NamedQuery(name = JournalEntry.OF_APPLICATION,
                query = "select e from JournalEntry e where e.applicationNumber = :applicationNumber order by e.id"),
        @NamedQuery(name = JournalEntry.BETWEEN,
                query = "select e from JournalEntry e where e.journal = :journal and e.providerCode = :provider"
                        + " and e.recordedOn between :from and :to order by e.year, e.sequence"),
        @NamedQuery(name = JournalEntry.BETWEEN_IN_DIVISION,
                query = "select e from JournalEntry e where e.journal = :journal and e.providerCode = :provider"
                        + " and e.recordedOn between :from and :to and exists (select a.id from Application a"
                        + " where a.number = e.applicationNumber and a.division = :division)"
                        + " order by e.year, e.sequence")
})
public class JournalEntry {

    public static final String OF_APPLICATION = "JournalEntry.ofApplication";
    public static final String BETWEEN = "JournalEntry.between";
    /** The lines of one division: those about its applications (the numbering stays the provider's). */
    public static final String BETWEEN_IN_DIVISION = "JournalEntry.betweenInDivision";
    private static final DateTimeFormatter STAMP_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Id
    @SequenceGenerator(name = "journal_entry_seq", sequenceName = "journal_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "journal_entry_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "journal", nullable = false, length = 16)
    private JournalKind journal;

    @Column(name = "provider_code", nullable = false, length = 16)
    private String providerCode;

    @Column(name = "entry_year", nullable = false)
    private int year;

    @Column(name = "sequence_number", nullable = false)
    private long sequence;

    /** As written on the document, e.g. {@code 2026-000123}. */
    @Column(name = "number", nullable = false, length = 32)
    private String number;

    @Column(name = "recorded_on", nullable = false)
    private LocalDate recordedOn;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "application_number", length = 32)
    private String applicationNumber;

    /** From whom (incoming) or to whom (outgoing): name and BIN/IIN. */
    @Column(name = "correspondent", nullable = false, length = 600)
    private String correspondent;

    @Column(name = "subject", nullable = false, length = 1000)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(name = "dispatch_method", length = 16)
    private DispatchMethod dispatchMethod;

    @Column(name = "address", length = 500)
    private String address;

    protected JournalEntry() {
        // for JPA
    }

    public JournalEntry(JournalKind journal, String providerCode, int year, long sequence, LocalDate recordedOn,
                        Instant recordedAt, String recordedBy, String applicationNumber, String correspondent,
                        String subject, DispatchMethod dispatchMethod, String address) {
        this.journal = journal;
        this.providerCode = providerCode;
        this.year = year;
        this.sequence = sequence;
        this.number = String.format("%d-%06d", year, sequence);
        this.recordedOn = recordedOn;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
        this.applicationNumber = applicationNumber;
        this.correspondent = correspondent;
        this.subject = subject;
        this.dispatchMethod = dispatchMethod;
        this.address = address;
    }

    /**
     * The registration stamp in the state language, as put in the lower right corner of a received document:
     * the provider, "Кіріс №" with the incoming number and the date of receipt.
     */
    public String stamp() {
        return providerCode + " · Кіріс № " + number + " · " + STAMP_DATE.format(recordedOn);
    }

    public Long id() {
        return id;
    }

    public JournalKind journal() {
        return journal;
    }

    public String providerCode() {
        return providerCode;
    }

    public String number() {
        return number;
    }

    public LocalDate recordedOn() {
        return recordedOn;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public String applicationNumber() {
        return applicationNumber;
    }

    public String correspondent() {
        return correspondent;
    }

    public String subject() {
        return subject;
    }

    public DispatchMethod dispatchMethod() {
        return dispatchMethod;
    }

    public String address() {
        return address;
    }
}
