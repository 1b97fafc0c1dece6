package kz.gov.elicense.signature.control;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.CertificateException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerId;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.RuntimeOperatorException;
import org.bouncycastle.util.Store;

import kz.gov.elicense.signature.entity.ExpectedSigner;
import kz.gov.elicense.signature.entity.SignatureFailure;
import kz.gov.elicense.signature.entity.SignatureVerification;
import kz.gov.elicense.signature.entity.SignerIdentity;

/**
 * Verifies detached CMS (PKCS#7) signatures made with an EDS key.
 * <p>
 * The checks run from the most to the least fundamental, and the first failure decides the outcome, so the
 * reported reason is always the precise one: a signature over altered bytes is reported as altered even if
 * its certificate also happens to be expired, and an expired certificate is reported as expired rather than
 * as "untrusted" by the path validation that would also reject it.
 * <ol>
 *     <li>structure: a DER/BER CMS SignedData without encapsulated content, with exactly one signer and that
 *     signer's certificate ({@link SignatureFailure#MALFORMED});</li>
 *     <li>cryptography: the signature verifies over the given content ({@link SignatureFailure#SIGNATURE_INVALID});</li>
 *     <li>the certificate's validity period at the clock's time;</li>
 *     <li>the certificate's key usage: digitalSignature and nonRepudiation, i.e. an NCA RK signing certificate
 *     rather than an authentication one ({@link SignatureFailure#KEY_USAGE});</li>
 *     <li>a PKIX path to one of the trust anchors ({@link SignatureFailure#CERTIFICATE_UNTRUSTED});</li>
 *     <li>the expected BIN and IIN ({@link SignatureFailure#IDENTITY_MISMATCH}).</li>
 * </ol>
 * Never throws for bad input: every problem with the signature is a {@link SignatureVerification}.
 * Immutable and thread-safe.
 */
public final class CmsSignatureVerifier {

    /** Digests for which collisions can be produced: a signer could later disown the document. */
    private static final Set<ASN1ObjectIdentifier> BROKEN_DIGESTS = Set.of(
            PKCSObjectIdentifiers.md2, PKCSObjectIdentifiers.md4, PKCSObjectIdentifiers.md5,
            OIWObjectIdentifiers.idSHA1);

    private static final String[] KEY_USAGE_NAMES = {"digitalSignature", "nonRepudiation", "keyEncipherment",
            "dataEncipherment", "keyAgreement", "keyCertSign", "cRLSign", "encipherOnly", "decipherOnly"};
    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;

    private final TrustAnchors trustAnchors;
    private final Clock clock;

    public CmsSignatureVerifier(TrustAnchors trustAnchors, Clock clock) {
        this.trustAnchors = Objects.requireNonNull(trustAnchors, "trustAnchors");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param content  exactly the bytes that were signed (the submitted payload)
     * @param cmsDer   the detached CMS SignedData, DER (BER is tolerated); base64 is the caller's to decode
     * @param expected whose certificate the signature must have been made with; {@link ExpectedSigner#ANY} for anyone trusted
     */
    public SignatureVerification verifyDetached(byte[] content, byte[] cmsDer, ExpectedSigner expected) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(expected, "expected");
        if (cmsDer == null || cmsDer.length == 0) {
            return malformed("No signature was supplied.");
        }

        Collection<SignerInformation> signerInfos;
        Store<X509CertificateHolder> certificates;
        try {
            ContentInfo contentInfo = ContentInfo.getInstance(ASN1Primitive.fromByteArray(cmsDer));
            if (!CMSObjectIdentifiers.signedData.equals(contentInfo.getContentType())) {
                return malformed("The signature is a CMS structure of type " + contentInfo.getContentType()
                        + ", not SignedData.");
            }
            if (SignedData.getInstance(contentInfo.getContent()).getEncapContentInfo().getContent() != null) {
                return malformed("The signature encapsulates its own content; a detached signature over the"
                        + " submitted bytes is required.");
            }
            CMSSignedData signedData = new CMSSignedData(new CMSProcessableByteArray(content), contentInfo);
            // both are decoded lazily, so their structural errors surface here
            signerInfos = signedData.getSignerInfos().getSigners();
            certificates = signedData.getCertificates();
        } catch (IOException | CMSException | RuntimeException e) {
            // BouncyCastle reports malformed ASN.1 with assorted runtime exceptions
            return malformed("The signature is not a readable CMS SignedData structure (" + describe(e) + ").");
        }

        if (signerInfos.size() != 1) {
            return malformed(signerInfos.isEmpty()
                    ? "The signature contains no signer."
                    : "The signature contains " + signerInfos.size() + " signers, but exactly one is required.");
        }
        SignerInformation signerInfo = signerInfos.iterator().next();

        Collection<X509CertificateHolder> matches = certificatesOf(certificates, signerInfo.getSID());
        if (matches.isEmpty()) {
            return malformed("The signature does not include the signer's certificate.");
        }
        if (matches.size() > 1) {
            return malformed("The signature includes " + matches.size()
                    + " different certificates that match its signer; it is ambiguous which one signed.");
        }
        X509Certificate certificate;
        try {
            certificate = converter().getCertificate(matches.iterator().next());
        } catch (CertificateException e) {
            return malformed("The signer's certificate cannot be read (" + describe(e) + ").");
        }
        SignerIdentity signer = SignerIdentity.of(certificate);

        ASN1ObjectIdentifier digest = signerInfo.getDigestAlgorithmID().getAlgorithm();
        if (BROKEN_DIGESTS.contains(digest)) {
            return SignatureVerification.failed(SignatureFailure.MALFORMED, "The signature uses the digest algorithm "
                    + digest + ", which is no longer collision-resistant; SHA-256 or stronger is required.", signer, null);
        }

        SignatureVerification cryptographic = verifyCryptographically(signerInfo, certificate, signer);
        if (cryptographic != null) {
            return cryptographic;
        }
        Instant signingTime = signingTime(signerInfo);

        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS); // the resolution of certificate validity
        if (now.isBefore(signer.notBefore())) {
            return SignatureVerification.failed(SignatureFailure.CERTIFICATE_NOT_YET_VALID,
                    "The signer's certificate is valid only from " + signer.notBefore() + ", and it is now " + now + ".",
                    signer, signingTime);
        }
        if (now.isAfter(signer.notAfter())) {
            return SignatureVerification.failed(SignatureFailure.CERTIFICATE_EXPIRED,
                    "The signer's certificate expired at " + signer.notAfter() + ", and it is now " + now + ".",
                    signer, signingTime);
        }

        String keyUsageProblem = keyUsageProblem(certificate);
        if (keyUsageProblem != null) {
            return SignatureVerification.failed(SignatureFailure.KEY_USAGE, keyUsageProblem, signer, signingTime);
        }

        String pathProblem = pathProblem(certificate, certificates, now);
        if (pathProblem != null) {
            return SignatureVerification.failed(SignatureFailure.CERTIFICATE_UNTRUSTED,
                    "The signer's certificate (issued by " + signer.issuerDn()
                            + ") does not chain to a configured trust anchor: " + pathProblem,
                    signer, signingTime);
        }

        String identityProblem = identityProblem(signer, expected);
        if (identityProblem != null) {
            return SignatureVerification.failed(SignatureFailure.IDENTITY_MISMATCH, identityProblem, signer, signingTime);
        }

        return SignatureVerification.valid(signer, signingTime, "The signature is valid: made by " + signer.commonName()
                + (signer.iin() == null ? "" : " (IIN " + signer.iin() + ")")
                + (signer.bin() == null ? "" : " for BIN " + signer.bin())
                + " with a certificate issued by " + signer.issuerDn() + ".");
    }

    /** @return the failure, or {@code null} if the signature verifies over the content */
    private static SignatureVerification verifyCryptographically(SignerInformation signerInfo,
                                                                 X509Certificate certificate, SignerIdentity signer) {
        try {
            // Built from the bare public key on purpose: given the certificate, BouncyCastle would also reject
            // a certificate not valid at the (signer-asserted) signing time, and report it as a CMS error
            // instead of as an expired certificate.
            boolean verified = signerInfo.verify(new JcaSimpleSignerInfoVerifierBuilder()
                    .setProvider(BouncyCastle.PROVIDER)
                    .build(certificate.getPublicKey()));
            return verified ? null : SignatureVerification.failed(SignatureFailure.SIGNATURE_INVALID,
                    "The signature value does not verify with the public key of the signer's certificate:"
                            + " the signature or its signed attributes were altered.", signer, null);
        } catch (CMSSignerDigestMismatchException e) {
            return SignatureVerification.failed(SignatureFailure.SIGNATURE_INVALID,
                    "The submitted content does not match the digest in the signature: the content was altered"
                            + " after signing, or the signature was made over other content.", signer, null);
        } catch (RuntimeOperatorException e) {
            // the JCA signature engine rejects a signature value it cannot even decode (e.g. a broken ECDSA DER)
            return SignatureVerification.failed(SignatureFailure.SIGNATURE_INVALID,
                    "The signature value is corrupt and cannot be verified (" + describe(e) + ").", signer, null);
        } catch (OperatorCreationException e) {
            return SignatureVerification.failed(SignatureFailure.MALFORMED,
                    "The signature uses an unsupported algorithm (" + describe(e) + ").", signer, null);
        } catch (CMSException | RuntimeException e) {
            return SignatureVerification.failed(SignatureFailure.MALFORMED,
                    "The signer information of the signature is inconsistent (" + describe(e) + ").", signer, null);
        }
    }

    private static Instant signingTime(SignerInformation signerInfo) {
        AttributeTable signed = signerInfo.getSignedAttributes();
        Attribute attribute = signed == null ? null : signed.get(CMSAttributes.signingTime);
        if (attribute == null || attribute.getAttrValues().size() != 1) {
            return null;
        }
        // BouncyCastle has already rejected a signing-time that is not a Time during verification
        return Time.getInstance(attribute.getAttrValues().getObjectAt(0)).getDate().toInstant();
    }

    /** @return why the certificate may not make legally binding signatures, or {@code null} if it may */
    private static String keyUsageProblem(X509Certificate certificate) {
        boolean[] keyUsage = certificate.getKeyUsage();
        if (keyUsage == null) {
            return "The signer's certificate has no key usage extension; a signing certificate must allow"
                    + " digitalSignature and nonRepudiation.";
        }
        boolean digitalSignature = keyUsage.length > DIGITAL_SIGNATURE && keyUsage[DIGITAL_SIGNATURE];
        boolean nonRepudiation = keyUsage.length > NON_REPUDIATION && keyUsage[NON_REPUDIATION];
        if (digitalSignature && nonRepudiation) {
            return null;
        }
        List<String> allowed = new ArrayList<>();
        for (int i = 0; i < keyUsage.length && i < KEY_USAGE_NAMES.length; i++) {
            if (keyUsage[i]) {
                allowed.add(KEY_USAGE_NAMES[i]);
            }
        }
        return "The signer's certificate allows only " + (allowed.isEmpty() ? "nothing" : String.join(", ", allowed))
                + ", but a signing certificate must allow digitalSignature and nonRepudiation"
                + " (an authentication certificate cannot sign).";
    }

    /** @return why no trusted path exists, or {@code null} if one does */
    private String pathProblem(X509Certificate certificate, Store<X509CertificateHolder> enclosed, Instant now) {
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(certificate);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(trustAnchors.anchors(), target);
            // certificates sent along in the CMS may fill gaps in the chain; trust still comes only from the anchors
            List<X509Certificate> candidates = new ArrayList<>(trustAnchors.intermediates());
            candidates.add(certificate);
            candidates.addAll(enclosedCertificates(enclosed));
            parameters.addCertStore(CertStore.getInstance("Collection",
                    new CollectionCertStoreParameters(candidates), BouncyCastle.PROVIDER));
            // Revocation is deliberately not part of path validation: it is checked against NCA RK's OCSP
            // responder and CRLs by the revocation step that is added together with that integration.
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(now));
            CertPathBuilder.getInstance("PKIX", BouncyCastle.PROVIDER).build(parameters);
            return null;
        } catch (CertPathBuilderException e) {
            return messages(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PKIX path building is not available from BouncyCastle", e);
        }
    }

    private static List<X509Certificate> enclosedCertificates(Store<X509CertificateHolder> enclosed) {
        List<X509Certificate> certificates = new ArrayList<>();
        JcaX509CertificateConverter converter = converter();
        for (X509CertificateHolder holder : enclosed.getMatches(null)) {
            try {
                certificates.add(converter.getCertificate(holder));
            } catch (CertificateException e) {
                // an unreadable extra certificate cannot be part of a path; the path search reports the gap
            }
        }
        return certificates;
    }

    /** @return why the signer is not the expected one, or {@code null} if it is */
    private static String identityProblem(SignerIdentity signer, ExpectedSigner expected) {
        if (expected.bin() != null && !expected.bin().equals(signer.bin())) {
            return signer.bin() == null
                    ? "The signer's certificate names no organisation (no BIN), but a signature on behalf of BIN "
                      + expected.bin() + " is required."
                    : "The signer's certificate is issued for BIN " + signer.bin() + ", but a signature on behalf of BIN "
                      + expected.bin() + " is required.";
        }
        if (expected.iin() != null && !expected.iin().equals(signer.iin())) {
            return signer.iin() == null
                    ? "The signer's certificate names no person (no IIN), but a signature by IIN "
                      + expected.iin() + " is required."
                    : "The signer's certificate is issued to IIN " + signer.iin() + ", but a signature by IIN "
                      + expected.iin() + " is required.";
        }
        return null;
    }

    @SuppressWarnings("unchecked") // SignerId implements the raw Selector type
    private static Collection<X509CertificateHolder> certificatesOf(Store<X509CertificateHolder> certificates, SignerId signer) {
        return certificates.getMatches(signer);
    }

    /** Before the signer's certificate is known, so without a signer. */
    private static SignatureVerification malformed(String reason) {
        return SignatureVerification.failed(SignatureFailure.MALFORMED, reason, null, null);
    }

    private static JcaX509CertificateConverter converter() {
        return new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER);
    }

    private static String describe(Exception e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** The path builder wraps the real cause ("certificate expired ...") in a generic message. */
    private static String messages(Throwable e) {
        Set<String> messages = new LinkedHashSet<>();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                messages.add(t.getMessage().strip());
            }
        }
        return messages.isEmpty() ? "no path was found." : String.join(" ", messages);
    }
}
