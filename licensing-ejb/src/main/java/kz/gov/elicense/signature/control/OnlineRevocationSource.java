package kz.gov.elicense.signature.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.CRLException;
import java.security.cert.CRLReason;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuingDistributionPoint;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.CertException;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import kz.gov.elicense.signature.entity.RevocationEvidence;
import kz.gov.elicense.signature.entity.RevocationStatus;
import kz.gov.elicense.signature.gost.GostOperators;

/**
 * Revocation status from the network, where the certificate itself says to look, as NCA RK publishes it:
 * <ol>
 *     <li>OCSP (RFC 6960) at the certificate's AIA responder URL, by POST. The answer counts only if it is signed
 *     by the issuing CA or by a responder the CA certified with the OCSPSigning EKU, is about this very
 *     certificate, echoes the request's nonce, and is fresh.</li>
 *     <li>Otherwise the CRL from the certificate's CRL distribution points, if it is signed by the issuing CA and
 *     not stale (past its nextUpdate). CRLs are kept in memory per URL until their nextUpdate or
 *     {@link Settings#crlMaxAge()}, whichever comes first; a kept CRL still within its nextUpdate also stands in
 *     while the distribution point is unreachable.</li>
 *     <li>Neither usable: {@link RevocationStatus#UNKNOWN}, with the reasons of both.</li>
 * </ol>
 * An OCSP {@code unknown} answer is final: the CA's CRL cannot list a certificate the CA does not know.
 * Signatures of responses, responder certificates and CRLs are checked from the signer's {@code SubjectPublicKeyInfo}
 * through {@link GostOperators}, so GOST CAs and responders (NCA RK's included) are handled like RSA and EC ones.
 * Thread-safe; one instance should be shared, so that its CRL cache is.
 */
public final class OnlineRevocationSource implements RevocationSource {

    /**
     * @param ocspTimeout  for one OCSP exchange, connection included
     * @param crlTimeout   for one CRL download, connection included
     * @param crlMaxAge    a kept CRL is downloaded again after this long, even before its nextUpdate
     * @param ocspMaxAge   how old an OCSP answer without nextUpdate may be
     * @param clockSkew    tolerated difference between our clock and the responders'
     * @param requireNonce refuse OCSP answers that do not echo the nonce (replay protection)
     * @param maxCrlBytes  larger CRLs are refused rather than held in memory
     */
    public record Settings(Duration ocspTimeout, Duration crlTimeout, Duration crlMaxAge, Duration ocspMaxAge,
                           Duration clockSkew, boolean requireNonce, long maxCrlBytes) {

        public Settings {
            for (Duration duration : List.of(ocspTimeout, crlTimeout, crlMaxAge, ocspMaxAge, clockSkew)) {
                if (duration.isNegative()) {
                    throw new IllegalArgumentException("Durations must not be negative: " + duration);
                }
            }
            if (maxCrlBytes <= 0) {
                throw new IllegalArgumentException("maxCrlBytes must be positive");
            }
        }

        /** 5 s timeouts, CRLs refreshed hourly, nonce required, CRLs up to 256 MiB (NCA RK's full CRLs are large). */
        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofHours(1),
                    Duration.ofMinutes(15), Duration.ofMinutes(5), true, 256L * 1024 * 1024);
        }

        public Settings withTimeouts(Duration timeout) {
            return new Settings(timeout, timeout, crlMaxAge, ocspMaxAge, clockSkew, requireNonce, maxCrlBytes);
        }

        public Settings withCrlMaxAge(Duration maxAge) {
            return new Settings(ocspTimeout, crlTimeout, maxAge, ocspMaxAge, clockSkew, requireNonce, maxCrlBytes);
        }
    }

    private static final long MAX_OCSP_BYTES = 1024 * 1024;
    private static final Set<String> UNDERSTOOD_CRL_EXTENSIONS = Set.of(Extension.issuingDistributionPoint.getId());

    private final Settings settings;
    private final Clock clock;
    private final HttpClient http;
    private final SecureRandom random = new SecureRandom();
    private final DigestCalculatorProvider digests;
    private final Map<URI, KeptCrl> crls = new ConcurrentHashMap<>();

    public OnlineRevocationSource(Clock clock) {
        this(Settings.defaults(), clock);
    }

    public OnlineRevocationSource(Settings settings, Clock clock) {
        // the JVM's proxy settings (http.proxyHost, ...) apply, as the CA's servers are outside
        this(settings, clock, HttpClient.newBuilder()
                .connectTimeout(settings.ocspTimeout().compareTo(settings.crlTimeout()) > 0
                        ? settings.ocspTimeout() : settings.crlTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .proxy(ProxySelector.getDefault() != null ? ProxySelector.getDefault() : HttpClient.Builder.NO_PROXY)
                .build());
    }

    public OnlineRevocationSource(Settings settings, Clock clock, HttpClient http) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.http = Objects.requireNonNull(http, "http");
        try {
            this.digests = new JcaDigestCalculatorProviderBuilder().setProvider(BouncyCastle.PROVIDER).build();
        } catch (OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public RevocationEvidence check(X509Certificate certificate, X509Certificate issuer, Instant at) {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(at, "at");
        List<String> problems = new ArrayList<>();
        List<URI> responders = ocspUrls(certificate);
        if (responders.isEmpty()) {
            problems.add("the certificate names no OCSP responder");
        }
        for (URI url : responders) {
            try {
                return ocsp(url, certificate, issuer, at);
            } catch (Unusable e) {
                problems.add("the OCSP responder " + url + " " + e.getMessage());
            }
        }
        List<URI> distributionPoints = crlUrls(certificate);
        if (distributionPoints.isEmpty()) {
            problems.add("the certificate names no CRL distribution point");
        }
        for (URI url : distributionPoints) {
            try {
                return crl(url, certificate, issuer, at);
            } catch (Unusable e) {
                problems.add("the CRL " + url + " " + e.getMessage());
            }
        }
        return RevocationEvidence.unknown("The revocation status could not be established: "
                + String.join("; ", problems) + ".");
    }

    // --- OCSP

    private RevocationEvidence ocsp(URI url, X509Certificate certificate, X509Certificate issuer, Instant at)
            throws Unusable {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        CertificateID id;
        byte[] request;
        try {
            // SHA-1 CertIDs: the one hash every responder supports (RFC 5019); it names, it does not protect
            id = new CertificateID(digests.get(CertificateID.HASH_SHA1), new JcaX509CertificateHolder(issuer),
                    certificate.getSerialNumber());
            OCSPReq ocspRequest = new OCSPReqBuilder().addRequest(id)
                    // RFC 8954: the extension's value is an OCTET STRING holding the nonce
                    .setRequestExtensions(new Extensions(new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce,
                            false, new DEROctetString(nonce).getEncoded())))
                    .build();
            request = ocspRequest.getEncoded();
        } catch (OCSPException | OperatorCreationException | CertificateEncodingException | IOException e) {
            throw new IllegalStateException("Could not build an OCSP request", e);
        }
        byte[] encoded = exchange(HttpRequest.newBuilder(url)
                .header("Content-Type", "application/ocsp-request")
                .header("Accept", "application/ocsp-response")
                .POST(HttpRequest.BodyPublishers.ofByteArray(request)), settings.ocspTimeout(), MAX_OCSP_BYTES);

        BasicOCSPResp basic;
        try {
            OCSPResp response = new OCSPResp(encoded);
            if (response.getStatus() != OCSPResp.SUCCESSFUL) {
                throw new Unusable("answered with the error status " + errorStatus(response.getStatus()));
            }
            if (!(response.getResponseObject() instanceof BasicOCSPResp b)) {
                throw new Unusable("answered with a response type other than basic");
            }
            basic = b;
        } catch (IOException | OCSPException | RuntimeException e) {
            throw new Unusable("answered with something that is not an OCSP response");
        }
        Instant now = clock.instant();
        checkResponder(basic, issuer, now);
        checkNonce(basic, nonce);
        SingleResp answer = Arrays.stream(basic.getResponses()).filter(r -> sameCertificate(r.getCertID(), id))
                .findFirst().orElseThrow(() -> new Unusable("answered about another certificate"));
        checkFreshness(answer, now);

        Instant producedAt = basic.getProducedAt().toInstant();
        CertificateStatus status = answer.getCertStatus();
        if (status == CertificateStatus.GOOD) {
            return new RevocationEvidence(RevocationStatus.GOOD, "OCSP", encoded, producedAt, null,
                    "Not revoked, according to the OCSP responder " + url + " at " + producedAt + ".");
        }
        if (status instanceof RevokedStatus revoked) {
            Instant revokedAt = revoked.getRevocationTime().toInstant();
            String reason = revoked.hasRevocationReason() ? reason(revoked.getRevocationReason()) : null;
            return revocation(revokedAt, reason, at, "OCSP", encoded, producedAt, "the OCSP responder " + url);
        }
        return new RevocationEvidence(RevocationStatus.UNKNOWN, "OCSP", encoded, producedAt, null,
                "The OCSP responder " + url + " does not know the certificate, so its CA may not have issued it.");
    }

    /** Signed by the CA itself, or by a responder the CA delegated OCSP to (RFC 6960, 4.2.2.2). */
    private void checkResponder(BasicOCSPResp basic, X509Certificate issuer, Instant now) throws Unusable {
        SubjectPublicKeyInfo issuerKey = publicKeyInfo(issuer);
        if (signatureValid(basic, verifier(issuerKey))) {
            return;
        }
        X500Name issuerName = X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded());
        for (X509CertificateHolder candidate : basic.getCerts()) {
            if (!candidate.getIssuer().equals(issuerName) || !certifiedBy(candidate, issuerKey)
                    || !candidate.isValidOn(Date.from(now))) {
                continue;
            }
            ExtendedKeyUsage purposes = ExtendedKeyUsage.fromExtensions(candidate.getExtensions());
            if (purposes == null || !purposes.hasKeyPurposeId(KeyPurposeId.id_kp_OCSPSigning)) {
                continue;
            }
            if (signatureValid(basic, verifier(candidate.getSubjectPublicKeyInfo()))) {
                checkResponderNotRevoked(candidate, issuer);
                return;
            }
        }
        throw new Unusable("answered with a signature that is neither the CA's nor that of a responder the CA "
                + "authorised");
    }

    /** Without ocsp-nocheck the responder's own certificate needs a check, which only the CA's CRL can give. */
    private void checkResponderNotRevoked(X509CertificateHolder responder, X509Certificate issuer) throws Unusable {
        if (responder.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck) != null) {
            return;
        }
        X509Certificate certificate;
        try {
            certificate = new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER).getCertificate(responder);
        } catch (CertificateException e) {
            throw new Unusable("answered with an unreadable responder certificate");
        }
        List<String> problems = new ArrayList<>();
        for (URI url : crlUrls(certificate)) {
            try {
                RevocationEvidence evidence = crl(url, certificate, issuer, clock.instant());
                if (evidence.status() == RevocationStatus.GOOD) {
                    return;
                }
                throw new Unusable("answered with a signature of a revoked responder (" + evidence.detail() + ")");
            } catch (Unusable e) {
                problems.add(e.getMessage());
            }
        }
        throw new Unusable("answered with a signature of a responder whose own revocation status is unknown"
                + (problems.isEmpty() ? "" : " (" + String.join("; ", problems) + ")"));
    }

    private void checkNonce(BasicOCSPResp basic, byte[] nonce) throws Unusable {
        Extension echoed = basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
        if (echoed == null) {
            if (settings.requireNonce()) {
                throw new Unusable("answered without the request's nonce, so a replayed answer cannot be ruled out");
            }
            return;
        }
        byte[] value = echoed.getExtnValue().getOctets();
        // RFC 8954 wraps the nonce in an OCTET STRING; some responders echo the bare bytes
        byte[] wrapped;
        try {
            wrapped = new DEROctetString(nonce).getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException("DER encoding in memory cannot fail", e);
        }
        if (!Arrays.equals(value, wrapped) && !Arrays.equals(value, nonce)) {
            throw new Unusable("answered with a nonce other than the request's");
        }
    }

    private void checkFreshness(SingleResp answer, Instant now) throws Unusable {
        Instant thisUpdate = answer.getThisUpdate().toInstant();
        if (thisUpdate.isAfter(now.plus(settings.clockSkew()))) {
            throw new Unusable("answered with a thisUpdate in the future (" + thisUpdate + ")");
        }
        if (answer.getNextUpdate() != null) {
            Instant nextUpdate = answer.getNextUpdate().toInstant();
            if (nextUpdate.isBefore(now.minus(settings.clockSkew()))) {
                throw new Unusable("answered with a stale status (nextUpdate " + nextUpdate + " has passed)");
            }
        } else if (thisUpdate.isBefore(now.minus(settings.ocspMaxAge()))) {
            throw new Unusable("answered with a status of " + thisUpdate + " without nextUpdate, older than "
                    + settings.ocspMaxAge().toMinutes() + " minutes");
        }
    }

    /** Field by field: responders re-encode the CertID (e.g. the hash algorithm's NULL parameters). */
    private static boolean sameCertificate(CertificateID a, CertificateID b) {
        return a.getHashAlgOID().equals(b.getHashAlgOID())
                && Arrays.equals(a.getIssuerNameHash(), b.getIssuerNameHash())
                && Arrays.equals(a.getIssuerKeyHash(), b.getIssuerKeyHash())
                && a.getSerialNumber().equals(b.getSerialNumber());
    }

    private static boolean signatureValid(BasicOCSPResp basic, ContentVerifierProvider verifier) {
        try {
            return verifier != null && basic.isSignatureValid(verifier);
        } catch (OCSPException | RuntimeException e) {
            // e.g. an RSA key against an ECDSA signature: simply not this signer
            return false;
        }
    }

    private static boolean certifiedBy(X509CertificateHolder candidate, SubjectPublicKeyInfo issuerKey) {
        ContentVerifierProvider verifier = verifier(issuerKey);
        try {
            return verifier != null && candidate.isSignatureValid(verifier);
        } catch (CertException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The verifier of signatures by {@code key}: through {@link GostOperators} for a GOST key (an NCA RK one has
     * no JCA {@code PublicKey}), through the JCA of {@code BouncyCastle.PROVIDER} for RSA and EC, as before.
     *
     * @return {@code null} for a key that cannot verify anything
     */
    private static ContentVerifierProvider verifier(SubjectPublicKeyInfo key) {
        if (key == null) {
            return null;
        }
        try {
            return GostOperators.contentVerifierProvider(key);
        } catch (OperatorCreationException | RuntimeException e) {
            return null;
        }
    }

    /** The certificate's key as encoded in it: readable for every algorithm, NCA RK GOST included. */
    private static SubjectPublicKeyInfo publicKeyInfo(X509Certificate certificate) {
        try {
            return new JcaX509CertificateHolder(certificate).getSubjectPublicKeyInfo();
        } catch (CertificateEncodingException | RuntimeException e) {
            return null;
        }
    }

    private static String errorStatus(int status) {
        return switch (status) {
            case OCSPResp.MALFORMED_REQUEST -> "malformedRequest";
            case OCSPResp.INTERNAL_ERROR -> "internalError";
            case OCSPResp.TRY_LATER -> "tryLater";
            case OCSPResp.SIG_REQUIRED -> "sigRequired";
            case OCSPResp.UNAUTHORIZED -> "unauthorized";
            default -> String.valueOf(status);
        };
    }

    // --- CRL

    private RevocationEvidence crl(URI url, X509Certificate certificate, X509Certificate issuer, Instant at)
            throws Unusable {
        KeptCrl kept = currentCrl(url, issuer);
        checkScope(kept.crl(), certificate);
        X509CRLEntry entry = kept.crl().getRevokedCertificate(certificate.getSerialNumber());
        if (entry == null || entry.getRevocationReason() == CRLReason.REMOVE_FROM_CRL) {
            return new RevocationEvidence(RevocationStatus.GOOD, "CRL", kept.encoded(), kept.thisUpdate(), null,
                    "Not revoked, according to the CRL " + url + " of " + kept.thisUpdate() + ".");
        }
        CRLReason reason = entry.getRevocationReason();
        return revocation(entry.getRevocationDate().toInstant(), reason == null ? null : reason(reason.ordinal()), at,
                "CRL", kept.encoded(), kept.thisUpdate(), "the CRL " + url + " of " + kept.thisUpdate());
    }

    /** The kept CRL while it is current, otherwise a new download; the kept one again if that fails. */
    private KeptCrl currentCrl(URI url, X509Certificate issuer) throws Unusable {
        Instant now = clock.instant();
        KeptCrl kept = crls.get(url);
        boolean keptUsable = kept != null && kept.issuerKey().equals(publicKeyInfo(issuer)) && usable(kept, now);
        if (keptUsable && kept.downloadedAt().plus(settings.crlMaxAge()).isAfter(now)) {
            return kept;
        }
        try {
            // Two threads may download the same CRL at once; that is rare and harmless, a lock per URL is not.
            byte[] encoded = exchange(HttpRequest.newBuilder(url).header("Accept", "application/pkix-crl").GET(),
                    settings.crlTimeout(), settings.maxCrlBytes());
            KeptCrl downloaded = verifiedCrl(encoded, issuer, now);
            if (!usable(downloaded, now)) {
                throw new Unusable("is stale: its nextUpdate " + downloaded.nextUpdate() + " has passed");
            }
            crls.put(url, downloaded);
            return downloaded;
        } catch (Unusable e) {
            if (keptUsable) {
                return kept;
            }
            throw e;
        }
    }

    private KeptCrl verifiedCrl(byte[] encoded, X509Certificate issuer, Instant now) throws Unusable {
        X509CRL crl;
        try {
            crl = (X509CRL) CertificateFactory.getInstance("X.509", BouncyCastle.PROVIDER)
                    .generateCRL(new ByteArrayInputStream(encoded));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new Unusable("is not a CRL");
        }
        if (!crl.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
            throw new Unusable("was issued by " + crl.getIssuerX500Principal().getName() + ", not by the certificate's CA");
        }
        SubjectPublicKeyInfo issuerKey = publicKeyInfo(issuer);
        ContentVerifierProvider verifier = verifier(issuerKey);
        try {
            // the X509CRLHolder check, as X509CRL.verify, also requires the inner and outer algorithms to agree
            if (verifier == null || !new X509CRLHolder(crl.getEncoded()).isSignatureValid(verifier)) {
                throw new Unusable("is not signed by the certificate's CA");
            }
        } catch (CertException | CRLException | IOException | RuntimeException e) {
            throw new Unusable("is not signed by the certificate's CA");
        }
        boolean[] keyUsage = issuer.getKeyUsage();
        if (keyUsage != null && (keyUsage.length <= 6 || !keyUsage[6])) {
            throw new Unusable("is signed by a CA key that may not sign CRLs");
        }
        Instant thisUpdate = crl.getThisUpdate().toInstant();
        if (thisUpdate.isAfter(now.plus(settings.clockSkew()))) {
            throw new Unusable("has a thisUpdate in the future (" + thisUpdate + ")");
        }
        // RFC 5280 requires nextUpdate; without one the CRL is trusted no longer than crlMaxAge
        Instant nextUpdate = crl.getNextUpdate() != null ? crl.getNextUpdate().toInstant()
                : thisUpdate.plus(settings.crlMaxAge());
        return new KeptCrl(crl, encoded, issuerKey, thisUpdate, nextUpdate, now);
    }

    private boolean usable(KeptCrl kept, Instant now) {
        return !kept.nextUpdate().isBefore(now.minus(settings.clockSkew()));
    }

    /** Only complete CRLs for the certificate's kind: a delta or partial CRL is silent about what it omits. */
    private static void checkScope(X509CRL crl, X509Certificate certificate) throws Unusable {
        if (crl.getExtensionValue(Extension.deltaCRLIndicator.getId()) != null) {
            throw new Unusable("is a delta CRL, which lists only changes");
        }
        Set<String> critical = crl.getCriticalExtensionOIDs();
        if (critical != null && !UNDERSTOOD_CRL_EXTENSIONS.containsAll(critical)) {
            throw new Unusable("has critical extensions this software does not understand: " + critical);
        }
        byte[] idp = crl.getExtensionValue(Extension.issuingDistributionPoint.getId());
        if (idp != null) {
            IssuingDistributionPoint scope = IssuingDistributionPoint.getInstance(
                    ASN1OctetString.getInstance(idp).getOctets());
            boolean ca = certificate.getBasicConstraints() >= 0;
            if (scope.isIndirectCRL() || scope.getOnlySomeReasons() != null || scope.onlyContainsAttributeCerts()
                    || (scope.onlyContainsCACerts() && !ca) || (scope.onlyContainsUserCerts() && ca)) {
                throw new Unusable("covers only part of the CA's certificates, not necessarily this one");
            }
        }
    }

    /**
     * @param downloadedAt by our clock, for {@link Settings#crlMaxAge()}
     * @param issuerKey    the key it was verified with: a kept CRL serves only the CA that signed it
     */
    private record KeptCrl(X509CRL crl, byte[] encoded, SubjectPublicKeyInfo issuerKey, Instant thisUpdate, Instant nextUpdate,
                           Instant downloadedAt) {
    }

    // --- shared

    /** Revoked after the moment checked means still good at that moment (a signature made before stays valid). */
    private static RevocationEvidence revocation(Instant revokedAt, String reason, Instant at, String source,
                                                 byte[] encoded, Instant producedAt, String according) {
        String what = "revoked on " + revokedAt + (reason == null ? "" : " (" + reason + ")") + ", according to "
                + according;
        if (revokedAt.isAfter(at)) {
            return new RevocationEvidence(RevocationStatus.GOOD, source, encoded, producedAt, null,
                    "Not revoked at " + at + "; " + what + ".");
        }
        return new RevocationEvidence(RevocationStatus.REVOKED, source, encoded, producedAt, revokedAt,
                Character.toUpperCase(what.charAt(0)) + what.substring(1) + ".");
    }

    /** "key compromise" for reason code 1, as the officer reads it. */
    private static String reason(int code) {
        CRLReason[] reasons = CRLReason.values();
        return code >= 0 && code < reasons.length
                ? reasons[code].name().toLowerCase(Locale.ROOT).replace('_', ' ') : "reason " + code;
    }

    private static List<URI> ocspUrls(X509Certificate certificate) {
        List<URI> urls = new ArrayList<>();
        try {
            AuthorityInformationAccess access = AuthorityInformationAccess.fromExtensions(extensions(certificate));
            if (access != null) {
                for (AccessDescription description : access.getAccessDescriptions()) {
                    if (AccessDescription.id_ad_ocsp.equals(description.getAccessMethod())) {
                        httpUri(description.getAccessLocation(), urls);
                    }
                }
            }
        } catch (RuntimeException e) {
            // a malformed extension names no usable responder
        }
        return urls;
    }

    private static List<URI> crlUrls(X509Certificate certificate) {
        List<URI> urls = new ArrayList<>();
        try {
            CRLDistPoint points = CRLDistPoint.fromExtensions(extensions(certificate));
            if (points != null) {
                for (DistributionPoint point : points.getDistributionPoints()) {
                    DistributionPointName name = point.getDistributionPoint();
                    // a CRL issued by someone else than the CA (cRLIssuer) is an indirect CRL, not supported
                    if (name == null || point.getCRLIssuer() != null || name.getType() != DistributionPointName.FULL_NAME) {
                        continue;
                    }
                    for (GeneralName location : GeneralNames.getInstance(name.getName()).getNames()) {
                        httpUri(location, urls);
                    }
                }
            }
        } catch (RuntimeException e) {
            // a malformed extension names no usable distribution point
        }
        return urls;
    }

    private static Extensions extensions(X509Certificate certificate) {
        try {
            return new JcaX509CertificateHolder(certificate).getExtensions();
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** LDAP and other schemes, which NCA RK does not use, are skipped. */
    private static void httpUri(GeneralName name, List<URI> urls) {
        if (name.getTagNo() != GeneralName.uniformResourceIdentifier) {
            return;
        }
        try {
            URI uri = URI.create(name.getName().toString());
            if ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) {
                urls.add(uri);
            }
        } catch (IllegalArgumentException e) {
            // not a URI: skipped like an unsupported scheme
        }
    }

    /** The body of a 200 answer, within the deadline and the size limit. */
    private byte[] exchange(HttpRequest.Builder request, Duration timeout, long maxBytes) throws Unusable {
        CompletableFuture<HttpResponse<byte[]>> exchange =
                http.sendAsync(request.timeout(timeout).build(), info -> new LimitedBody(maxBytes));
        try {
            // the request timeout covers only the wait for the headers; this covers the body too
            HttpResponse<byte[]> response = exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (response.statusCode() != 200) {
                throw new Unusable("answered HTTP " + response.statusCode());
            }
            return response.body();
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new Unusable("did not answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof java.net.http.HttpTimeoutException) {
                throw new Unusable("did not answer within " + timeout.toMillis() + " ms");
            }
            throw new Unusable("is unreachable (" + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unusable("was not waited for: the thread was interrupted");
        }
    }

    /** Collects a body, failing as soon as it grows past the limit rather than after holding it all. */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final HttpResponse.BodySubscriber<byte[]> bytes = HttpResponse.BodySubscribers.ofByteArray();
        private final CompletableFuture<byte[]> body = new CompletableFuture<>();
        private final long maxBytes;
        private long received;
        private Flow.Subscription subscription;

        LimitedBody(long maxBytes) {
            this.maxBytes = maxBytes;
            bytes.getBody().whenComplete((result, failure) -> {
                if (failure != null) {
                    body.completeExceptionally(failure);
                } else {
                    body.complete(result);
                }
            });
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            bytes.onSubscribe(subscription);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            for (ByteBuffer item : items) {
                received += item.remaining();
            }
            if (received > maxBytes) {
                subscription.cancel();
                body.completeExceptionally(new IOException("the answer is larger than " + maxBytes + " bytes"));
                return;
            }
            bytes.onNext(items);
        }

        @Override
        public void onError(Throwable failure) {
            bytes.onError(failure);
        }

        @Override
        public void onComplete() {
            bytes.onComplete();
        }
    }

    /** Why one responder's or distribution point's answer cannot be used; the message completes "The ... ". */
    private static final class Unusable extends Exception {
        Unusable(String message) {
            super(message, null, false, false);
        }
    }
}
