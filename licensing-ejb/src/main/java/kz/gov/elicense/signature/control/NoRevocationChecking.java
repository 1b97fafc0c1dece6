package kz.gov.elicense.signature.control;

import java.security.cert.X509Certificate;
import java.time.Instant;

import kz.gov.elicense.signature.entity.RevocationEvidence;
import kz.gov.elicense.signature.entity.RevocationStatus;

/**
 * The explicit choice not to check revocation, for installations without access to NCA RK's OCSP responder and
 * CRLs (development, the demo PKI). {@link CmsSignatureVerifier} recognises it and skips the revocation step
 * altogether, saying so in the reason of a valid result; anyone else asking gets a GOOD that names no source.
 * <p>
 * Never use it in production: a revoked certificate would then be accepted.
 */
public final class NoRevocationChecking implements RevocationSource {

    public static final NoRevocationChecking INSTANCE = new NoRevocationChecking();

    private NoRevocationChecking() {
    }

    @Override
    public RevocationEvidence check(X509Certificate certificate, X509Certificate issuer, Instant at) {
        return new RevocationEvidence(RevocationStatus.GOOD, "NONE", null, null, null,
                "Revocation is not checked in this installation.");
    }

    @Override
    public String toString() {
        return "NoRevocationChecking";
    }
}
