package kz.gov.elicense.signature.control;

import kz.gov.elicense.signature.entity.RevocationEvidence;

import java.security.cert.X509Certificate;
import java.time.Instant;

/**
 * Where the revocation status of a certificate comes from: OCSP with a CRL fallback online, or the validation
 * material stored with a signed document when the document is verified later.
 */
public interface RevocationSource {

    /**
     * The status of {@code certificate} (issued by {@code issuer}) at the moment {@code at}. Never throws for an
     * unreachable responder: that is {@link kz.gov.elicense.signature.entity.RevocationStatus#UNKNOWN}.
     */
    RevocationEvidence check(X509Certificate certificate, X509Certificate issuer, Instant at);
}
