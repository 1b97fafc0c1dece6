package kz.gov.elicense.application.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The idempotency key an applicant's portal sent with a submission, the SHA-256 of what was submitted under it and the
 * application it created. Keys belong to the signed-in applicant: two applicants may use the same key.
 */
@Entity
@Table(name = "submission_key")
@NamedQuery(name = SubmissionKey.BY_APPLICANT_AND_KEY,
        query = "select k from SubmissionKey k join fetch k.application where k.applicantId = :applicantId and k.key = :key")
public class SubmissionKey {

    public static final String BY_APPLICANT_AND_KEY = "SubmissionKey.byApplicantAndKey";
    public static final int MAX_LENGTH = 255;

    @Id
    @SequenceGenerator(name = "submission_key_seq", sequenceName = "submission_key_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "submission_key_seq")
    private Long id;

    @Column(name = "applicant_id", nullable = false, length = 12)
    private String applicantId;

    @Column(name = "idempotency_key", nullable = false, length = MAX_LENGTH)
    private String key;

    @Column(name = "request_sha256", nullable = false, length = 64)
    private String requestSha256;

    @ManyToOne(optional = false)
    @JoinColumn(name = "application_id", nullable = false)
    private Application application;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SubmissionKey() {
        // for JPA
    }

    public SubmissionKey(String applicantId, String key, String requestSha256, Application application,
                         Instant createdAt) {
        this.applicantId = applicantId;
        this.key = key;
        this.requestSha256 = requestSha256;
        this.application = application;
        this.createdAt = createdAt;
    }

    /** A key as the portal may send it: 1 to 255 visible ASCII characters (a UUID, typically). */
    public static boolean wellFormed(String key) {
        return key != null && !key.isEmpty() && key.length() <= MAX_LENGTH
                && key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e);
    }

    /** Whether a repeated submission under this key is the same request as the first. */
    public boolean sameRequest(String sha256) {
        return requestSha256.equals(sha256);
    }

    public String key() {
        return key;
    }

    public Application application() {
        return application;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
