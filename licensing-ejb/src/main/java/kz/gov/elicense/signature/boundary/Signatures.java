package kz.gov.elicense.signature.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import kz.gov.elicense.configuration.ConfigurationDirectories;
import kz.gov.elicense.document.boundary.LicenceSeals;
import kz.gov.elicense.document.entity.LicenceSeal;
import kz.gov.elicense.observability.metrics.Meters;
import kz.gov.elicense.signature.control.CmsSignatureVerifier;
import kz.gov.elicense.signature.control.CmsSigner;
import kz.gov.elicense.signature.control.OnlineRevocationSource;
import kz.gov.elicense.signature.control.Rfc3161TimeStamper;
import kz.gov.elicense.signature.control.SigningKey;
import kz.gov.elicense.signature.control.TimeStamper;
import kz.gov.elicense.signature.control.TrustAnchors;
import kz.gov.elicense.signature.control.VerifiedSignatures;
import kz.gov.elicense.signature.entity.ExpectedSigner;
import kz.gov.elicense.signature.entity.SignatureVerification;
import kz.gov.elicense.signature.entity.SignerIdentity;
import kz.gov.elicense.signature.entity.ValidationMaterial;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The EDS of the installation. Verifies applicants' signatures against the configured trust anchors with
 * revocation (OCSP, CRL fallback); signs results with the key of the provider's authorised person, time-stamped
 * by the configured RFC 3161 authority (CAdES-T); verifies stored results again from the validation material kept
 * with them, without the network (long-term validation); and seals licences for their QR code.
 */
@ApplicationScoped
public class Signatures {

    private static final Logger LOG = Logger.getLogger(Signatures.class.getName());

    @Inject
    Clock clock;

    private CmsSignatureVerifier verifier;
    private CmsSigner signer;
    private SigningKey providerKey;
    private TimeStamper timeStamper;
    private ExpectedSigner providerOfficer;
    private LicenceSeals seals;
    private TrustAnchors anchors;
    private String tsaUrl;
    private volatile PkiReadiness lastReadiness;
    private VerifiedSignatures lookups;

    @PostConstruct
    void load() {
        Path pki = ConfigurationDirectories.pkiDir();
        Path trust = ConfigurationDirectories.setting("licensing.trust.dir").map(Path::of).orElse(pki.resolve("trust"));
        Path keystore = ConfigurationDirectories.setting("licensing.provider.keystore").map(Path::of)
                .orElse(pki.resolve("provider").resolve("head-signer.p12"));
        char[] password = ConfigurationDirectories.setting("licensing.provider.keystore.password").orElse("demo")
                .toCharArray();
        String alias = ConfigurationDirectories.setting("licensing.provider.keystore.alias").orElse("head");
        try {
            anchors = TrustAnchors.fromPem(trust);
            verifier = new CmsSignatureVerifier(anchors, clock, new OnlineRevocationSource(clock));
            signer = new CmsSigner(clock);
            providerKey = SigningKey.fromPkcs12(keystore, password, alias);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the trust anchors in " + trust + " or the provider key "
                    + keystore + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot use the provider key " + keystore + ": " + e.getMessage(), e);
        }
        tsaUrl = ConfigurationDirectories.setting("licensing.tsa.url").orElse(null);
        timeStamper = tsaUrl == null ? null : new Rfc3161TimeStamper(URI.create(tsaUrl));
        SignerIdentity head = SignerIdentity.of(providerKey.certificate());
        // results must carry the provider's BIN and be signed by one of its authorised officers
        List<String> allowed = ConfigurationDirectories.setting("licensing.provider.signers")
                .map(list -> Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of(head.iin()));
        providerOfficer = ExpectedSigner.providerOfficer(head.bin(), allowed);
        seals = new LicenceSeals(verificationBaseUrl());
        Duration ttl = ConfigurationDirectories.setting("licensing.verification.cache.ttl").map(Duration::parse)
                .orElse(VerifiedSignatures.DEFAULT_TIME_TO_LIVE);
        long size = ConfigurationDirectories.setting("licensing.verification.cache.size").map(Long::parseLong)
                .orElse(VerifiedSignatures.DEFAULT_SIZE);
        lookups = new VerifiedSignatures(clock, ttl, size);
        LOG.info(() -> "Trust anchors from " + trust + "; results signed by " + head.fullName()
                + (timeStamper == null ? " without time stamps (licensing.tsa.url not set)" : ", time-stamped"));
    }

    /** Reads the keys at deployment, so that a missing trust anchor or key fails the deployment, not a request. */
    void loadAtStartup(@Observes Startup startup) {
        providerSigner();
    }

    /** Verifies an applicant's detached CMS signature over the exact bytes they submitted, with revocation. */
    public SignatureVerification verifyApplicant(byte[] content, byte[] signature, ExpectedSigner expected) {
        return verified(() -> verifier.verifyDetached(content, signature, expected));
    }

    /**
     * Verifies an applicant's signature extended to CAdES-T on receipt: a time stamp from the configured authority
     * over its value, so that it can be judged at that time for as long as it is kept. Stamping comes first so that
     * one online verification (with the authority's revocation evidence) serves; only a signature found invalid is
     * verified again as the applicant sent it, so that the verdict and its reason are about their bytes, not our
     * stamp. When the authority is unreachable the signature is kept as it came (CAdES-B).
     */
    public ReceivedSignature receiveApplicant(byte[] content, byte[] signature, ExpectedSigner expected) {
        long start = System.nanoTime();
        String outcome = "ERROR";
        try {
            ReceivedSignature received = receive(content, signature, expected);
            outcome = received.verification().status().name();
            return received;
        } finally {
            Meters.signature("verify", outcome, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private ReceivedSignature receive(byte[] content, byte[] signature, ExpectedSigner expected) {
        if (timeStamper == null) {
            return new ReceivedSignature(verifier.verifyDetached(content, signature, expected), signature);
        }
        byte[] stamped;
        try {
            stamped = CmsSigner.addTimeStamp(signature, timeStamper);
        } catch (TimeStamper.TimeStampUnavailableException e) {
            LOG.warning(() -> "Applicant's signature kept without a time stamp: " + e.getMessage());
            return new ReceivedSignature(verifier.verifyDetached(content, signature, expected), signature);
        } catch (IllegalArgumentException notCms) {
            // not a signature at all: the verifier says precisely what is wrong with it
            return new ReceivedSignature(verifier.verifyDetached(content, signature, expected), signature);
        }
        SignatureVerification verification = verifier.verifyDetached(content, stamped, expected);
        if (verification.status() == kz.gov.elicense.signature.entity.VerificationStatus.INVALID) {
            return new ReceivedSignature(verifier.verifyDetached(content, signature, expected), signature);
        }
        return new ReceivedSignature(verification, stamped);
    }

    /** An applicant's signature as received: its verification and the (possibly time-stamped) CMS to keep. */
    public record ReceivedSignature(SignatureVerification verification, byte[] cms) {
    }

    /**
     * Signs a result document with the provider's key, time-stamped when a TSA is configured, and verifies the
     * fresh signature at once to collect its validation material (chain, revocation evidence, time stamp).
     */
    public ProviderSignature signAsProvider(byte[] content) {
        long start = System.nanoTime();
        String outcome = "FAILED";
        try {
            ProviderSignature signature = sign(content);
            outcome = "SIGNED";
            return signature;
        } finally {
            Meters.signature("sign", outcome, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private ProviderSignature sign(byte[] content) {
        byte[] cms = timeStamper == null ? signer.signDetached(content, providerKey)
                : signer.signDetached(content, providerKey, timeStamper);
        SignatureVerification check = verifier.verifyDetached(content, cms, providerOfficer);
        if (check.status() == kz.gov.elicense.signature.entity.VerificationStatus.INVALID) {
            throw new IllegalStateException("The provider's own signature does not verify: " + check.reason());
        }
        return new ProviderSignature(cms, SignerIdentity.of(providerKey.certificate()),
                check.material() == null ? null : check.material().encode(),
                check.timeStamped() ? check.signingTime() : null);
    }

    /** Verifies a stored result: with its validation material and no network when there is material, else online. */
    public SignatureVerification verifyResult(byte[] content, byte[] signature, byte[] material) {
        if (material == null) {
            return verified(() -> verifier.verifyDetached(content, signature, providerOfficer));
        }
        return verified(() -> verifier.verifyWithMaterial(content, signature, providerOfficer,
                ValidationMaterial.decode(material)));
    }

    /**
     * {@link #verifyResult} for the register's lookups (the public licence check, the weapon register): the verdict
     * over the same bytes is remembered for at most {@code licensing.verification.cache.ttl} (see
     * {@link VerifiedSignatures} for why that is sound and what it may delay). Other callers, e.g. the audit trail's
     * verification, verify each time.
     */
    public SignatureVerification verifyResultForLookup(byte[] content, byte[] signature, byte[] material) {
        return lookups.verdict(content, signature, material, () -> verifyResult(content, signature, material));
    }

    /**
     * {@link #verifyResultForLookup} keyed by the stored document's identity (id, signing instant, certificate
     * serial) instead of its bytes, so that a remembered verdict costs no read of the document: {@code stored} reads
     * the bytes and is called only when no verdict is remembered. Sound because a stored result document is written
     * once (see {@link VerifiedSignatures}).
     */
    public SignatureVerification verifyStoredResultForLookup(long documentId, Instant signedAt, String certificateSerial,
                                                             Supplier<StoredResult> stored) {
        return lookups.verdictOfStored(documentId, signedAt, certificateSerial, () -> {
            StoredResult result = stored.get();
            return verifyResult(result.content(), result.signature(), result.material());
        });
    }

    /** The bytes of a stored result as verified: its content, detached CMS signature and validation material (or null). */
    public record StoredResult(byte[] content, byte[] signature, byte[] material) {
    }

    /** A verification, timed and counted by its outcome (ERROR when it failed to give one). */
    private static SignatureVerification verified(Supplier<SignatureVerification> verification) {
        long start = System.nanoTime();
        String outcome = "ERROR";
        try {
            SignatureVerification result = verification.get();
            outcome = result.status().name();
            return result;
        } finally {
            Meters.signature("verify", outcome, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /** The signed compact payload of a licence's QR code, verifiable offline with the provider's public key. */
    public String seal(LicenceSeal seal) {
        return seals.seal(seal, providerKey.privateKey());
    }

    public Optional<LicenceSeal> verifySeal(String qrText) {
        return seals.verify(qrText, providerKey.certificate().getPublicKey());
    }

    public String verificationLink(String licenceNumber) {
        return seals.verificationLink(licenceNumber);
    }

    public SignerIdentity providerSigner() {
        return SignerIdentity.of(providerKey.certificate());
    }

    /**
     * Whether the EDS can work now: trust anchors loaded, the provider's key within its validity and able to sign,
     * the time-stamp authority answering HTTP. Judged at most every {@link PkiReadiness#FRESH_FOR} so that frequent
     * readiness polls do not sign and call the authority each time.
     */
    public PkiReadiness readiness() {
        PkiReadiness last = lastReadiness;
        if (last != null && last.freshAt(clock.instant())) {
            return last;
        }
        PkiReadiness now = PkiReadiness.judge(clock.instant(), anchors, providerKey,
                content -> signer.signDetached(content, providerKey), tsaUrl);
        lastReadiness = now;
        return now;
    }

    private static String verificationBaseUrl() {
        return ConfigurationDirectories.setting("licensing.verification.base-url")
                .orElse("http://127.0.0.1:8080/api/v1/licences");
    }

    /** A provider's signature, who made it, its validation material and the time-stamped signing time. */
    public record ProviderSignature(byte[] cms, SignerIdentity signer, byte[] material, java.time.Instant timeStamped) {
    }
}
