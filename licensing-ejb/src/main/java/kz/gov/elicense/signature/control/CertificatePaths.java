package kz.gov.elicense.signature.control;

import java.security.GeneralSecurityException;
import java.nio.ByteBuffer;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.Certificate;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.PKIXCertPathChecker;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;

import org.bouncycastle.asn1.x509.Extension;

import kz.gov.elicense.signature.entity.SignatureFailure;

/**
 * Builds and validates the PKIX path (RFC 5280) from a certificate to one of the trust anchors at a given time, and
 * when there is none, finds the precise reason: an issuing CA's certificate expired or not yet valid, or not a CA
 * certificate allowed to sign certificates (keyCertSign). Also holds every CA key to the algorithm policy.
 * <p>
 * Revocation is not part of this: {@link CmsSignatureVerifier} checks it with its {@link RevocationSource}, so that
 * an unknown status can be told apart (INDETERMINATE) from a failed path (INVALID).
 */
final class CertificatePaths {

    private static final int KEY_CERT_SIGN = 5;
    private static final int MAXIMUM_DEPTH = 8;

    /** A trusted path: {@code certificates} from the target up to the last CA below the anchor, then the anchor. */
    record Path(List<X509Certificate> certificates, X509Certificate anchor) {
        Path {
            certificates = List.copyOf(certificates);
            Objects.requireNonNull(anchor, "anchor");
        }

        /** The issuer of {@code certificates.get(index)}. */
        X509Certificate issuerOf(int index) {
            return index + 1 < certificates.size() ? certificates.get(index + 1) : anchor;
        }

        List<X509Certificate> withAnchor() {
            List<X509Certificate> all = new ArrayList<>(certificates);
            all.add(anchor);
            return all;
        }
    }

    /** Why no trusted path: the failure code and one or two English sentences. */
    record Problem(SignatureFailure failure, String reason) {
    }

    /** Exactly one of the two is set. */
    record Outcome(Path path, Problem problem) {
    }

    /** Enough for every signer a provider sees in a day; beyond it the cache starts afresh. */
    private static final int CACHE_LIMIT = 10_000;

    private final TrustAnchors trustAnchors;
    private final SignatureAlgorithmPolicy policy;
    /**
     * Paths already built, by the digest of the target and the candidate certificates exactly as they came (so an
     * altered enclosed certificate is never let through by an earlier success). Building a PKIX path costs a
     * hundred times a signature check; what it proves (names, signatures, CA constraints, key usages) does not
     * change with time, so a path is reused for any validation time inside the validity periods of all its
     * certificates and its anchor.
     */
    private final Map<ByteBuffer, Path> built = new ConcurrentHashMap<>();

    CertificatePaths(TrustAnchors trustAnchors, SignatureAlgorithmPolicy policy) {
        this.trustAnchors = trustAnchors;
        this.policy = policy;
    }

    /**
     * @param whose      "signer's" or "time-stamp authority's", for the reasons
     * @param candidates certificates that may fill the path (enclosed in the signature, from stored material);
     *                   trust comes only from the anchors
     */
    Outcome build(X509Certificate target, Collection<X509Certificate> candidates, Instant at, String whose) {
        ByteBuffer key = key(target, candidates);
        Path known = key == null ? null : built.get(key);
        if (known != null && validThroughout(known, at)) {
            return new Outcome(known, null);
        }
        Outcome outcome = buildAnew(target, candidates, at, whose);
        if (outcome.path() != null && key != null) {
            if (built.size() >= CACHE_LIMIT) {
                built.clear();
            }
            built.put(key, outcome.path());
        }
        return outcome;
    }

    private static boolean validThroughout(Path path, Instant at) {
        Date moment = Date.from(at);
        for (X509Certificate certificate : path.withAnchor()) {
            if (moment.before(certificate.getNotBefore()) || moment.after(certificate.getNotAfter())) {
                return false;
            }
        }
        return true;
    }

    private static ByteBuffer key(X509Certificate target, Collection<X509Certificate> candidates) {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            digest.update(target.getEncoded());
            for (X509Certificate candidate : candidates) {
                digest.update(candidate.getEncoded());
            }
            return ByteBuffer.wrap(digest.digest());
        } catch (GeneralSecurityException e) {
            return null;
        }
    }

    private Outcome buildAnew(X509Certificate target, Collection<X509Certificate> candidates, Instant at, String whose) {
        List<X509Certificate> pool = new ArrayList<>(trustAnchors.intermediates());
        pool.add(target);
        pool.addAll(candidates);
        PKIXCertPathBuilderResult result;
        try {
            X509CertSelector selector = new X509CertSelector();
            selector.setCertificate(target);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(trustAnchors.anchors(), selector);
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(pool),
                    BouncyCastle.PROVIDER));
            // revocation is the verifier's own step, with its RevocationSource (online or stored evidence)
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            parameters.addCertPathChecker(new ExtendedKeyUsageChecker());
            result = (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX", BouncyCastle.PROVIDER).build(parameters);
        } catch (CertPathBuilderException e) {
            Problem precise = diagnose(target, pool, at);
            return new Outcome(null, precise != null ? precise : new Problem(SignatureFailure.CERTIFICATE_UNTRUSTED,
                    "The " + whose + " certificate (issued by " + target.getIssuerX500Principal().getName()
                            + ") does not chain to a configured trust anchor at " + at + ": " + messages(e)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PKIX path building is not available from BouncyCastle", e);
        }

        List<X509Certificate> certificates = new ArrayList<>();
        for (Certificate certificate : result.getCertPath().getCertificates()) {
            certificates.add((X509Certificate) certificate);
        }
        if (certificates.isEmpty() || !certificates.get(0).equals(target)) {
            // a target that is itself an anchor: signatures by a root CA's own key are not what we accept
            return new Outcome(null, new Problem(SignatureFailure.CERTIFICATE_UNTRUSTED,
                    "The " + whose + " certificate is a trust anchor itself, not a certificate issued under one."));
        }
        TrustAnchor trustAnchor = result.getTrustAnchor();
        X509Certificate anchor = trustAnchor.getTrustedCert();
        Path path = new Path(certificates, anchor);

        // the path builder does not look at the anchor's validity, but a root that expired vouches for nothing
        Problem anchorValidity = caValidity(anchor, at, "trust anchor");
        if (anchorValidity != null) {
            return new Outcome(null, anchorValidity);
        }
        List<X509Certificate> authorities = path.withAnchor().subList(1, certificates.size() + 1);
        for (X509Certificate authority : authorities) {
            String weak = policy.keyProblem(authority.getPublicKey());
            if (weak != null) {
                return new Outcome(null, new Problem(SignatureFailure.WEAK_KEY, "The key of the CA "
                        + authority.getSubjectX500Principal().getName() + " above the " + whose
                        + " certificate is too weak: " + weak));
            }
        }
        return new Outcome(path, null);
    }

    /**
     * Walks up by name and signature to find the CA certificate the path builder stumbled over.
     *
     * @return the precise problem, or {@code null} if the walk finds none (then the builder's message stands)
     */
    private Problem diagnose(X509Certificate target, List<X509Certificate> pool, Instant at) {
        X509Certificate current = target;
        Set<X509Certificate> visited = new HashSet<>();
        for (int depth = 0; depth < MAXIMUM_DEPTH && visited.add(current); depth++) {
            for (TrustAnchor anchor : trustAnchors.anchors()) {
                X509Certificate root = anchor.getTrustedCert();
                if (issued(root, current)) {
                    Problem validity = caValidity(root, at, "trust anchor");
                    return validity != null ? validity : caUsage(root);
                }
            }
            X509Certificate issuer = null;
            for (X509Certificate candidate : pool) {
                if (!candidate.equals(current) && issued(candidate, current)) {
                    issuer = candidate;
                    break;
                }
            }
            if (issuer == null) {
                return null;
            }
            Problem problem = caValidity(issuer, at, "issuing CA");
            if (problem == null) {
                problem = caUsage(issuer);
            }
            if (problem != null) {
                return problem;
            }
            current = issuer;
        }
        return null;
    }

    private static Problem caValidity(X509Certificate ca, Instant at, String role) {
        Instant notBefore = ca.getNotBefore().toInstant();
        Instant notAfter = ca.getNotAfter().toInstant();
        if (at.isBefore(notBefore)) {
            return new Problem(SignatureFailure.CERTIFICATE_NOT_YET_VALID, "The certificate of the " + role + " "
                    + ca.getSubjectX500Principal().getName() + " is valid only from " + notBefore
                    + ", after the validation time " + at + ".");
        }
        if (at.isAfter(notAfter)) {
            return new Problem(SignatureFailure.CERTIFICATE_EXPIRED, "The certificate of the " + role + " "
                    + ca.getSubjectX500Principal().getName() + " expired at " + notAfter
                    + ", before the validation time " + at + ".");
        }
        return null;
    }

    /** RFC 5280 4.2.1.9 and 4.2.1.3: a CA that signs certificates is marked CA and, if it has key usage, keyCertSign. */
    private static Problem caUsage(X509Certificate ca) {
        if (ca.getBasicConstraints() < 0) {
            return new Problem(SignatureFailure.KEY_USAGE, "The certificate of "
                    + ca.getSubjectX500Principal().getName()
                    + ", which issued a certificate in the path, is not a CA certificate (basic constraints).");
        }
        boolean[] keyUsage = ca.getKeyUsage();
        if (keyUsage != null && (keyUsage.length <= KEY_CERT_SIGN || !keyUsage[KEY_CERT_SIGN])) {
            return new Problem(SignatureFailure.KEY_USAGE, "The CA certificate of "
                    + ca.getSubjectX500Principal().getName() + " does not allow keyCertSign, so the certificates"
                    + " it signed are not valid.");
        }
        return null;
    }

    private static boolean issued(X509Certificate issuer, X509Certificate subject) {
        if (!issuer.getSubjectX500Principal().equals(subject.getIssuerX500Principal())) {
            return false;
        }
        try {
            subject.verify(issuer.getPublicKey(), BouncyCastle.PROVIDER);
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** The path builder wraps the real cause ("certificate expired ...") in a generic message. */
    static String messages(Throwable e) {
        Set<String> messages = new LinkedHashSet<>();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                messages.add(t.getMessage().strip());
            }
        }
        return messages.isEmpty() ? "no path was found." : String.join(" ", messages);
    }

    /**
     * Claims the extendedKeyUsage extension, which PKIX validation does not process: a time-stamp authority's
     * certificate must have it critical (RFC 3161), and an unprocessed critical extension would fail the path.
     * What it must contain is checked where it matters (time-stamp token validation).
     */
    private static final class ExtendedKeyUsageChecker extends PKIXCertPathChecker {

        private static final Set<String> SUPPORTED = Set.of(Extension.extendedKeyUsage.getId());

        @Override
        public void init(boolean forward) {
        }

        @Override
        public boolean isForwardCheckingSupported() {
            return true;
        }

        @Override
        public Set<String> getSupportedExtensions() {
            return SUPPORTED;
        }

        @Override
        public void check(Certificate certificate, Collection<String> unresolvedCriticalExtensions) {
            unresolvedCriticalExtensions.remove(Extension.extendedKeyUsage.getId());
        }
    }
}
