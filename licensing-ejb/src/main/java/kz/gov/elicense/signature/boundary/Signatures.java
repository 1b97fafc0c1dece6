package kz.gov.elicense.signature.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import kz.gov.elicense.configuration.ConfigurationDirectories;
import kz.gov.elicense.signature.control.CmsSignatureVerifier;
import kz.gov.elicense.signature.control.CmsSigner;
import kz.gov.elicense.signature.control.SigningKey;
import kz.gov.elicense.signature.control.TrustAnchors;
import kz.gov.elicense.signature.entity.ExpectedSigner;
import kz.gov.elicense.signature.entity.SignatureVerification;
import kz.gov.elicense.signature.entity.SignerIdentity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * The EDS of the installation: verifies applicants' signatures against the configured trust anchors and signs
 * results with the key of the provider's authorised person. Trust anchors are read from {@code <pki>/trust};
 * the key from {@code licensing.provider.keystore} (default {@code <pki>/provider/head-signer.p12}).
 */
@ApplicationScoped
public class Signatures {

    private static final Logger LOG = Logger.getLogger(Signatures.class.getName());

    @Inject
    Clock clock;

    private CmsSignatureVerifier verifier;
    private CmsSigner signer;
    private SigningKey providerKey;

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
            TrustAnchors anchors = TrustAnchors.fromPem(trust);
            verifier = new CmsSignatureVerifier(anchors, clock);
            signer = new CmsSigner(clock);
            providerKey = SigningKey.fromPkcs12(keystore, password, alias);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the trust anchors in " + trust + " or the provider key "
                    + keystore + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot use the provider key " + keystore + ": " + e.getMessage(), e);
        }
        LOG.info(() -> "Trust anchors from " + trust + "; results signed by " + SignerIdentity.of(providerKey.certificate()).fullName());
    }

    /** Reads the keys at deployment, so that a missing trust anchor or key fails the deployment, not a request. */
    void loadAtStartup(@Observes Startup startup) {
        providerSigner();
    }

    /** Verifies an applicant's detached CMS signature over the exact bytes they submitted. */
    public SignatureVerification verifyApplicant(byte[] content, byte[] signature, ExpectedSigner expected) {
        return verifier.verifyDetached(content, signature, expected);
    }

    /** Signs a result document with the provider's key; returns the detached CMS signature. */
    public ProviderSignature signAsProvider(byte[] content) {
        return new ProviderSignature(signer.signDetached(content, providerKey), SignerIdentity.of(providerKey.certificate()));
    }

    /** Verifies a result this installation signed, e.g. for the public licence check. */
    public SignatureVerification verifyResult(byte[] content, byte[] signature) {
        return verifier.verifyDetached(content, signature, ExpectedSigner.ANY);
    }

    public SignerIdentity providerSigner() {
        return SignerIdentity.of(providerKey.certificate());
    }

    /** A provider's signature and who made it. */
    public record ProviderSignature(byte[] cms, SignerIdentity signer) {
    }
}
