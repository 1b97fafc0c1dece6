package kz.gov.elicense.signature.control;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.PKIXCertPathChecker;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.TreeSet;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.CertException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.operator.OperatorCreationException;

import kz.gov.elicense.signature.entity.SignatureFailure;
import kz.gov.elicense.signature.gost.GostAlgorithms;
import kz.gov.elicense.signature.gost.GostOperators;

/**
 * Builds and validates the PKIX path (RFC 5280) from a certificate to one of the trust anchors at a given time, and
 * when there is none, finds the precise reason: an issuing CA's certificate expired or not yet valid, or not a CA
 * certificate allowed to sign certificates (keyCertSign). Also holds every CA key to the algorithm policy.
 * <p>
 * Paths of RSA and EC certificates are built by BouncyCastle's PKIX {@link CertPathBuilder}. That one cannot handle
 * NCA RK GOST certificates (their {@code X509Certificate.getPublicKey()} is {@code null}: "Subject public key cannot
 * be decoded"), so a path that involves a GOST key or GOST signature is built here ({@link #buildWithGost}), with
 * the signatures checked by {@link GostOperators#contentVerifierProvider} and the rules of the PKIX validation as
 * BouncyCastle applies them with our parameters: name chaining, every signature, every certificate valid at the
 * validation time, every CA certificate a v3 CA (basicConstraints) with keyCertSign if it has key usage, the
 * pathLenConstraints, and no unprocessed critical extension; the trust anchor itself is held only to its validity,
 * as for the PKIX path. Name constraints and policy constraints, mappings and inhibitions, which that path would
 * process, are not implemented for GOST paths: a GOST path with one of them is refused, never let through.
 * The failure codes and reasons are the same as for the PKIX path.
 * <p>
 * Revocation is not part of this: {@link CmsSignatureVerifier} checks it with its {@link RevocationSource}, so that
 * an unknown status can be told apart (INDETERMINATE) from a failed path (INVALID).
 */
final class CertificatePaths {

    private static final int KEY_CERT_SIGN = 5;
    private static final int MAXIMUM_DEPTH = 8;
    /** How many partial paths a GOST path search may try: enclosed certificates must not make it exponential. */
    private static final int MAXIMUM_GOST_SEARCH_STEPS = 512;

    /**
     * The critical extensions the PKIX validation processes (BouncyCastle's {@code PKIXCertPathValidatorSpi}) or
     * that {@link ExtendedKeyUsageChecker} claims; the target certificate may also have critical CRL distribution
     * points. Any other critical extension fails a path.
     */
    private static final Set<String> PROCESSED_CRITICAL_EXTENSIONS = Set.of(Extension.keyUsage.getId(),
            Extension.certificatePolicies.getId(), Extension.policyMappings.getId(), Extension.inhibitAnyPolicy.getId(),
            Extension.issuingDistributionPoint.getId(), Extension.deltaCRLIndicator.getId(),
            Extension.policyConstraints.getId(), Extension.basicConstraints.getId(),
            Extension.subjectAlternativeName.getId(), Extension.nameConstraints.getId(),
            Extension.extendedKeyUsage.getId());

    /** What the PKIX validation processes but the GOST path does not: present in a GOST path, it is refused. */
    private static final List<ASN1ObjectIdentifier> UNSUPPORTED_IN_GOST_PATHS = List.of(Extension.nameConstraints,
            Extension.policyConstraints, Extension.policyMappings, Extension.inhibitAnyPolicy);

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
    private final Map<ByteBuffer, Built> built = new ConcurrentHashMap<>();

    /** A path built, with the span in which all its certificates are valid (read once: BouncyCastle parses the dates anew on each call). */
    private record Built(Path path, Date from, Date until) {
        static Built of(Path path) {
            Date from = null;
            Date until = null;
            for (X509Certificate certificate : path.withAnchor()) {
                from = from == null || certificate.getNotBefore().after(from) ? certificate.getNotBefore() : from;
                until = until == null || certificate.getNotAfter().before(until) ? certificate.getNotAfter() : until;
            }
            return new Built(path, from, until);
        }

        boolean validThroughout(Instant at) {
            Date moment = Date.from(at);
            return !moment.before(from) && !moment.after(until);
        }
    }
    /** The trust anchors' certificates, for paths with GOST. */
    private final List<X509Certificate> gostPathAnchors;

    CertificatePaths(TrustAnchors trustAnchors, SignatureAlgorithmPolicy policy) {
        this.trustAnchors = trustAnchors;
        this.policy = policy;
        List<X509Certificate> anchors = new ArrayList<>();
        for (TrustAnchor anchor : trustAnchors.anchors()) {
            if (anchor.getTrustedCert() != null) {
                anchors.add(anchor.getTrustedCert());
            }
        }
        this.gostPathAnchors = List.copyOf(anchors);
    }

    /**
     * @param whose      "signer's" or "time-stamp authority's", for the reasons
     * @param candidates certificates that may fill the path (enclosed in the signature, from stored material);
     *                   trust comes only from the anchors
     */
    Outcome build(X509Certificate target, Collection<X509Certificate> candidates, Instant at, String whose) {
        ByteBuffer key = key(target, candidates);
        Built known = key == null ? null : built.get(key);
        if (known != null && known.validThroughout(at)) {
            return new Outcome(known.path(), null);
        }
        Outcome outcome = buildAnew(target, candidates, at, whose);
        if (outcome.path() != null && key != null) {
            if (built.size() >= CACHE_LIMIT) {
                built.clear();
            }
            built.put(key, Built.of(outcome.path()));
        }
        return outcome;
    }

    private static ByteBuffer key(X509Certificate target, Collection<X509Certificate> candidates) {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            digest.update(ParsedCertificates.encoded(target));
            for (X509Certificate candidate : candidates) {
                digest.update(ParsedCertificates.encoded(candidate));
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
        if (involvesGost(target, pool)) {
            return buildWithGost(target, pool, at, whose);
        }
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
            String weak = policy.keyProblem(authority.getPublicKey()); // RSA and EC: BouncyCastle reads them
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

    // ---- paths with GOST certificates

    /**
     * Whether a GOST key or GOST signature is on the way from the target up by issuer names, through the pool and the
     * anchors: then BouncyCastle's PKIX cannot build the path. Paths of RSA and EC certificates only stay with it.
     */
    private boolean involvesGost(X509Certificate target, List<X509Certificate> pool) {
        List<X509Certificate> all = new ArrayList<>(pool);
        all.addAll(gostPathAnchors);
        Set<X509Certificate> seen = new HashSet<>(List.of(target));
        ArrayDeque<X509Certificate> queue = new ArrayDeque<>(List.of(target));
        while (!queue.isEmpty()) {
            X509Certificate current = queue.poll();
            if (isGost(current)) {
                return true;
            }
            for (X509Certificate candidate : all) {
                if (candidate.getSubjectX500Principal().equals(current.getIssuerX500Principal()) && seen.add(candidate)) {
                    queue.add(candidate);
                }
            }
        }
        return false;
    }

    private static boolean isGost(X509Certificate certificate) {
        X509CertificateHolder holder = holder(certificate);
        return holder != null && (GostAlgorithms.isGostKey(holder.getSubjectPublicKeyInfo())
                || GostAlgorithms.isGostSignature(holder.getSignatureAlgorithm()));
    }

    /**
     * Builds the path as the PKIX builder would, depth first, an issuer that is a trust anchor before one from the
     * pool, and validates each candidate path; the first valid one is the path, else the first candidate's problem
     * is the precise reason (as {@link #diagnose} finds it for the PKIX path).
     */
    private Outcome buildWithGost(X509Certificate target, List<X509Certificate> pool, Instant at, String whose) {
        if (gostPathAnchors.contains(target)) {
            return new Outcome(null, new Problem(SignatureFailure.CERTIFICATE_UNTRUSTED,
                    "The " + whose + " certificate is a trust anchor itself, not a certificate issued under one."));
        }
        List<X509Certificate> issuers = new ArrayList<>();
        for (X509Certificate candidate : pool) {
            if (!gostPathAnchors.contains(candidate) && !issuers.contains(candidate)) {
                issuers.add(candidate);
            }
        }
        GostSearch search = new GostSearch(issuers, at, whose);
        List<X509Certificate> chain = new ArrayList<>(List.of(target));
        Path path = search.extend(chain);
        if (path != null) {
            return new Outcome(path, null);
        }
        if (search.firstProblem != null) {
            return new Outcome(null, search.firstProblem);
        }
        return new Outcome(null, untrusted(target, at, whose, search.deadEnd != null ? search.deadEnd
                : "no path was found."));
    }

    /** One depth-first search for a GOST path; signature checks are remembered for its duration. */
    private final class GostSearch {

        private final List<X509Certificate> issuers;
        private final Instant at;
        private final String whose;
        private final Map<List<X509Certificate>, Boolean> signatures = new HashMap<>();
        private Problem firstProblem;
        private String deadEnd;
        private int deadEndDepth = -1;
        private int steps;

        GostSearch(List<X509Certificate> issuers, Instant at, String whose) {
            this.issuers = issuers;
            this.at = at;
            this.whose = whose;
        }

        Path extend(List<X509Certificate> chain) {
            if (++steps > MAXIMUM_GOST_SEARCH_STEPS) {
                if (deadEnd == null || !deadEnd.startsWith("the search")) {
                    deadEnd = "the search for a path gave up after " + MAXIMUM_GOST_SEARCH_STEPS + " attempts.";
                    deadEndDepth = Integer.MAX_VALUE;
                }
                return null;
            }
            X509Certificate current = chain.get(chain.size() - 1);
            boolean issuerFound = false;
            for (X509Certificate anchor : gostPathAnchors) {
                if (issued(anchor, current)) {
                    issuerFound = true;
                    Problem problem = validateGostPath(chain, anchor, at, whose);
                    if (problem == null) {
                        return new Path(chain, anchor);
                    }
                    if (firstProblem == null) {
                        firstProblem = problem;
                    }
                }
            }
            if (chain.size() < MAXIMUM_DEPTH) {
                for (X509Certificate candidate : issuers) {
                    if (!chain.contains(candidate) && issued(candidate, current)) {
                        issuerFound = true;
                        chain.add(candidate);
                        Path path = extend(chain);
                        if (path != null) {
                            return path;
                        }
                        chain.remove(chain.size() - 1);
                    }
                }
            }
            if (!issuerFound && chain.size() > deadEndDepth) {
                deadEndDepth = chain.size();
                if (chain.size() >= MAXIMUM_DEPTH) {
                    deadEnd = "the path is longer than " + MAXIMUM_DEPTH + " certificates.";
                } else if (current.getSubjectX500Principal().equals(current.getIssuerX500Principal())) {
                    deadEnd = "it ends at " + current.getSubjectX500Principal().getName()
                            + ", a self-issued certificate that is not a configured trust anchor.";
                } else {
                    deadEnd = "no configured or enclosed certificate of " + current.getIssuerX500Principal().getName()
                            + " is the issuer of " + current.getSubjectX500Principal().getName()
                            + " (by name and signature).";
                }
            }
            return null;
        }

        private boolean issued(X509Certificate issuer, X509Certificate subject) {
            if (!issuer.getSubjectX500Principal().equals(subject.getIssuerX500Principal())) {
                return false;
            }
            return signatures.computeIfAbsent(List.of(issuer, subject),
                    pair -> signatureValid(holder(subject), holder(issuer)));
        }
    }

    /**
     * What the PKIX validation checks of a path that has been chained by names and signatures, in the order that
     * gives the same codes as the PKIX path: each CA from the target up (validity, then CA and keyCertSign), the
     * anchor's validity, then the target's validity, the pathLenConstraints and the critical extensions, whose
     * failures the PKIX path reports as untrusted, and finally the policy on every CA key.
     */
    private Problem validateGostPath(List<X509Certificate> chain, X509Certificate anchor, Instant at, String whose) {
        X509Certificate target = chain.get(0);
        for (X509Certificate ca : chain.subList(1, chain.size())) {
            Problem problem = caValidity(ca, at, "issuing CA");
            if (problem == null) {
                problem = caUsage(ca);
            }
            if (problem != null) {
                return problem;
            }
        }
        Problem anchorValidity = caValidity(anchor, at, "trust anchor");
        if (anchorValidity != null) {
            return anchorValidity;
        }
        Date moment = Date.from(at);
        if (moment.before(target.getNotBefore()) || moment.after(target.getNotAfter())) {
            return untrusted(target, at, whose, "the certificate is valid only from "
                    + target.getNotBefore().toInstant() + " to " + target.getNotAfter().toInstant() + ".");
        }
        // RFC 5280 6.1.4 (l), (m): from the top, each CA that is not self-issued uses up one step
        int maximumPathLength = chain.size();
        for (int index = chain.size() - 1; index >= 1; index--) {
            X509Certificate ca = chain.get(index);
            if (!ca.getSubjectX500Principal().equals(ca.getIssuerX500Principal())) {
                if (maximumPathLength <= 0) {
                    return untrusted(target, at, whose, "the path exceeds the path length constraint of a CA above "
                            + ca.getSubjectX500Principal().getName() + ".");
                }
                maximumPathLength--;
            }
            maximumPathLength = Math.min(maximumPathLength, ca.getBasicConstraints());
        }
        for (int index = 0; index < chain.size(); index++) {
            X509Certificate certificate = chain.get(index);
            Set<String> critical = certificate.getCriticalExtensionOIDs() == null ? new HashSet<>()
                    : new HashSet<>(certificate.getCriticalExtensionOIDs());
            critical.removeAll(PROCESSED_CRITICAL_EXTENSIONS);
            if (index == 0) {
                critical.remove(Extension.cRLDistributionPoints.getId());
            }
            if (!critical.isEmpty()) {
                return untrusted(target, at, whose, "the certificate " + certificate.getSubjectX500Principal().getName()
                        + " has the unsupported critical extension(s) " + new TreeSet<>(critical) + ".");
            }
            for (ASN1ObjectIdentifier unsupported : UNSUPPORTED_IN_GOST_PATHS) {
                if (certificate.getExtensionValue(unsupported.getId()) != null) {
                    return untrusted(target, at, whose, "the certificate " + certificate.getSubjectX500Principal().getName()
                            + " has the extension " + unsupported + " (name or policy constraints), which is not"
                            + " supported in paths with GOST certificates.");
                }
            }
        }
        List<X509Certificate> authorities = new ArrayList<>(chain.subList(1, chain.size()));
        authorities.add(anchor);
        for (X509Certificate authority : authorities) {
            X509CertificateHolder holder = holder(authority);
            String weak = policy.keyProblem(holder == null ? null : holder.getSubjectPublicKeyInfo());
            if (weak != null) {
                return new Problem(SignatureFailure.WEAK_KEY, "The key of the CA "
                        + authority.getSubjectX500Principal().getName() + " above the " + whose
                        + " certificate is too weak: " + weak);
            }
        }
        return null;
    }

    private static Problem untrusted(X509Certificate target, Instant at, String whose, String reason) {
        return new Problem(SignatureFailure.CERTIFICATE_UNTRUSTED, "The " + whose + " certificate (issued by "
                + target.getIssuerX500Principal().getName() + ") does not chain to a configured trust anchor at "
                + at + ": " + reason);
    }

    /** The certificate's signature checked with the issuer's key by {@link GostOperators}, for any algorithm. */
    private static boolean signatureValid(X509CertificateHolder subject, X509CertificateHolder issuer) {
        if (subject == null || issuer == null) {
            return false;
        }
        try {
            return subject.isSignatureValid(GostOperators.contentVerifierProvider(issuer.getSubjectPublicKeyInfo()));
        } catch (CertException | OperatorCreationException | RuntimeException e) {
            return false;
        }
    }

    private static X509CertificateHolder holder(X509Certificate certificate) {
        try {
            return new X509CertificateHolder(certificate.getEncoded());
        } catch (CertificateEncodingException | IOException | RuntimeException e) {
            return null;
        }
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
