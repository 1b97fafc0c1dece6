package kz.gov.elicense.signature.demo;

import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import kz.gov.elicense.signature.control.BouncyCastle;
import kz.gov.elicense.signature.control.SigningKey;

/**
 * The demo CAs' OCSP responder (RFC 6960): answers for every certificate of every demo CA, each answer signed by
 * that CA's delegated responder key. A certificate of a CA that is not ours is {@code unknown}; one listed in
 * {@link DemoRevocations} is {@code revoked}; any other is {@code good}. Stateless apart from the revocations,
 * and thread-safe.
 */
public final class DemoOcspResponder {

    /** Validity of an answer: clients may cache it this long. */
    static final Duration VALIDITY = Duration.ofHours(1);

    /**
     * A CA and the key that answers for it.
     *
     * @param name      as in {@link DemoRevocations} (e.g. {@code legal-entities})
     * @param responder a delegated responder key certified by {@code ca} (or the CA's own key)
     */
    public record Authority(String name, X509Certificate ca, SigningKey responder) {
        public Authority {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(ca, "ca");
            Objects.requireNonNull(responder, "responder");
        }
    }

    private final List<Authority> authorities;
    private final DemoRevocations revocations;
    private final Clock clock;
    private final DigestCalculatorProvider digests;

    /** @param authorities the first also signs answers about certificates of CAs that are not ours */
    public DemoOcspResponder(List<Authority> authorities, DemoRevocations revocations, Clock clock) {
        if (authorities.isEmpty()) {
            throw new IllegalArgumentException("An OCSP responder needs at least one CA to answer for");
        }
        this.authorities = List.copyOf(authorities);
        this.revocations = Objects.requireNonNull(revocations, "revocations");
        this.clock = Objects.requireNonNull(clock, "clock");
        try {
            this.digests = new JcaDigestCalculatorProviderBuilder().setProvider(BouncyCastle.PROVIDER).build();
        } catch (OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param derOcspRequest the body of a POST with content type {@code application/ocsp-request}
     * @return a DER OCSPResponse, to be sent with content type {@code application/ocsp-response}; an error status
     *         ({@code malformedRequest}, {@code internalError}) rather than an exception when something is wrong
     */
    public byte[] respond(byte[] derOcspRequest) {
        OCSPReq request;
        try {
            request = new OCSPReq(derOcspRequest);
        } catch (IOException | RuntimeException e) {
            // BouncyCastle reports wrong ASN.1 with assorted runtime exceptions
            return status(OCSPRespBuilder.MALFORMED_REQUEST);
        }
        Req[] singles = request.getRequestList();
        if (singles.length == 0) {
            return status(OCSPRespBuilder.MALFORMED_REQUEST);
        }
        try {
            return answer(request, singles);
        } catch (OCSPException | OperatorCreationException | CertificateEncodingException | IOException
                 | RuntimeException e) {
            return status(OCSPRespBuilder.INTERNAL_ERROR);
        }
    }

    private byte[] answer(OCSPReq request, Req[] singles)
            throws OCSPException, OperatorCreationException, CertificateEncodingException, IOException {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        // One signature per response: the responder of the first question's CA signs; questions about another
        // CA's certificates are answered "unknown", as this responder may not speak for that CA.
        Authority signer = authorityOf(singles[0].getCertID()).orElse(authorities.get(0));
        X509CertificateHolder responderCertificate = new JcaX509CertificateHolder(signer.responder().certificate());
        BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(
                SubjectPublicKeyInfo.getInstance(signer.responder().certificate().getPublicKey().getEncoded()),
                digests.get(CertificateID.HASH_SHA1));
        for (Req single : singles) {
            CertificateID id = single.getCertID();
            builder.addResponse(id, status(id, signer, now), Date.from(now), Date.from(now.plus(VALIDITY)), null);
        }
        Extension nonce = request.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
        if (nonce != null) {
            builder.setResponseExtensions(new Extensions(nonce));
        }
        String algorithm = signer.responder().privateKey().getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
        return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, builder.build(
                new JcaContentSignerBuilder(algorithm).setProvider(BouncyCastle.PROVIDER)
                        .build(signer.responder().privateKey()),
                new X509CertificateHolder[]{responderCertificate}, Date.from(now))).getEncoded();
    }

    private CertificateStatus status(CertificateID id, Authority signer, Instant now) {
        Optional<Authority> authority = authorityOf(id);
        if (authority.isEmpty() || authority.get() != signer) {
            return new UnknownStatus();
        }
        return revocations.find(authority.get().name(), id.getSerialNumber(), now)
                .<CertificateStatus>map(r -> new RevokedStatus(Date.from(r.revokedAt()), r.reasonCode()))
                .orElse(CertificateStatus.GOOD);
    }

    /** The CA whose name and key hashes the question carries, in whatever hash algorithm the client chose. */
    private Optional<Authority> authorityOf(CertificateID id) {
        for (Authority authority : authorities) {
            try {
                if (id.matchesIssuer(new JcaX509CertificateHolder(authority.ca()), digests)) {
                    return Optional.of(authority);
                }
            } catch (OCSPException | CertificateEncodingException e) {
                // a hash algorithm we do not have: no CA of ours can be recognised in it
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static byte[] status(int status) {
        try {
            return new OCSPRespBuilder().build(status, null).getEncoded();
        } catch (OCSPException | IOException e) {
            throw new IllegalStateException("An OCSP error response is a fixed structure", e);
        }
    }
}
