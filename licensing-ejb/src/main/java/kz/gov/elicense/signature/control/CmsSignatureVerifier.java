package kz.gov.elicense.signature.control;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertID;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificate;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerId;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.CMSSignatureAlgorithmNameGenerator;
import org.bouncycastle.cms.DefaultCMSSignatureAlgorithmNameGenerator;
import org.bouncycastle.cms.SignerInformationVerifier;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.SignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.RuntimeOperatorException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenInfo;
import org.bouncycastle.util.Store;

import kz.gov.elicense.signature.entity.ExpectedSigner;
import kz.gov.elicense.signature.entity.RevocationEvidence;
import kz.gov.elicense.signature.entity.RevocationStatus;
import kz.gov.elicense.signature.entity.SignatureFailure;
import kz.gov.elicense.signature.entity.SignatureVerification;
import kz.gov.elicense.signature.entity.SignerIdentity;
import kz.gov.elicense.signature.entity.ValidationMaterial;
import kz.gov.elicense.signature.gost.GostAlgorithms;
import kz.gov.elicense.signature.gost.GostOperators;

/**
 * Verifies detached CMS (PKCS#7) signatures made with an EDS key, CAdES-B and CAdES-T, online or, years later,
 * with the {@link ValidationMaterial} kept from the first verification.
 * <p>
 * The checks run from the most to the least fundamental, and the first failure decides the outcome, so the
 * reported reason is always the precise one: a signature over altered bytes is reported as altered even if
 * its certificate also happens to be expired, and an expired certificate is reported as expired rather than
 * as "untrusted" by the path validation that would also reject it.
 * <ol>
 *     <li>structure: a DER CMS SignedData without encapsulated content, with exactly one signer, signed
 *     attributes and that signer's certificate, consistent per RFC 5652, no unsigned attribute but the signature
 *     time-stamp ({@link SignatureFailure#MALFORMED});</li>
 *     <li>algorithms and key: accepted by the {@link SignatureAlgorithmPolicy} ({@link SignatureFailure#MALFORMED},
 *     {@link SignatureFailure#WEAK_KEY}); GOST, NCA RK's included, is verified through
 *     {@link GostOperators}, with the certificate's {@code SubjectPublicKeyInfo} (BouncyCastle's JCA has no key for
 *     an NCA RK certificate);</li>
 *     <li>cryptography: the signature verifies over the given content, and the signing-certificate attribute,
 *     if present, names the enclosed certificate ({@link SignatureFailure#SIGNATURE_INVALID});</li>
 *     <li>the signature time-stamp, if there is one: token signature, the time-stamp authority's certificate with
 *     a critical timeStamping extended key usage chaining to the trust anchors at the time-stamp's time and not
 *     revoked then, message imprint = hash of this signature's value ({@link SignatureFailure#TIMESTAMP_INVALID}).
 *     Its time becomes the <em>validation time</em>; without a time-stamp it is the clock's now;</li>
 *     <li>the certificate's validity period at the validation time;</li>
 *     <li>the certificate's key usage: digitalSignature and nonRepudiation, i.e. an NCA RK signing certificate
 *     rather than an authentication one ({@link SignatureFailure#KEY_USAGE});</li>
 *     <li>a PKIX path to one of the trust anchors at the validation time, every CA in it marked CA with keyCertSign
 *     and holding a key the policy accepts ({@link SignatureFailure#CERTIFICATE_UNTRUSTED} and the precise codes);
 *     for GOST certificates built and validated by {@link CertificatePaths} itself, with the same rules;</li>
 *     <li>revocation of the signer's certificate and of each issuing CA's, from the {@link RevocationSource}:
 *     revoked at or before the validation time is {@link SignatureFailure#CERTIFICATE_REVOKED}; revoked after a
 *     time-stamped signing time leaves the signature valid, with a note;</li>
 *     <li>the expected signer: BIN, IIN, allowed signers and NCA RK role ({@link ExpectedSigner#mismatch});</li>
 *     <li>an unknown revocation status (of any certificate, the time-stamp authority's included) makes the outcome
 *     INDETERMINATE ({@link SignatureFailure#REVOCATION_UNKNOWN}), unless a check above found a definite failure.</li>
 * </ol>
 * Never throws for bad input: every problem with the signature is a {@link SignatureVerification}.
 * Immutable and thread-safe (as long as the revocation source is).
 */
public final class CmsSignatureVerifier {

    /** The only unsigned attribute understood; any other is refused rather than ignored (see {@link CmsStructure}). */
    private static final Set<ASN1ObjectIdentifier> UNSIGNED_ATTRIBUTES =
            Set.of(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);

    /** How far a time-stamp authority's clock may be ahead of ours before its token counts as dated in the future. */
    private static final Duration TIME_STAMP_SKEW = Duration.ofMinutes(2);

    /*
     * What BouncyCastle's JcaSimpleSignerInfoVerifierBuilder makes anew for every verifier, shared instead (as
     * GostOperators does): its algorithm name generator fills several hundred map entries in its constructor, a tenth
     * of an RSA verification's time in the profile (README, Benchmark). Both are only read after construction, and the
     * digest calculator provider makes a new digest for each use.
     */
    private static final CMSSignatureAlgorithmNameGenerator ALGORITHM_NAMES = new DefaultCMSSignatureAlgorithmNameGenerator();
    private static final SignatureAlgorithmIdentifierFinder ALGORITHM_FINDER = new DefaultSignatureAlgorithmIdentifierFinder();
    private static final DigestCalculatorProvider DIGESTS = digestCalculators();

    private static final Map<ASN1ObjectIdentifier, String> IMPRINT_DIGESTS = Map.of(
            NISTObjectIdentifiers.id_sha256, "SHA-256",
            NISTObjectIdentifiers.id_sha384, "SHA-384",
            NISTObjectIdentifiers.id_sha512, "SHA-512");

    private static final String[] KEY_USAGE_NAMES = {"digitalSignature", "nonRepudiation", "keyEncipherment",
            "dataEncipherment", "keyAgreement", "keyCertSign", "cRLSign", "encipherOnly", "decipherOnly"};
    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;

    private static final String SIGNERS = "signer's";
    private static final String TIME_STAMP_AUTHORITYS = "time-stamp authority's";

    private final TrustAnchors trustAnchors;
    private final Clock clock;
    private final RevocationSource revocationSource;
    private final SignatureAlgorithmPolicy policy;
    private final CertificatePaths paths;

    /** Without revocation checking ({@link NoRevocationChecking}), with the {@link SignatureAlgorithmPolicy#standard()} policy. */
    public CmsSignatureVerifier(TrustAnchors trustAnchors, Clock clock) {
        this(trustAnchors, clock, NoRevocationChecking.INSTANCE);
    }

    public CmsSignatureVerifier(TrustAnchors trustAnchors, Clock clock, RevocationSource revocationSource) {
        this(trustAnchors, clock, revocationSource, SignatureAlgorithmPolicy.standard());
    }

    public CmsSignatureVerifier(TrustAnchors trustAnchors, Clock clock, RevocationSource revocationSource,
                                SignatureAlgorithmPolicy policy) {
        this.trustAnchors = Objects.requireNonNull(trustAnchors, "trustAnchors");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.revocationSource = Objects.requireNonNull(revocationSource, "revocationSource");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.paths = new CertificatePaths(trustAnchors, policy);
    }

    /**
     * Verifies with this verifier's revocation source (online). A VALID or INDETERMINATE result carries the
     * {@link SignatureVerification#material() material} to keep for {@link #verifyWithMaterial}.
     *
     * @param content  exactly the bytes that were signed (the submitted payload)
     * @param cmsDer   the detached CMS SignedData in DER (BER is refused: see {@link SignatureFailure#MALFORMED});
     *                 base64 is the caller's to decode
     * @param expected whose certificate the signature must have been made with; {@link ExpectedSigner#ANY} for anyone trusted
     */
    public SignatureVerification verifyDetached(byte[] content, byte[] cmsDer, ExpectedSigner expected) {
        boolean checked = !(revocationSource instanceof NoRevocationChecking);
        return safely(content, cmsDer, expected, new Sources(revocationSource, checked, List.of(), null, false));
    }

    /**
     * Verifies without the network, from the material kept when the signature was first verified: certificates
     * from the material may complete the path (trust still comes only from the anchors), revocation comes from
     * its stored OCSP responses and CRLs ({@link StoredRevocationSource}), and validity is judged at the
     * time-stamped signing time. The time-stamp is the signature's own; if the signature has none, a token in the
     * material over this signature's value serves (e.g. one the application obtained on receipt).
     * <p>
     * A signature without a time-stamp is judged at the clock's now, as online: once its certificate has expired
     * it is {@link SignatureFailure#CERTIFICATE_EXPIRED}, material or not.
     */
    public SignatureVerification verifyWithMaterial(byte[] content, byte[] cmsDer, ExpectedSigner expected,
                                                    ValidationMaterial material) {
        Objects.requireNonNull(material, "material");
        List<X509Certificate> certificates = new ArrayList<>();
        JcaX509CertificateConverter converter = converter();
        for (byte[] encoded : material.certificates()) {
            try {
                certificates.add(converter.getCertificate(new X509CertificateHolder(encoded)));
            } catch (IOException | CertificateException | RuntimeException e) {
                // an unreadable stored certificate cannot fill a path; a gap is reported by the path search
            }
        }
        return safely(content, cmsDer, expected, new Sources(new StoredRevocationSource(material), true,
                certificates, material.timeStampToken(), true));
    }

    /**
     * The last line of defence of "never throws for bad input": every known way a crafted structure can fail is
     * handled where it occurs, but a parser surprise must still refuse the signature rather than escape as an error.
     */
    private SignatureVerification safely(byte[] content, byte[] cmsDer, ExpectedSigner expected, Sources sources) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(expected, "expected");
        try {
            return verify(content, cmsDer, expected, sources);
        } catch (RuntimeException e) {
            return malformed("The signature could not be processed (" + e.getClass().getSimpleName() + ": "
                    + describe(e) + ").");
        }
    }

    /**
     * Where certificates, revocation status and a fallback time-stamp come from in one verification.
     *
     * @param checked whether revocation is checked at all (not with {@link NoRevocationChecking})
     */
    private record Sources(RevocationSource revocation, boolean checked, List<X509Certificate> certificates,
                           byte[] storedToken, boolean stored) {
    }

    private SignatureVerification verify(byte[] content, byte[] cmsDer, ExpectedSigner expected, Sources sources) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(expected, "expected");
        if (cmsDer == null || cmsDer.length == 0) {
            return malformed("No signature was supplied.");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS); // the resolution of certificate validity

        Collection<SignerInformation> signerInfos;
        Store<X509CertificateHolder> certificates;
        try {
            ASN1Primitive parsed = ASN1Primitive.fromByteArray(cmsDer);
            ContentInfo contentInfo = ContentInfo.getInstance(parsed);
            if (!CMSObjectIdentifiers.signedData.equals(contentInfo.getContentType())) {
                return malformed("The signature is a CMS structure of type " + contentInfo.getContentType()
                        + ", not SignedData.");
            }
            // One signature, one encoding: BER (allowed by RFC 5652) lets anyone re-encode the unsigned parts, and
            // an enclosed certificate re-encoded (e.g. a BOOLEAN TRUE as 0x01) still verifies, since its signature
            // is checked over the DER form. Refusing non-DER closes that malleability; NCALayer and CmsSigner write DER.
            if (!Arrays.equals(cmsDer, parsed.getEncoded(ASN1Encoding.DER))) {
                return malformed("The signature is not DER-encoded; the distinguished encoding is required, so that"
                        + " a signature has exactly one form.");
            }
            SignedData signedDataStructure = SignedData.getInstance(contentInfo.getContent());
            if (signedDataStructure.getEncapContentInfo().getContent() != null) {
                return malformed("The signature encapsulates its own content; a detached signature over the"
                        + " submitted bytes is required.");
            }
            if (!CMSObjectIdentifiers.data.equals(signedDataStructure.getEncapContentInfo().getContentType())) {
                return malformed("The signature is over content of type "
                        + signedDataStructure.getEncapContentInfo().getContentType() + ", not over data.");
            }
            String structureProblem = CmsStructure.problem(signedDataStructure, UNSIGNED_ATTRIBUTES);
            if (structureProblem != null) {
                return malformed(structureProblem);
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
        X509CertificateHolder holder = matches.iterator().next();
        X509Certificate certificate;
        List<X509Certificate> enclosed;
        try {
            certificate = ParsedCertificates.certificate(holder);
            enclosed = enclosedCertificates(certificates);
        } catch (CertificateException | RuntimeException e) {
            return malformed("The signer's certificate cannot be read (" + describe(e) + ").");
        }
        if (!namesExactly(signerInfo.getSID(), certificate)) {
            return malformed("The signer identifier names the certificate's issuer in another encoding than the"
                    + " certificate itself does.");
        }
        SignerIdentity signer = ParsedCertificates.identity(holder, certificate);
        // a GOST key is judged and used by its SubjectPublicKeyInfo: BouncyCastle has no PublicKey for an NCA RK one
        SubjectPublicKeyInfo gostKey = GostAlgorithms.isGostKey(holder.getSubjectPublicKeyInfo())
                ? holder.getSubjectPublicKeyInfo() : null;
        if (gostKey == null && certificate.getPublicKey() == null) {
            return SignatureVerification.failed(SignatureFailure.MALFORMED,
                    "The public key in the signer's certificate cannot be read.", signer, null);
        }

        AlgorithmIdentifier digestAlgorithm = signerInfo.getDigestAlgorithmID();
        AlgorithmIdentifier signatureAlgorithm = signerInfo.toASN1Structure().getDigestEncryptionAlgorithm();
        String algorithmProblem = gostKey != null
                ? policy.algorithmProblem(digestAlgorithm, signatureAlgorithm, gostKey)
                : policy.algorithmProblem(digestAlgorithm, signatureAlgorithm, certificate.getPublicKey());
        if (algorithmProblem != null) {
            return SignatureVerification.failed(SignatureFailure.MALFORMED, algorithmProblem, signer, null);
        }
        // before the cryptography: with a weak key, whether the signature verifies proves nothing
        String weakKey = gostKey != null ? policy.keyProblem(gostKey) : policy.keyProblem(certificate.getPublicKey());
        if (weakKey != null) {
            return SignatureVerification.failed(SignatureFailure.WEAK_KEY,
                    "The signer's key is too weak: " + weakKey, signer, null);
        }

        SignatureVerification cryptographic = verifyCryptographically(signerInfo, certificate, gostKey, signer);
        if (cryptographic != null) {
            return cryptographic;
        }
        String substituted = signingCertificateProblem(signerInfo, certificate);
        if (substituted != null) {
            return SignatureVerification.failed(SignatureFailure.SIGNATURE_INVALID, substituted, signer, null);
        }
        Instant claimedSigningTime = signingTime(signerInfo);

        Collector collector = new Collector();
        List<byte[]> tokens = timeStampTokens(signerInfo);
        if (tokens.isEmpty() && sources.storedToken() != null) {
            tokens = List.of(sources.storedToken());
        }
        Stamp stamp = null;
        for (byte[] token : tokens) {
            Stamp checked = verifyTimeStamp(token, signerInfo.getSignature(), now, enclosed, sources, collector);
            if (checked.problem() != null) {
                return SignatureVerification.failed(checked.problem().failure(), checked.problem().reason(), signer,
                        claimedSigningTime);
            }
            // with several tokens, the earliest proves the most
            stamp = stamp == null || checked.time().isBefore(stamp.time()) ? checked : stamp;
        }
        boolean timeStamped = stamp != null;
        Instant at = timeStamped ? stamp.time() : now;
        Instant signingTime = timeStamped ? stamp.time() : claimedSigningTime;
        String atText = timeStamped ? "the time-stamped signing time " + at : "the time of verification " + at;

        if (at.isBefore(signer.notBefore())) {
            return SignatureVerification.failed(SignatureFailure.CERTIFICATE_NOT_YET_VALID,
                    "The signer's certificate is valid only from " + signer.notBefore() + ", after " + atText + ".",
                    signer, signingTime, timeStamped, null);
        }
        if (at.isAfter(signer.notAfter())) {
            return SignatureVerification.failed(SignatureFailure.CERTIFICATE_EXPIRED,
                    "The signer's certificate expired at " + signer.notAfter() + ", before " + atText + "."
                            + (timeStamped ? "" : " The signature has no time-stamp that would prove it was made earlier."),
                    signer, signingTime, timeStamped, null);
        }

        String keyUsageProblem = keyUsageProblem(certificate);
        if (keyUsageProblem != null) {
            return SignatureVerification.failed(SignatureFailure.KEY_USAGE, keyUsageProblem, signer, signingTime,
                    timeStamped, null);
        }

        List<X509Certificate> candidates = new ArrayList<>(enclosed);
        candidates.addAll(sources.certificates());
        CertificatePaths.Outcome path = paths.build(certificate, candidates, at, SIGNERS);
        if (path.problem() != null) {
            return SignatureVerification.failed(path.problem().failure(), path.problem().reason(), signer, signingTime,
                    timeStamped, null);
        }
        path.path().withAnchor().forEach(collector::certificate);

        Revocation revocation = checkRevocation(path.path(), at, timeStamped, SIGNERS, sources, collector);
        if (revocation.revoked() != null) {
            return SignatureVerification.failed(SignatureFailure.CERTIFICATE_REVOKED, revocation.revoked(), signer,
                    signingTime, timeStamped, null);
        }

        ExpectedSigner.Mismatch mismatch = expected.mismatch(signer);
        if (mismatch != null) {
            return SignatureVerification.failed(mismatch.failure(), mismatch.reason(), signer, signingTime, timeStamped,
                    null);
        }

        List<String> unknown = new ArrayList<>(timeStamped ? stamp.unknown() : List.of());
        unknown.addAll(revocation.unknown());
        ValidationMaterial material = collector.material();
        if (!unknown.isEmpty()) {
            return SignatureVerification.failed(SignatureFailure.REVOCATION_UNKNOWN,
                    "The signature cannot be confirmed yet: " + String.join(" ", unknown)
                            + " Verify again when the revocation status is available.",
                    signer, signingTime, timeStamped, material);
        }

        List<String> notes = new ArrayList<>(timeStamped ? stamp.notes() : List.of());
        notes.addAll(revocation.notes());
        StringBuilder reason = new StringBuilder("The signature is valid: made by ").append(signer.commonName())
                .append(signer.iin() == null ? "" : " (IIN " + signer.iin() + ")")
                .append(signer.bin() == null ? "" : " for BIN " + signer.bin())
                .append(" with a certificate issued by ").append(signer.issuerDn());
        if (timeStamped) {
            reason.append(", time-stamped at ").append(at).append(" by ").append(stamp.authority());
        }
        if (!sources.checked()) {
            reason.append("; revocation was not checked (no revocation source is configured)");
        } else {
            reason.append("; no certificate in its path was revoked at ").append(at)
                    .append(sources.stored() ? " (by the stored revocation evidence)" : "");
        }
        reason.append('.');
        notes.forEach(note -> reason.append(' ').append(note));
        return SignatureVerification.valid(signer, signingTime, timeStamped, material, reason.toString());
    }

    /**
     * @param gostKey the signer's GOST key, verified through {@link GostOperators}; {@code null} for any other key,
     *                verified through BouncyCastle's JCA
     * @return the failure, or {@code null} if the signature verifies over the content
     */
    private static SignatureVerification verifyCryptographically(SignerInformation signerInfo,
                                                                 X509Certificate certificate,
                                                                 SubjectPublicKeyInfo gostKey, SignerIdentity signer) {
        try {
            // Built from the bare public key on purpose: given the certificate, BouncyCastle would also reject
            // a certificate not valid at the (signer-asserted) signing time, and report it as a CMS error
            // instead of as an expired certificate.
            boolean verified = signerInfo.verify(gostKey != null
                    ? GostOperators.signerInformationVerifier(gostKey)
                    : new SignerInformationVerifier(ALGORITHM_NAMES, ALGORITHM_FINDER,
                            new JcaContentVerifierProviderBuilder().setProvider(BouncyCastle.PROVIDER)
                                    .build(certificate.getPublicKey()), DIGESTS));
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

    /**
     * ESS signing-certificate(-v2), when present (CAdES requires it, NCALayer writes it): the signed hash of the
     * certificate, so that the certificate cannot be swapped for another one with the same key.
     *
     * @return the problem, or {@code null} if the attribute is absent or names this certificate
     */
    private static String signingCertificateProblem(SignerInformation signerInfo, X509Certificate certificate) {
        AttributeTable signed = signerInfo.getSignedAttributes();
        try {
            byte[] encoded = ParsedCertificates.encoded(certificate);
            Attribute v2 = signed.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
            if (v2 != null) {
                ESSCertIDv2 id = SigningCertificateV2.getInstance(single(v2)).getCerts()[0];
                String digest = IMPRINT_DIGESTS.get(id.getHashAlgorithm().getAlgorithm());
                if (digest == null) {
                    return "The signing-certificate attribute uses the unsupported hash algorithm "
                            + id.getHashAlgorithm().getAlgorithm() + ".";
                }
                return sameCertificate(id.getCertHash(), MessageDigest.getInstance(digest, BouncyCastle.PROVIDER)
                        .digest(encoded), id.getIssuerSerial() == null ? null : id.getIssuerSerial().getSerial().getValue(),
                        certificate);
            }
            Attribute v1 = signed.get(PKCSObjectIdentifiers.id_aa_signingCertificate);
            if (v1 != null) {
                ESSCertID id = SigningCertificate.getInstance(single(v1)).getCerts()[0];
                // SHA-1 here only identifies a certificate already authenticated by its CA's signature
                return sameCertificate(id.getCertHash(), MessageDigest.getInstance("SHA-1", BouncyCastle.PROVIDER)
                        .digest(encoded), id.getIssuerSerial() == null ? null : id.getIssuerSerial().getSerial().getValue(),
                        certificate);
            }
            return null;
        } catch (GeneralSecurityException | RuntimeException e) {
            return "The signing-certificate attribute cannot be read (" + describe(e) + ").";
        }
    }

    private static String sameCertificate(byte[] signedHash, byte[] actualHash, BigInteger signedSerial,
                                          X509Certificate certificate) {
        if (!MessageDigest.isEqual(signedHash, actualHash)
                || (signedSerial != null && !signedSerial.equals(certificate.getSerialNumber()))) {
            return "The signing-certificate attribute names another certificate than the one enclosed as the"
                    + " signer's: the certificate was substituted.";
        }
        return null;
    }

    private static ASN1Encodable single(Attribute attribute) {
        if (attribute.getAttrValues().size() != 1) {
            throw new IllegalArgumentException("attribute " + attribute.getAttrType() + " has "
                    + attribute.getAttrValues().size() + " values");
        }
        return attribute.getAttrValues().getObjectAt(0);
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

    /** The DER of every value of every signature time-stamp attribute. */
    private static List<byte[]> timeStampTokens(SignerInformation signerInfo) {
        AttributeTable unsigned = signerInfo.getUnsignedAttributes();
        if (unsigned == null) {
            return List.of();
        }
        List<byte[]> tokens = new ArrayList<>();
        ASN1EncodableVector attributes = unsigned.getAll(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        for (int i = 0; i < attributes.size(); i++) {
            for (ASN1Encodable value : Attribute.getInstance(attributes.get(i)).getAttrValues()) {
                try {
                    tokens.add(value.toASN1Primitive().getEncoded(ASN1Encoding.DER));
                } catch (IOException e) {
                    tokens.add(new byte[0]); // refused as unreadable by the token check
                }
            }
        }
        if (tokens.isEmpty() && unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken) != null) {
            tokens.add(new byte[0]); // an attribute without a value: refused as unreadable
        }
        return tokens;
    }

    /** A verified signature time-stamp, or why it does not hold. */
    private record Stamp(Instant time, String authority, List<String> unknown, List<String> notes,
                         CertificatePaths.Problem problem) {
        static Stamp invalid(String reason) {
            return new Stamp(null, null, List.of(), List.of(),
                    new CertificatePaths.Problem(SignatureFailure.TIMESTAMP_INVALID, reason));
        }
    }

    private Stamp verifyTimeStamp(byte[] der, byte[] signatureValue, Instant now, List<X509Certificate> enclosed,
                                  Sources sources, Collector collector) {
        TimeStampToken token;
        try {
            ContentInfo contentInfo = ContentInfo.getInstance(ASN1Primitive.fromByteArray(der));
            if (!CMSObjectIdentifiers.signedData.equals(contentInfo.getContentType())) {
                return Stamp.invalid("The signature's time-stamp token is not a CMS SignedData.");
            }
            String structureProblem = CmsStructure.problem(SignedData.getInstance(contentInfo.getContent()), Set.of());
            if (structureProblem != null) {
                return Stamp.invalid("The signature's time-stamp token is malformed: " + structureProblem);
            }
            token = new TimeStampToken(contentInfo);
        } catch (IOException | TSPException | RuntimeException e) {
            return Stamp.invalid("The signature's time-stamp token cannot be read (" + describe(e) + ").");
        }

        X509Certificate authority = null;
        List<X509Certificate> tokenCertificates = new ArrayList<>();
        try {
            tokenCertificates.addAll(enclosedCertificates(token.getCertificates()));
            List<X509Certificate> pool = new ArrayList<>(tokenCertificates);
            pool.addAll(sources.certificates());
            pool.addAll(enclosed);
            // a token without the authority's certificate (not requested) is still usable if it is configured
            pool.addAll(trustAnchors.intermediates());
            for (X509Certificate candidate : pool) {
                if (token.getSID().match(new X509CertificateHolder(candidate.getEncoded()))) {
                    authority = candidate;
                    break;
                }
            }
        } catch (IOException | CertificateException | RuntimeException e) {
            return Stamp.invalid("The certificates of the signature's time-stamp token cannot be read (" + describe(e) + ").");
        }
        if (authority == null) {
            return Stamp.invalid("The signature's time-stamp token does not include the time-stamp authority's certificate.");
        }
        if (!namesExactly(token.getSID(), authority)) {
            return Stamp.invalid("The time-stamp token's signer identifier names the authority's issuer in another"
                    + " encoding than its certificate does.");
        }
        String authorityName = authority.getSubjectX500Principal().getName();
        X509CertificateHolder authorityHolder;
        try {
            authorityHolder = new X509CertificateHolder(authority.getEncoded());
        } catch (IOException | CertificateException e) {
            return Stamp.invalid("The certificate of the time-stamp authority " + authorityName + " cannot be read.");
        }
        SubjectPublicKeyInfo gostKey = GostAlgorithms.isGostKey(authorityHolder.getSubjectPublicKeyInfo())
                ? authorityHolder.getSubjectPublicKeyInfo() : null;
        if (gostKey == null && authority.getPublicKey() == null) {
            return Stamp.invalid("The public key in the certificate of the time-stamp authority " + authorityName
                    + " cannot be read.");
        }

        SignerInformation tokenSigner = token.toCMSSignedData().getSignerInfos().getSigners().iterator().next();
        AlgorithmIdentifier digestAlgorithm = tokenSigner.getDigestAlgorithmID();
        AlgorithmIdentifier signatureAlgorithm = tokenSigner.toASN1Structure().getDigestEncryptionAlgorithm();
        String algorithmProblem = gostKey != null
                ? policy.algorithmProblem(digestAlgorithm, signatureAlgorithm, gostKey)
                : policy.algorithmProblem(digestAlgorithm, signatureAlgorithm, authority.getPublicKey());
        if (algorithmProblem != null) {
            return Stamp.invalid("The time-stamp authority " + authorityName + " signed with an algorithm that is not"
                    + " accepted: " + algorithmProblem);
        }
        String weakKey = gostKey != null ? policy.keyProblem(gostKey) : policy.keyProblem(authority.getPublicKey());
        if (weakKey != null) {
            return new Stamp(null, null, List.of(), List.of(), new CertificatePaths.Problem(SignatureFailure.WEAK_KEY,
                    "The key of the time-stamp authority " + authorityName + " is too weak: " + weakKey));
        }
        try {
            // the token's signature, the ESS certificate reference, the authority's certificate valid at the
            // time-stamp's time and its extended key usage critical and solely timeStamping (RFC 3161 2.3)
            token.validate(gostKey != null ? GostOperators.signerInformationVerifier(authorityHolder)
                    : new SignerInformationVerifier(ALGORITHM_NAMES, ALGORITHM_FINDER,
                            new JcaContentVerifierProviderBuilder().setProvider(BouncyCastle.PROVIDER).build(authority),
                            DIGESTS));
        } catch (TSPException | OperatorCreationException | RuntimeException e) {
            return Stamp.invalid("The signature's time-stamp token by " + authorityName + " does not verify ("
                    + describe(e) + ").");
        }

        TimeStampTokenInfo info = token.getTimeStampInfo();
        String imprintDigest = IMPRINT_DIGESTS.get(info.getMessageImprintAlgOID());
        if (imprintDigest == null) {
            return Stamp.invalid("The signature's time-stamp token hashes with " + info.getMessageImprintAlgOID()
                    + "; SHA-256 or stronger is required.");
        }
        try {
            byte[] expected = MessageDigest.getInstance(imprintDigest, BouncyCastle.PROVIDER).digest(signatureValue);
            if (!MessageDigest.isEqual(expected, info.getMessageImprintDigest())) {
                return Stamp.invalid("The time-stamp token is over other data than this signature's value: it"
                        + " belongs to another signature.");
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(imprintDigest + " is available from BouncyCastle", e);
        }
        Instant time = info.getGenTime().toInstant();
        if (time.isAfter(now.plus(TIME_STAMP_SKEW))) {
            return Stamp.invalid("The signature's time-stamp is dated " + time + ", in the future (it is now " + now + ").");
        }

        List<X509Certificate> candidates = new ArrayList<>(tokenCertificates);
        candidates.addAll(sources.certificates());
        CertificatePaths.Outcome path = paths.build(authority, candidates, time, TIME_STAMP_AUTHORITYS);
        if (path.problem() != null) {
            SignatureFailure failure = path.problem().failure() == SignatureFailure.WEAK_KEY
                    ? SignatureFailure.WEAK_KEY : SignatureFailure.TIMESTAMP_INVALID;
            return new Stamp(null, null, List.of(), List.of(), new CertificatePaths.Problem(failure,
                    "The signature's time-stamp is not from a trusted time-stamp authority: " + path.problem().reason()));
        }
        path.path().withAnchor().forEach(collector::certificate);
        Revocation revocation = checkRevocation(path.path(), time, true, TIME_STAMP_AUTHORITYS, sources, collector);
        if (revocation.revoked() != null) {
            return Stamp.invalid("The signature's time-stamp does not hold: " + revocation.revoked());
        }
        collector.token(der, time);
        return new Stamp(time, authorityName, revocation.unknown(), revocation.notes(), null);
    }

    /**
     * What the revocation source says about every certificate of a path but the anchor.
     *
     * @param revoked the reason a certificate counts as revoked, or {@code null}
     * @param unknown why a status is unknown, one sentence per certificate
     * @param notes   revocations after the time-stamped signing time, which do not invalidate the signature
     */
    private record Revocation(String revoked, List<String> unknown, List<String> notes) {
    }

    private static Revocation checkRevocation(CertificatePaths.Path path, Instant at, boolean timeStamped, String whose,
                                              Sources sources, Collector collector) {
        if (!sources.checked()) {
            return new Revocation(null, List.of(), List.of());
        }
        List<String> unknown = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<X509Certificate> certificates = path.certificates();
        for (int i = 0; i < certificates.size(); i++) {
            X509Certificate certificate = certificates.get(i);
            String subject = i == 0 ? "The " + whose + " certificate"
                    : "The certificate of the issuing CA " + certificate.getSubjectX500Principal().getName();
            RevocationEvidence evidence;
            try {
                evidence = sources.revocation().check(certificate, path.issuerOf(i), at);
            } catch (RuntimeException e) {
                // the port promises not to throw; if an implementation does, the status is simply not known
                evidence = RevocationEvidence.unknown("The revocation check failed (" + describe(e) + ").");
            }
            if (evidence == null || evidence.status() == null) {
                evidence = RevocationEvidence.unknown("The revocation source gave no answer.");
            }
            collector.evidence(evidence);
            if (evidence.status() == RevocationStatus.REVOKED) {
                Instant revokedAt = evidence.revokedAt();
                if (revokedAt == null || !revokedAt.isAfter(at)) {
                    return new Revocation(subject + " was revoked" + (revokedAt == null ? "" : " at " + revokedAt)
                            + ", at or before " + (timeStamped ? "the time-stamped time " : "the time of verification ")
                            + at + " (" + source(evidence) + ").", unknown, notes);
                }
                notes.add(subject + " was revoked at " + revokedAt + ", after " + (timeStamped
                        ? "the time-stamped time " + at + "; what was signed before stays valid."
                        : "the time of verification " + at + "."));
            } else if (evidence.status() == RevocationStatus.UNKNOWN) {
                unknown.add(subject + " has an unknown revocation status at " + at
                        + (evidence.detail() == null ? "." : ": " + evidence.detail()));
            }
        }
        return new Revocation(null, unknown, notes);
    }

    private static String source(RevocationEvidence evidence) {
        return (evidence.source() == null ? "revocation source" : evidence.source())
                + (evidence.producedAt() == null ? "" : " of " + evidence.producedAt());
    }

    /** Gathers the validation material as the checks use it: each certificate and each piece of evidence once. */
    private static final class Collector {
        private final Map<String, byte[]> certificates = new LinkedHashMap<>();
        private final List<byte[]> ocsp = new ArrayList<>();
        private final List<byte[]> crls = new ArrayList<>();
        private byte[] token;
        private Instant tokenTime;

        void certificate(X509Certificate certificate) {
            try {
                certificates.putIfAbsent(ParsedCertificates.sha256Hex(certificate), ParsedCertificates.encoded(certificate));
            } catch (CertificateEncodingException e) {
                // a certificate that was just validated encodes; never reached
            }
        }

        void evidence(RevocationEvidence evidence) {
            if (evidence.encoded() == null || evidence.source() == null) {
                return;
            }
            List<byte[]> list = switch (evidence.source()) {
                case "OCSP" -> ocsp;
                case "CRL" -> crls;
                default -> null;
            };
            if (list != null && list.stream().noneMatch(known -> Arrays.equals(known, evidence.encoded()))) {
                list.add(evidence.encoded().clone());
            }
        }

        void token(byte[] der, Instant time) {
            if (token == null || time.isBefore(tokenTime)) {
                token = der.clone();
                tokenTime = time;
            }
        }

        ValidationMaterial material() {
            return new ValidationMaterial(List.copyOf(certificates.values()), ocsp, crls, token);
        }
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

    private static List<X509Certificate> enclosedCertificates(Store<X509CertificateHolder> enclosed) {
        List<X509Certificate> certificates = new ArrayList<>();
        for (X509CertificateHolder holder : enclosed.getMatches(null)) {
            try {
                certificates.add(ParsedCertificates.certificate(holder));
            } catch (CertificateException e) {
                // an unreadable extra certificate cannot be part of a path; the path search reports the gap
            }
        }
        return certificates;
    }

    /**
     * The signer identifier is outside the signature's protection, and BouncyCastle matches names the X.500 way
     * (ignoring case and string types); so that it cannot be re-encoded unnoticed, it must repeat the certificate's
     * issuer name byte for byte.
     */
    private static boolean namesExactly(SignerId sid, X509Certificate certificate) {
        if (sid.getIssuer() == null) {
            return true; // a subjectKeyIdentifier, which BouncyCastle compares byte for byte
        }
        try {
            return Arrays.equals(sid.getIssuer().getEncoded(ASN1Encoding.DER), certificate.getIssuerX500Principal().getEncoded());
        } catch (IOException e) {
            return false;
        }
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

    private static DigestCalculatorProvider digestCalculators() {
        try {
            return new JcaDigestCalculatorProviderBuilder().setProvider(BouncyCastle.PROVIDER).build();
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("BouncyCastle's digest calculators are not available", e);
        }
    }
}
