package kz.gov.elicense.signature.entity;

import java.time.Instant;
import java.util.Objects;

/**
 * The outcome of verifying a signature.
 *
 * @param valid       whether every check passed
 * @param failure     the first check that failed, {@code null} when valid
 * @param reason      a precise English sentence, for logs and for the applicant
 * @param signer      who the certificate in the signature names; {@code null} if the signature could not be
 *                    read that far. On a failed verification it is what the signature <em>claims</em>, not
 *                    an authenticated identity.
 * @param signingTime the signing-time signed attribute, {@code null} if absent or if the signature itself did
 *                    not verify (the value would be unauthenticated); it is the signer's own clock, so it
 *                    documents rather than proves when the signature was made
 */
public record SignatureVerification(boolean valid, SignatureFailure failure, String reason,
                                    SignerIdentity signer, Instant signingTime) {

    public SignatureVerification {
        Objects.requireNonNull(reason, "reason");
        if (valid != (failure == null)) {
            throw new IllegalArgumentException("a verification is valid exactly when it has no failure");
        }
        if (valid && signer == null) {
            throw new IllegalArgumentException("a valid verification names its signer");
        }
    }

    public static SignatureVerification valid(SignerIdentity signer, Instant signingTime, String reason) {
        return new SignatureVerification(true, null, reason, signer, signingTime);
    }

    public static SignatureVerification failed(SignatureFailure failure, String reason,
                                               SignerIdentity signer, Instant signingTime) {
        return new SignatureVerification(false, Objects.requireNonNull(failure, "failure"), reason, signer, signingTime);
    }
}
