package kz.gov.elicense.signature.control;

import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ocsp.BasicOCSPResponse;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.IssuingDistributionPoint;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CRLEntryHolder;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import kz.gov.elicense.signature.entity.RevocationEvidence;
import kz.gov.elicense.signature.entity.RevocationStatus;
import kz.gov.elicense.signature.entity.ValidationMaterial;
import kz.gov.elicense.signature.gost.GostOperators;

/**
 * Revocation status from the OCSP responses and CRLs stored in a {@link ValidationMaterial}: no network. Nothing is
 * taken on trust from the store: each response or CRL must be about the certificate, signed by its issuer (or, for
 * OCSP, by a responder certificate the issuer gave id-kp-OCSPSigning), or it is ignored.
 * <p>
 * The rules for the moment {@code at} (the time-stamped signing time, when the signature was time-stamped):
 * <ul>
 *     <li>REVOKED if any such evidence says the certificate was revoked (the verifier compares the revocation time
 *     with the signing time); a CRL entry with reason removeFromCRL does not count;</li>
 *     <li>GOOD if evidence says "not revoked" and is <em>fresh for {@code at}</em>: produced at or after {@code at}
 *     (revocation is permanent, so not revoked then means not revoked at {@code at}), or current at {@code at}
 *     (thisUpdate &le; at &lt; nextUpdate, as RFC 5280 validation at that time would have used it);</li>
 *     <li>UNKNOWN otherwise, with the reason (no evidence for this certificate, or only evidence older than
 *     {@code at}): the signature is then INDETERMINATE.</li>
 * </ul>
 * Delta CRLs and CRLs whose issuing distribution point limits them (indirect, some reasons only, another
 * distribution point, only CA or only end-entity certificates that this one is not) are not used.
 * <p>
 * Immutable and thread-safe.
 */
public final class StoredRevocationSource implements RevocationSource {

    private record StoredOcsp(BasicOCSPResp response, byte[] encoded) {
    }

    private record StoredCrl(X509CRLHolder crl, byte[] encoded) {
    }

    private final List<StoredOcsp> ocspResponses = new ArrayList<>();
    private final List<StoredCrl> crls = new ArrayList<>();
    private final List<X509CertificateHolder> certificates = new ArrayList<>();

    /** Unreadable items are skipped: they can only ever fail to prove a status, never prove a wrong one. */
    public StoredRevocationSource(ValidationMaterial material) {
        Objects.requireNonNull(material, "material");
        for (byte[] encoded : material.ocspResponses()) {
            BasicOCSPResp response = basicResponse(encoded);
            if (response != null) {
                ocspResponses.add(new StoredOcsp(response, encoded));
            }
        }
        for (byte[] encoded : material.crls()) {
            try {
                crls.add(new StoredCrl(new X509CRLHolder(encoded), encoded));
            } catch (IOException | RuntimeException e) {
                // skipped, see above
            }
        }
        for (byte[] encoded : material.certificates()) {
            try {
                certificates.add(new X509CertificateHolder(encoded));
            } catch (IOException | RuntimeException e) {
                // skipped, see above
            }
        }
    }

    @Override
    public RevocationEvidence check(X509Certificate certificate, X509Certificate issuer, Instant at) {
        X509CertificateHolder issuerHolder;
        try {
            issuerHolder = new JcaX509CertificateHolder(issuer);
        } catch (CertificateException e) {
            return RevocationEvidence.unknown("The issuer's certificate cannot be encoded: " + e.getMessage());
        }
        RevocationEvidence revoked = null;
        RevocationEvidence good = null;
        int stale = 0;

        for (StoredOcsp stored : ocspResponses) {
            for (SingleResp single : stored.response().getResponses()) {
                if (!about(single, certificate, issuerHolder) || !signedForIssuer(stored.response(), issuer, issuerHolder)) {
                    continue;
                }
                Instant produced = stored.response().getProducedAt().toInstant();
                CertificateStatus status = single.getCertStatus();
                if (status instanceof RevokedStatus revokedStatus) {
                    revoked = earlier(revoked, new RevocationEvidence(RevocationStatus.REVOKED, "OCSP", stored.encoded(),
                            produced, revokedStatus.getRevocationTime().toInstant(), "The stored OCSP response of "
                            + produced + " says the certificate was revoked at " + revokedStatus.getRevocationTime().toInstant() + "."));
                } else if (status == CertificateStatus.GOOD) {
                    if (fresh(single.getThisUpdate().toInstant(),
                            single.getNextUpdate() == null ? null : single.getNextUpdate().toInstant(), at)) {
                        good = good != null ? good : new RevocationEvidence(RevocationStatus.GOOD, "OCSP", stored.encoded(),
                                produced, null, "The stored OCSP response of " + produced + " says the certificate was"
                                + " not revoked.");
                    } else {
                        stale++;
                    }
                }
            }
        }
        for (StoredCrl stored : crls) {
            X509CRLHolder crl = stored.crl();
            if (!applies(crl, certificate, issuer) || !signedBy(crl, issuerHolder.getSubjectPublicKeyInfo())) {
                continue;
            }
            Instant thisUpdate = crl.getThisUpdate().toInstant();
            X509CRLEntryHolder entry = crl.getRevokedCertificate(certificate.getSerialNumber());
            if (entry != null && !removedFromCrl(entry)) {
                revoked = earlier(revoked, new RevocationEvidence(RevocationStatus.REVOKED, "CRL", stored.encoded(),
                        thisUpdate, entry.getRevocationDate().toInstant(), "The stored CRL of " + thisUpdate
                        + " lists the certificate as revoked at " + entry.getRevocationDate().toInstant() + "."));
            } else if (fresh(thisUpdate, crl.getNextUpdate() == null ? null : crl.getNextUpdate().toInstant(), at)) {
                good = good != null ? good : new RevocationEvidence(RevocationStatus.GOOD, "CRL", stored.encoded(),
                        thisUpdate, null, "The stored CRL of " + thisUpdate + " does not list the certificate.");
            } else {
                stale++;
            }
        }

        if (revoked != null) {
            return revoked;
        }
        if (good != null) {
            return good;
        }
        return RevocationEvidence.unknown(stale > 0
                ? "The stored revocation evidence for certificate " + certificate.getSerialNumber().toString(16)
                  + " is older than " + at + " and does not cover that moment."
                : "No stored OCSP response or CRL signed by " + issuer.getSubjectX500Principal().getName()
                  + " covers certificate " + certificate.getSerialNumber().toString(16) + ".");
    }

    private static boolean fresh(Instant thisUpdate, Instant nextUpdate, Instant at) {
        return !thisUpdate.isBefore(at) || (nextUpdate != null && at.isBefore(nextUpdate));
    }

    private static RevocationEvidence earlier(RevocationEvidence known, RevocationEvidence found) {
        return known == null || found.revokedAt().isBefore(known.revokedAt()) ? found : known;
    }

    private static boolean about(SingleResp single, X509Certificate certificate, X509CertificateHolder issuer) {
        try {
            return single.getCertID().getSerialNumber().equals(certificate.getSerialNumber())
                    && single.getCertID().matchesIssuer(issuer, digests());
        } catch (Exception e) {
            // an unknown CertID hash algorithm: the response cannot be about this certificate for us
            return false;
        }
    }

    /**
     * RFC 6960 4.2.2.2: signed by the issuing CA itself, or by a responder it certified with id-kp-OCSPSigning.
     * Keys are taken from the certificates' {@code SubjectPublicKeyInfo}, so GOST CAs and responders count too.
     */
    private boolean signedForIssuer(BasicOCSPResp response, X509Certificate issuer, X509CertificateHolder issuerHolder) {
        SubjectPublicKeyInfo issuerKey = issuerHolder.getSubjectPublicKeyInfo();
        if (signedBy(response, issuerKey)) {
            return true;
        }
        List<X509CertificateHolder> responders = new ArrayList<>(List.of(response.getCerts()));
        responders.addAll(certificates);
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER);
        for (X509CertificateHolder holder : responders) {
            try {
                X509Certificate responder = converter.getCertificate(holder);
                ExtendedKeyUsage usage = ExtendedKeyUsage.fromExtensions(holder.getExtensions());
                if (responder.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())
                        && usage != null && usage.hasKeyPurposeId(KeyPurposeId.id_kp_OCSPSigning)
                        && holder.isValidOn(response.getProducedAt())) {
                    if (holder.isSignatureValid(verifier(issuerKey))
                            && signedBy(response, holder.getSubjectPublicKeyInfo())) {
                        return true;
                    }
                }
            } catch (Exception e) {
                // not this responder
            }
        }
        return false;
    }

    private static boolean signedBy(BasicOCSPResp response, SubjectPublicKeyInfo key) {
        try {
            return response.isSignatureValid(verifier(key));
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean signedBy(X509CRLHolder crl, SubjectPublicKeyInfo key) {
        try {
            return crl.isSignatureValid(verifier(key));
        } catch (Exception e) {
            return false;
        }
    }

    /** Whether the CRL is a complete CRL of this issuer that covers this kind of certificate. */
    private static boolean applies(X509CRLHolder crl, X509Certificate certificate, X509Certificate issuer) {
        if (!crl.getIssuer().equals(X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded()))) {
            return false;
        }
        if (crl.getExtension(Extension.deltaCRLIndicator) != null) {
            return false;
        }
        Extension idp = crl.getExtension(Extension.issuingDistributionPoint);
        if (idp == null) {
            return true;
        }
        try {
            IssuingDistributionPoint point = IssuingDistributionPoint.getInstance(idp.getParsedValue());
            boolean ca = certificate.getBasicConstraints() >= 0;
            if (point.isIndirectCRL() || point.getOnlySomeReasons() != null || point.onlyContainsAttributeCerts()
                    || (point.onlyContainsUserCerts() && ca) || (point.onlyContainsCACerts() && !ca)) {
                return false;
            }
            return point.getDistributionPoint() == null || listsDistributionPoint(certificate, point);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A partitioned CRL covers only the certificates that name its distribution point. */
    private static boolean listsDistributionPoint(X509Certificate certificate, IssuingDistributionPoint point) {
        byte[] extension = certificate.getExtensionValue(Extension.cRLDistributionPoints.getId());
        if (extension == null) {
            return false;
        }
        CRLDistPoint distributionPoints = CRLDistPoint.getInstance(
                ASN1OctetString.getInstance(extension).getOctets());
        for (DistributionPoint distributionPoint : distributionPoints.getDistributionPoints()) {
            if (point.getDistributionPoint().equals(distributionPoint.getDistributionPoint())) {
                return true;
            }
        }
        return false;
    }

    private static boolean removedFromCrl(X509CRLEntryHolder entry) {
        Extension reason = entry.getExtensions() == null ? null : entry.getExtensions().getExtension(Extension.reasonCode);
        return reason != null && CRLReason.getInstance(reason.getParsedValue()).getValue().intValue() == CRLReason.removeFromCRL;
    }

    private static BasicOCSPResp basicResponse(byte[] encoded) {
        try {
            OCSPResp response = new OCSPResp(encoded);
            if (response.getStatus() == OCSPResp.SUCCESSFUL && response.getResponseObject() instanceof BasicOCSPResp basic) {
                return basic;
            }
            return null;
        } catch (Exception notAnOcspResponse) {
            try {
                return new BasicOCSPResp(BasicOCSPResponse.getInstance(ASN1Primitive.fromByteArray(encoded)));
            } catch (Exception notABasicResponse) {
                return null;
            }
        }
    }

    /**
     * Through {@link GostOperators} for a GOST key (an NCA RK one has no JCA {@code PublicKey}), through the JCA of
     * {@code BouncyCastle.PROVIDER} for RSA and EC, as before.
     */
    private static ContentVerifierProvider verifier(SubjectPublicKeyInfo key) throws Exception {
        return GostOperators.contentVerifierProvider(key);
    }

    private static DigestCalculatorProvider digests() throws Exception {
        return new JcaDigestCalculatorProviderBuilder().setProvider(BouncyCastle.PROVIDER).build();
    }
}
