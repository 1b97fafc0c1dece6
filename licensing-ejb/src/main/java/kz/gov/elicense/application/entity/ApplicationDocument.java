package kz.gov.elicense.application.entity;

import jakarta.persistence.Basic;
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

/** A document the applicant attached; its SHA-256 is part of the signed form, so it cannot be swapped. */
@Entity
@Table(name = "application_document")
public class ApplicationDocument {

    @Id
    @SequenceGenerator(name = "application_document_seq", sequenceName = "application_document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_document_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false)
    private Application application;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 64)
    private DocumentKind kind;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    /** The applicant showed the paper original at the counter and this is the officer's scan of it (§3, step 4). */
    @Column(name = "presented_on_paper", nullable = false)
    private boolean presentedOnPaper;

    protected ApplicationDocument() {
        // for JPA
    }

    ApplicationDocument(Application application, DocumentKind kind, String fileName, String mediaType, byte[] content,
                        String sha256, LocalDate validUntil) {
        this.application = application;
        this.kind = kind;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.validUntil = validUntil;
    }

    public Long id() {
        return id;
    }

    public DocumentKind kind() {
        return kind;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public byte[] content() {
        return content.clone();
    }

    public String sha256() {
        return sha256;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    /** The officer marks the document as presented on paper at the counter. */
    public void markPresentedOnPaper() {
        this.presentedOnPaper = true;
    }

    public boolean presentedOnPaper() {
        return presentedOnPaper;
    }

    public boolean isExpiredOn(LocalDate day) {
        return validUntil != null && validUntil.isBefore(day);
    }
}
