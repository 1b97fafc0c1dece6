package kz.gov.elicense.application.entity;

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

/**
 * The result of a procedure as an electronic document signed with the EDS of the provider's authorised person
 * (regulation §5): a licence or a motivated refusal.
 * <p>
 * Written once: what was signed and how it verifies (content, signature, signer, validation material) is never
 * updated, a new issue, reissue or duplicate being a new document. The public lookups rely on that to remember a
 * verdict by the document's identity without reading its bytes (VerifiedSignatures).
 */
@Entity
@Table(name = "result_document")
@NamedQueries({
        @NamedQuery(name = ResultDocument.BY_APPLICATION,
                query = "select r from ResultDocument r where r.applicationId = :applicationId order by r.id")
})
public class ResultDocument {

    public static final String BY_APPLICATION = "ResultDocument.byApplication";

    @Id
    @SequenceGenerator(name = "result_document_seq", sequenceName = "result_document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "result_document_seq")
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ResultKind kind;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    /** Detached CMS signature over {@link #content}. */
    @Column(nullable = false, updatable = false)
    private byte[] signature;

    @Column(name = "signer_name", nullable = false, length = 500, updatable = false)
    private String signerName;

    @Column(name = "signer_iin", length = 12)
    private String signerIin;

    @Column(name = "signer_certificate_serial", nullable = false, length = 80, updatable = false)
    private String signerCertificateSerial;

    @Column(name = "signed_at", nullable = false, updatable = false)
    private Instant signedAt;

    /** Chain, revocation evidence and time stamp, so the document verifies after the certificate expired. */
    @Column(name = "validation_material", updatable = false)
    private byte[] validationMaterial;

    @Column(name = "time_stamped_at", updatable = false)
    private Instant timeStampedAt;

    protected ResultDocument() {
        // for JPA
    }

    public ResultDocument(Long applicationId, ResultKind kind, String mediaType, byte[] content, byte[] signature,
                          String signerName, String signerIin, String signerCertificateSerial, Instant signedAt) {
        this.applicationId = applicationId;
        this.kind = kind;
        this.mediaType = mediaType;
        this.content = content.clone();
        this.signature = signature.clone();
        this.signerName = signerName;
        this.signerIin = signerIin;
        this.signerCertificateSerial = signerCertificateSerial;
        this.signedAt = signedAt;
    }

    /** Before the document is stored only: a stored document's validation is part of what was verified. */
    public void recordValidation(byte[] material, Instant timeStampedAt) {
        if (id != null) {
            throw new IllegalStateException("Result document " + id + " is stored: its validation is not changed");
        }
        this.validationMaterial = material == null ? null : material.clone();
        this.timeStampedAt = timeStampedAt;
    }

    public byte[] validationMaterial() {
        return validationMaterial == null ? null : validationMaterial.clone();
    }

    public Instant timeStampedAt() {
        return timeStampedAt;
    }

    public Long id() {
        return id;
    }

    public Long applicationId() {
        return applicationId;
    }

    public ResultKind kind() {
        return kind;
    }

    public String mediaType() {
        return mediaType;
    }

    public byte[] content() {
        return content.clone();
    }

    public byte[] signature() {
        return signature.clone();
    }

    public String signerName() {
        return signerName;
    }

    public String signerIin() {
        return signerIin;
    }

    public String signerCertificateSerial() {
        return signerCertificateSerial;
    }

    public Instant signedAt() {
        return signedAt;
    }
}
