package kz.gov.elicense.signature.entity;

import java.time.Instant;

/**
 * A revocation status with the evidence it rests on: the DER-encoded OCSP response or CRL (kept with a signed
 * document so it can be verified again without the network), where it came from and when it was produced.
 *
 * @param source    "OCSP", "CRL" or "NONE"
 * @param encoded   DER of the BasicOCSPResponse/OCSPResponse or of the X509 CRL; null when UNKNOWN
 * @param producedAt when the responder produced the answer / thisUpdate of the CRL
 * @param revokedAt  revocation time when REVOKED, else null
 * @param detail     one English sentence for the officer (e.g. why the status is unknown)
 */
public record RevocationEvidence(RevocationStatus status, String source, byte[] encoded, Instant producedAt,
                                 Instant revokedAt, String detail) {

    public static RevocationEvidence unknown(String detail) {
        return new RevocationEvidence(RevocationStatus.UNKNOWN, "NONE", null, null, null, detail);
    }
}
