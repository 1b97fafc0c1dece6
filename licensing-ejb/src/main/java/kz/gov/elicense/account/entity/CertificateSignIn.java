package kz.gov.elicense.account.entity;

import java.util.Objects;

/**
 * The outcome of a signed sign-in challenge: the account the certificate names and its one-time token for the
 * container's sign-in, or why there is none.
 *
 * @param outcome  {@link Outcome#SIGNED} or the refusal
 * @param userName the BIN or IIN the certificate names, {@code null} if the signature could not be read that far
 * @param token    the one-time sign-in token, only when {@link Outcome#SIGNED}
 */
public record CertificateSignIn(Outcome outcome, String userName, String token) {

    public CertificateSignIn {
        Objects.requireNonNull(outcome, "outcome");
        if ((outcome == Outcome.SIGNED) != (token != null)) {
            throw new IllegalArgumentException("a token exactly when signed");
        }
    }

    public static CertificateSignIn refused(Outcome outcome, String userName) {
        return new CertificateSignIn(outcome, userName, null);
    }

    /** The page tells each of these in its own words (bundle key {@code signin.cert.<code>}). */
    public enum Outcome {
        SIGNED("signed"),
        /** Unknown, or past its expiry: the page asks for a new one by signing again. */
        CHALLENGE_EXPIRED("expired"),
        /** A signature over it came back before: a replay. */
        CHALLENGE_USED("reused"),
        /** Not a valid signature of a trusted, unexpired signing certificate over the challenge. */
        SIGNATURE_INVALID("invalid"),
        CERTIFICATE_REVOKED("revoked"),
        /** The revocation status cannot be established now: try again later. */
        INDETERMINATE("indeterminate"),
        /** The certificate's BIN or IIN has no applicant's account. */
        NO_ACCOUNT("noAccount"),
        LOCKED("locked");

        private final String code;

        Outcome(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
