package kz.gov.elicense.signature.entity;

import java.time.Instant;
import java.util.Objects;

/**
 * The outcome of verifying a signature.
 *
 * @param status      VALID, INVALID or INDETERMINATE; determined by {@code failure}
 * @param failure     the check that decided a non-valid outcome, {@code null} when valid
 * @param reason      a precise English sentence, for logs and for the applicant
 * @param signer      who the certificate in the signature names; {@code null} if the signature could not be
 *                    read that far. On a failed verification it is what the signature <em>claims</em>, not
 *                    an authenticated identity.
 * @param signingTime when time-stamped: the time-stamp authority's time, which certificate validity and revocation
 *                    were judged at. Otherwise the signing-time signed attribute, {@code null} if absent or if the
 *                    signature itself did not verify; that is the signer's own clock, so it documents rather than
 *                    proves when the signature was made
 * @param timeStamped whether a valid RFC 3161 signature time-stamp (CAdES-T) vouches for {@code signingTime}
 * @param material    the certificates, revocation evidence and time-stamp token the outcome rests on, to be kept
 *                    beside the signed document for verification without the network later; {@code null} when
 *                    the verification did not get as far as a trusted certificate path
 */
public record SignatureVerification(VerificationStatus status, SignatureFailure failure, String reason,
                                    SignerIdentity signer, Instant signingTime, boolean timeStamped,
                                    ValidationMaterial material) {

    public SignatureVerification {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        if ((status == VerificationStatus.VALID) != (failure == null)) {
            throw new IllegalArgumentException("a verification is valid exactly when it has no failure");
        }
        if (failure != null && failure.isIndeterminate() != (status == VerificationStatus.INDETERMINATE)) {
            throw new IllegalArgumentException("failure " + failure + " does not make a verification " + status);
        }
        if (status == VerificationStatus.VALID && signer == null) {
            throw new IllegalArgumentException("a valid verification names its signer");
        }
        if (timeStamped && signingTime == null) {
            throw new IllegalArgumentException("a time-stamped verification has the time-stamp's time");
        }
    }

    /** The original shape (before time-stamps and three-way status): INVALID or INDETERMINATE follows from the failure. */
    public SignatureVerification(boolean valid, SignatureFailure failure, String reason, SignerIdentity signer,
                                 Instant signingTime) {
        this(statusOf(valid, failure), failure, reason, signer, signingTime, false, null);
    }

    /** Every check passed. */
    public boolean valid() {
        return status == VerificationStatus.VALID;
    }

    /** Neither valid nor invalid yet: e.g. the revocation status is unknown. Refuse for now, but not for good. */
    public boolean indeterminate() {
        return status == VerificationStatus.INDETERMINATE;
    }

    public static SignatureVerification valid(SignerIdentity signer, Instant signingTime, String reason) {
        return valid(signer, signingTime, false, null, reason);
    }

    public static SignatureVerification valid(SignerIdentity signer, Instant signingTime, boolean timeStamped,
                                              ValidationMaterial material, String reason) {
        return new SignatureVerification(VerificationStatus.VALID, null, reason, signer, signingTime, timeStamped, material);
    }

    /** INVALID, or INDETERMINATE when the failure is {@link SignatureFailure#isIndeterminate()}. */
    public static SignatureVerification failed(SignatureFailure failure, String reason,
                                               SignerIdentity signer, Instant signingTime) {
        return failed(failure, reason, signer, signingTime, false, null);
    }

    public static SignatureVerification failed(SignatureFailure failure, String reason, SignerIdentity signer,
                                               Instant signingTime, boolean timeStamped, ValidationMaterial material) {
        Objects.requireNonNull(failure, "failure");
        return new SignatureVerification(statusOf(false, failure), failure, reason, signer, signingTime, timeStamped,
                material);
    }

    /** A contradiction (valid with a failure, invalid without one) is left for the canonical constructor to refuse. */
    private static VerificationStatus statusOf(boolean valid, SignatureFailure failure) {
        if (valid) {
            return VerificationStatus.VALID;
        }
        return failure != null && failure.isIndeterminate() ? VerificationStatus.INDETERMINATE : VerificationStatus.INVALID;
    }
}
