package kz.gov.elicense.signature.control;

import java.util.HashSet;
import java.util.Set;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * The structural rules of RFC 5652 that BouncyCastle does not enforce, for a signature and for a time-stamp token.
 * They matter because the parts of a SignedData outside the signed attributes are not protected by the signature:
 * without these rules a changed version number, digest algorithm list or unsigned attribute would go unnoticed,
 * and an altered signature could still pass as the original.
 */
final class CmsStructure {

    private CmsStructure() {
    }

    /**
     * @param allowedUnsigned the unsigned attribute types that may appear; any other is refused, since what it
     *                        claims would be neither understood nor protected
     * @return why the SignedData is not acceptable, as one English sentence, or {@code null}
     */
    static String problem(SignedData signedData, Set<ASN1ObjectIdentifier> allowedUnsigned) {
        String tags = tagProblem(signedData);
        if (tags != null) {
            return tags;
        }
        // RFC 5652 5.2: eContent is an OCTET STRING; BouncyCastle would also digest another type's encoding
        ASN1Encodable content = signedData.getEncapContentInfo().getContent();
        if (content != null && !(content.toASN1Primitive() instanceof ASN1OctetString)) {
            return "The encapsulated content is not an OCTET STRING.";
        }
        ASN1Set certificates = signedData.getCertificates();
        if (certificates != null) {
            for (ASN1Encodable certificate : certificates) {
                if (!(certificate.toASN1Primitive() instanceof ASN1Sequence)) {
                    return "The signature encloses an attribute or other non-X.509 certificate.";
                }
            }
        }
        ASN1Set crls = signedData.getCRLs();
        if (crls != null) {
            for (ASN1Encodable crl : crls) {
                if (!(crl.toASN1Primitive() instanceof ASN1Sequence)) {
                    return "The signature encloses revocation information other than an X.509 CRL.";
                }
            }
        }

        boolean anyVersion3 = false;
        Set<ASN1ObjectIdentifier> signerDigests = new HashSet<>();
        for (ASN1Encodable element : signedData.getSignerInfos()) {
            SignerInfo signerInfo = SignerInfo.getInstance(element);
            // RFC 5652 5.3: version 1 with issuerAndSerialNumber, 3 with subjectKeyIdentifier
            boolean keyIdentifier = signerInfo.getSID().isTagged();
            int expected = keyIdentifier ? 3 : 1;
            if (signerInfo.getVersion().intValueExact() != expected) {
                return "The signer information has version " + signerInfo.getVersion() + ", but " + expected
                        + " is required for its kind of signer identifier.";
            }
            anyVersion3 |= keyIdentifier;
            signerDigests.add(signerInfo.getDigestAlgorithm().getAlgorithm());

            if (signerInfo.getAuthenticatedAttributes() == null) {
                return "The signature has no signed attributes; content-type and message-digest must be signed.";
            }
            String duplicate = duplicateType(signerInfo.getAuthenticatedAttributes());
            if (duplicate != null) {
                return "The signed attribute " + duplicate + " appears more than once.";
            }
            ASN1Set unsigned = signerInfo.getUnauthenticatedAttributes();
            if (unsigned != null) {
                for (ASN1Encodable encodable : unsigned) {
                    ASN1ObjectIdentifier type = Attribute.getInstance(encodable).getAttrType();
                    if (!allowedUnsigned.contains(type)) {
                        return "The signature carries the unsigned attribute " + type + ", which is not supported.";
                    }
                }
            }
        }

        // RFC 5652 5.1 for what we accept (no attribute or other certificates, no other revocation information)
        int expectedVersion = anyVersion3
                || !CMSObjectIdentifiers.data.equals(signedData.getEncapContentInfo().getContentType()) ? 3 : 1;
        if (signedData.getVersion().intValueExact() != expectedVersion) {
            return "The signed data has version " + signedData.getVersion() + ", but " + expectedVersion
                    + " is required for its content.";
        }

        Set<ASN1ObjectIdentifier> listed = new HashSet<>();
        for (ASN1Encodable element : signedData.getDigestAlgorithms()) {
            AlgorithmIdentifier digest = AlgorithmIdentifier.getInstance(element);
            if (!signerDigests.contains(digest.getAlgorithm())) {
                return "The signed data lists the digest algorithm " + digest.getAlgorithm()
                        + ", which no signer uses.";
            }
            if (digest.getParameters() != null && !DERNull.INSTANCE.equals(digest.getParameters().toASN1Primitive())) {
                return "The digest algorithm " + digest.getAlgorithm() + " is listed with parameters, which it must not have.";
            }
            listed.add(digest.getAlgorithm());
        }
        if (!listed.containsAll(signerDigests)) {
            return "The signed data does not list the digest algorithm its signer uses.";
        }
        return null;
    }

    /**
     * BouncyCastle's parsers take a tagged field by its position and do not all look at its tag, so a SignerInfo
     * whose signed attributes were re-tagged [1] (or given the application class) would still be read as signed
     * attributes. Every tagged field must carry exactly the context-specific tag RFC 5652 gives it.
     */
    private static String tagProblem(SignedData signedData) {
        ASN1Sequence fields = ASN1Sequence.getInstance(signedData.toASN1Primitive());
        // SignedData: version, digestAlgorithms, encapContentInfo, [0] certificates, [1] crls, signerInfos
        int expected = 0;
        for (int i = 3; i < fields.size() - 1; i++) {
            ASN1Encodable field = fields.getObjectAt(i);
            if (!(field instanceof ASN1TaggedObject tagged) || tagged.getTagClass() != BERTags.CONTEXT_SPECIFIC
                    || tagged.getTagNo() < expected || tagged.getTagNo() > 1) {
                return "The signed data has a field with an unexpected tag where certificates or CRLs belong.";
            }
            expected = tagged.getTagNo() + 1;
        }
        ASN1Sequence encapsulated = ASN1Sequence.getInstance(fields.getObjectAt(2));
        if (encapsulated.size() > 1 && !isContext(encapsulated.getObjectAt(1), 0)) {
            return "The encapsulated content has an unexpected tag.";
        }
        for (ASN1Encodable element : signedData.getSignerInfos()) {
            // SignerInfo: version, sid, digestAlgorithm, [0] signedAttrs, signatureAlgorithm, signature, [1] unsignedAttrs
            ASN1Sequence signerInfo = ASN1Sequence.getInstance(element);
            for (int i = 0; i < signerInfo.size(); i++) {
                ASN1Encodable field = signerInfo.getObjectAt(i);
                if (!(field instanceof ASN1TaggedObject)) {
                    continue;
                }
                boolean allowed = (i == 1 && isContext(field, 0)) // subjectKeyIdentifier
                        || (i == 3 && isContext(field, 0))
                        || (i == signerInfo.size() - 1 && i >= 5 && isContext(field, 1));
                if (!allowed) {
                    return "The signer information has a field with an unexpected tag at position " + (i + 1) + ".";
                }
            }
        }
        return null;
    }

    private static boolean isContext(ASN1Encodable field, int tag) {
        return field instanceof ASN1TaggedObject tagged && tagged.getTagClass() == BERTags.CONTEXT_SPECIFIC
                && tagged.getTagNo() == tag;
    }

    private static String duplicateType(ASN1Set attributes) {
        Set<ASN1ObjectIdentifier> seen = new HashSet<>();
        for (ASN1Encodable encodable : attributes) {
            ASN1ObjectIdentifier type = Attribute.getInstance(encodable).getAttrType();
            if (!seen.add(type)) {
                return type.getId();
            }
        }
        return null;
    }
}
