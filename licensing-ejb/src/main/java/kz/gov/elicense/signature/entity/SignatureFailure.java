package kz.gov.elicense.signature.entity;

/**
 * Why a signature was rejected. The constant names are stable codes: they are stored with submissions
 * and returned to the portal, so never rename or reuse one.
 */
public enum SignatureFailure {

    /**
     * Not a parseable CMS SignedData, not detached, not exactly one signer, no signer certificate, or made
     * with an unsupported or broken algorithm (MD5, SHA-1).
     */
    MALFORMED,
    /** The signature does not match the submitted bytes: the payload or the signature was altered. */
    SIGNATURE_INVALID,
    /** The signer's certificate does not chain to a configured trust anchor. */
    CERTIFICATE_UNTRUSTED,
    /** The signer's certificate expired before the time of verification. */
    CERTIFICATE_EXPIRED,
    /** The signer's certificate becomes valid only after the time of verification. */
    CERTIFICATE_NOT_YET_VALID,
    /** The signer's certificate is not meant for legally binding signatures (digitalSignature + nonRepudiation). */
    KEY_USAGE,
    /** The certificate is valid but belongs to someone else than the expected BIN or IIN. */
    IDENTITY_MISMATCH
}
