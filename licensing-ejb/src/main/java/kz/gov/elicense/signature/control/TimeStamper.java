package kz.gov.elicense.signature.control;

/** An RFC 3161 time-stamp authority: stamps a digest and returns the DER-encoded TimeStampToken. */
public interface TimeStamper {

    /**
     * @param sha256 the SHA-256 digest of the data to stamp (for CAdES-T: of the signature value)
     * @return the DER encoding of the TimeStampToken (a CMS SignedData)
     * @throws TimeStampUnavailableException when the authority cannot be reached or refuses
     */
    byte[] timeStamp(byte[] sha256);

    /** The time-stamp authority could not give a token. */
    class TimeStampUnavailableException extends RuntimeException {
        public TimeStampUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
