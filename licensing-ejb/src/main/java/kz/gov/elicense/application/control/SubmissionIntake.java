package kz.gov.elicense.application.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import kz.gov.elicense.application.boundary.PortalSubmission;
import kz.gov.elicense.application.entity.DocumentKind;
import kz.gov.elicense.problem.Rejection;
import kz.gov.elicense.signature.boundary.Signatures;
import kz.gov.elicense.signature.entity.ExpectedSigner;
import kz.gov.elicense.signature.entity.SignatureFailure;
import kz.gov.elicense.signature.entity.SignatureVerification;
import kz.gov.elicense.signature.entity.VerificationStatus;
import kz.gov.elicense.application.entity.Bin;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Takes a portal submission apart the same way for every procedure: reads and validates the signed form,
 * confirms the EDS (process 6 of §2) and matches the attachments to the digests the applicant signed.
 * Anything wrong is a {@link Rejection} with its precise reason, before anything is stored.
 */
@Dependent
public class SubmissionIntake {

    @Inject
    Validator validator;

    @Inject
    Signatures signatures;

    /** Reads the signed form as the procedure's form type and validates it. */
    public <F> F readForm(byte[] form, Class<F> type) {
        F parsed;
        try {
            parsed = FormJson.read(form, type);
        } catch (JsonbException e) {
            throw Rejection.invalid("form-unreadable", "The application form cannot be read",
                    "The signed form is not the JSON document this service expects: " + rootMessage(e));
        }
        if (parsed == null) {
            throw Rejection.invalid("form-unreadable", "The application form cannot be read", "The signed form is empty");
        }
        Set<ConstraintViolation<F>> violations = validator.validate(parsed);
        if (!violations.isEmpty()) {
            String detail = violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage())
                    .sorted()
                    .collect(Collectors.joining("; "));
            throw Rejection.invalid("form-invalid", "The application form breaks its format rules", detail);
        }
        return parsed;
    }

    /**
     * Confirms the applicant's EDS over the exact form bytes: valid, trusted, not revoked, in its validity
     * period, and carrying the BIN/IIN the application is made for, signed by someone entitled to sign for it.
     * An indeterminate result (e.g. no revocation status to be had) is returned, not refused: the caller holds
     * the application for a retry.
     */
    public Signatures.ReceivedSignature confirmSignature(PortalSubmission submission, ExpectedSigner expected) {
        Signatures.ReceivedSignature received = signatures.receiveApplicant(submission.form(), submission.signature(),
                expected);
        SignatureVerification verification = received.verification();
        if (verification.status() == VerificationStatus.INVALID) {
            throw Rejection.refused(problemType(verification.failure()), "EDS not confirmed", verification.reason());
        }
        return received;
    }

    public static kz.gov.elicense.application.entity.SignatureStatus statusOf(SignatureVerification verification) {
        return kz.gov.elicense.application.entity.SignatureStatus.valueOf(verification.status().name());
    }

    /** The validation material to keep with the application, or null when there is none. */
    public static byte[] materialOf(SignatureVerification verification) {
        return verification.material() == null ? null : verification.material().encode();
    }

    /** Who must have signed an application of this applicant: a legal entity's signatory, or the individual. */
    public static ExpectedSigner expectedSigner(String applicantId) {
        return Bin.isBin(applicantId) ? ExpectedSigner.organisationSignatory(applicantId) : ExpectedSigner.person(applicantId);
    }

    /** Matches each attachment to a document the applicant listed (and signed) by kind, name and SHA-256. */
    public List<AcceptedDocument> matchDocuments(PortalSubmission submission, List<SignedDocumentReference> signed) {
        List<AcceptedDocument> accepted = new ArrayList<>();
        List<PortalSubmission.Attachment> unmatched = new ArrayList<>(submission.attachments());
        for (SignedDocumentReference reference : signed) {
            DocumentKind kind = documentKind(reference.kind());
            PortalSubmission.Attachment attachment = unmatched.stream()
                    .filter(a -> reference.fileName().equals(a.fileName()))
                    .findFirst()
                    .orElseThrow(() -> Rejection.invalid("document-missing", "A listed document is not attached",
                            "The form lists " + reference.fileName() + " but no attachment has that name"));
            unmatched.remove(attachment);
            String digest = sha256(attachment.content());
            if (!digest.equals(reference.sha256())) {
                throw Rejection.invalid("document-digest-mismatch", "An attachment differs from the signed one",
                        "The SHA-256 of " + reference.fileName() + " is " + digest + ", the signed form says "
                                + reference.sha256());
            }
            if (attachment.kind() != null && !attachment.kind().equals(reference.kind())) {
                throw Rejection.invalid("document-kind-mismatch", "An attachment has another kind than signed",
                        reference.fileName() + " is attached as " + attachment.kind() + " but signed as " + reference.kind());
            }
            accepted.add(new AcceptedDocument(kind, attachment.fileName(), attachment.mediaType(), attachment.content(),
                    digest, reference.validUntil()));
        }
        if (!unmatched.isEmpty()) {
            throw Rejection.invalid("document-not-signed", "An attachment is not in the signed form",
                    "Not listed in the signed form: " + unmatched.stream().map(PortalSubmission.Attachment::fileName)
                            .collect(Collectors.joining(", ")));
        }
        return accepted;
    }

    private static DocumentKind documentKind(String kind) {
        try {
            return DocumentKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw Rejection.invalid("document-kind-unknown", "Unknown kind of document",
                    kind + " is not one of " + List.of(DocumentKind.values()));
        }
    }

    /** The stable problem type of each way an EDS can fail to be confirmed. */
    static String problemType(SignatureFailure failure) {
        return switch (failure) {
            case MALFORMED -> "signature-malformed";
            case SIGNATURE_INVALID -> "signature-invalid";
            case CERTIFICATE_UNTRUSTED -> "certificate-untrusted";
            case CERTIFICATE_EXPIRED -> "certificate-expired";
            case CERTIFICATE_NOT_YET_VALID -> "certificate-not-yet-valid";
            case KEY_USAGE -> "certificate-key-usage";
            case IDENTITY_MISMATCH -> "signer-identity-mismatch";
            case CERTIFICATE_REVOKED -> "certificate-revoked";
            case SIGNATORY_NOT_AUTHORISED -> "signatory-not-authorised";
            case SIGNER_NOT_ALLOWED -> "signer-not-allowed";
            case WEAK_KEY -> "signature-weak-key";
            case TIMESTAMP_INVALID -> "timestamp-invalid";
            case REVOCATION_UNKNOWN -> "revocation-unknown";
        };
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /** A document reference from a signed form. */
    public record SignedDocumentReference(String kind, String fileName, String sha256, java.time.LocalDate validUntil) {
    }

    /** An attachment that matched its signed reference. */
    public record AcceptedDocument(DocumentKind kind, String fileName, String mediaType, byte[] content, String sha256,
                                   java.time.LocalDate validUntil) {
    }
}
