package kz.gov.elicense.signature.entity;

/**
 * Why a signature was not confirmed. The constant names are stable codes: they are stored with submissions
 * and returned to the portal, so never rename or reuse one.
 * <p>
 * Every code but {@link #REVOCATION_UNKNOWN} makes the signature {@link VerificationStatus#INVALID}: a definite
 * "no". {@link #REVOCATION_UNKNOWN} makes it {@link VerificationStatus#INDETERMINATE}: the signature may well be
 * good, but it cannot be confirmed now (e.g. the OCSP responder is down and the CRL is stale); asking again later
 * may give VALID.
 */
public enum SignatureFailure {

    /**
     * Not a parseable DER CMS SignedData (BER is refused: it would let the unsigned parts be re-encoded), not detached, not exactly one signer, no signer certificate, inconsistent
     * structure (version numbers, digest algorithm list, unknown unsigned attributes), or made with an algorithm
     * the algorithm policy does not accept (MD5, SHA-1, RSASSA-PSS, ...).
     */
    MALFORMED,
    /** The signature does not match the submitted bytes: the payload or the signature was altered. */
    SIGNATURE_INVALID,
    /** The signer's certificate does not chain to a configured trust anchor. */
    CERTIFICATE_UNTRUSTED,
    /** The signer's certificate, or an issuing CA's, expired before the validation time. */
    CERTIFICATE_EXPIRED,
    /** The signer's certificate, or an issuing CA's, becomes valid only after the validation time. */
    CERTIFICATE_NOT_YET_VALID,
    /**
     * The signer's certificate is not meant for legally binding signatures (digitalSignature + nonRepudiation),
     * or an issuing CA's certificate does not allow signing certificates (keyCertSign, CA basic constraint).
     */
    KEY_USAGE,
    /** The certificate is valid but belongs to someone else than the expected BIN or IIN. */
    IDENTITY_MISMATCH,
    /** The signer's certificate, or an issuing CA's, was revoked at or before the validation time. */
    CERTIFICATE_REVOKED,
    /**
     * The certificate is of the expected organisation or person, but its key-user roles do not give the right
     * to make this signature: e.g. an EMPLOYEE or HR certificate where the head (CEO) or a person with the
     * right to sign (CAN_SIGN) must sign, or an organisation's certificate where a private individual must sign.
     */
    SIGNATORY_NOT_AUTHORISED,
    /** The holder's IIN is not among the persons allowed to sign this kind of document (e.g. a licence). */
    SIGNER_NOT_ALLOWED,
    /**
     * A key too weak for the algorithm policy: RSA below 2048 bits, or an elliptic curve other than the accepted
     * ones; for the signer's, an issuing CA's or the time-stamp authority's key.
     */
    WEAK_KEY,
    /**
     * The signature carries a time-stamp token that does not hold: unreadable, not signed by a trusted time-stamp
     * authority (critical timeStamping extended key usage, chaining to a trust anchor), not over this
     * signature's value, or dated in the future.
     */
    TIMESTAMP_INVALID,
    /**
     * Indeterminate, not invalid: the revocation status of the signer's certificate, an issuing CA's or the
     * time-stamp authority's could not be established at the validation time.
     */
    REVOCATION_UNKNOWN(true);

    private final boolean indeterminate;

    SignatureFailure() {
        this(false);
    }

    SignatureFailure(boolean indeterminate) {
        this.indeterminate = indeterminate;
    }

    /** Whether the signature could not be judged yet, rather than was judged bad. */
    public boolean isIndeterminate() {
        return indeterminate;
    }
}
