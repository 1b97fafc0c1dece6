package kz.gov.elicense.signature.entity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;

/**
 * What a signature's validation rested on, kept beside the signed document so that it can be validated again
 * years later without the network (CAdES-LT in spirit; the material is stored beside the CMS rather than inside
 * it, so that the signature bytes the applicant sent stay exactly as sent).
 * <p>
 * Nothing in here is trusted for being here: a later validation still needs the trust anchors, re-verifies every
 * certificate, every OCSP response and CRL signature and the time-stamp token. The material only saves fetching.
 * <p>
 * {@link #encode()} gives this DER structure (every item is kept as its exact original bytes in an OCTET STRING,
 * so that signatures over them still verify even if they were BER):
 * <pre>
 * ValidationMaterial ::= SEQUENCE {
 *     version         INTEGER { v1(1) },
 *     certificates    SEQUENCE OF OCTET STRING,  -- DER X.509 Certificate: signer, issuing CAs, trust anchor,
 *                                                -- then the time-stamp authority's path and OCSP responders
 *     ocspResponses   SEQUENCE OF OCTET STRING,  -- DER OCSPResponse or BasicOCSPResponse
 *     crls            SEQUENCE OF OCTET STRING,  -- DER CertificateList
 *     timeStampToken  [0] EXPLICIT OCTET STRING OPTIONAL  -- DER TimeStampToken (a CMS ContentInfo) over the
 *                                                -- signature value, when the signature was time-stamped
 * }
 * </pre>
 *
 * @param certificates   DER certificates
 * @param ocspResponses  DER OCSP responses
 * @param crls           DER CRLs
 * @param timeStampToken DER time-stamp token over the signature value, or {@code null}
 */
public record ValidationMaterial(List<byte[]> certificates, List<byte[]> ocspResponses, List<byte[]> crls,
                                 byte[] timeStampToken) {

    public static final ValidationMaterial EMPTY = new ValidationMaterial(List.of(), List.of(), List.of(), null);

    private static final int VERSION = 1;

    /** Copies everything: a record of arrays would otherwise be changeable from outside. */
    public ValidationMaterial {
        certificates = copy(certificates, "certificates");
        ocspResponses = copy(ocspResponses, "ocspResponses");
        crls = copy(crls, "crls");
        timeStampToken = timeStampToken == null ? null : timeStampToken.clone();
    }

    @Override
    public List<byte[]> certificates() {
        return copy(certificates, "certificates");
    }

    @Override
    public List<byte[]> ocspResponses() {
        return copy(ocspResponses, "ocspResponses");
    }

    @Override
    public List<byte[]> crls() {
        return copy(crls, "crls");
    }

    @Override
    public byte[] timeStampToken() {
        return timeStampToken == null ? null : timeStampToken.clone();
    }

    /** The DER encoding described above. */
    public byte[] encode() {
        ASN1EncodableVector fields = new ASN1EncodableVector();
        fields.add(new ASN1Integer(VERSION));
        fields.add(octetStrings(certificates));
        fields.add(octetStrings(ocspResponses));
        fields.add(octetStrings(crls));
        if (timeStampToken != null) {
            fields.add(new DERTaggedObject(true, 0, new DEROctetString(timeStampToken)));
        }
        try {
            return new DERSequence(fields).getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new IllegalStateException("DER encoding in memory cannot fail", e);
        }
    }

    /**
     * Reads what {@link #encode()} wrote. Only the container is checked here; the items are checked when used.
     *
     * @throws IllegalArgumentException if the bytes are not a version 1 ValidationMaterial
     */
    public static ValidationMaterial decode(byte[] encoded) {
        Objects.requireNonNull(encoded, "encoded");
        try {
            // fromByteArray refuses trailing bytes: stored material is either whole or refused
            ASN1Sequence sequence = ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(encoded));
            if (sequence.size() != 4 && sequence.size() != 5) {
                throw new IllegalArgumentException("validation material has " + sequence.size()
                        + " fields, but 4 or 5 are expected");
            }
            int version = ASN1Integer.getInstance(sequence.getObjectAt(0)).intValueExact();
            if (version != VERSION) {
                throw new IllegalArgumentException("validation material version " + version
                        + " is not supported; this software reads version " + VERSION);
            }
            byte[] token = null;
            if (sequence.size() == 5) {
                ASN1TaggedObject tagged = ASN1TaggedObject.getInstance(sequence.getObjectAt(4), BERTags.CONTEXT_SPECIFIC, 0);
                token = ASN1OctetString.getInstance(tagged, true).getOctets();
            }
            return new ValidationMaterial(bytes(sequence.getObjectAt(1)), bytes(sequence.getObjectAt(2)),
                    bytes(sequence.getObjectAt(3)), token);
        } catch (IOException | RuntimeException e) {
            // BouncyCastle reports wrong ASN.1 types with assorted runtime exceptions
            throw new IllegalArgumentException("Not an encoded ValidationMaterial: " + e.getMessage(), e);
        }
    }

    public boolean isEmpty() {
        return certificates.isEmpty() && ocspResponses.isEmpty() && crls.isEmpty() && timeStampToken == null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ValidationMaterial that
                && sameBytes(certificates, that.certificates)
                && sameBytes(ocspResponses, that.ocspResponses)
                && sameBytes(crls, that.crls)
                && Arrays.equals(timeStampToken, that.timeStampToken);
    }

    @Override
    public int hashCode() {
        int hash = Arrays.hashCode(timeStampToken);
        for (List<byte[]> list : List.of(certificates, ocspResponses, crls)) {
            for (byte[] item : list) {
                hash = 31 * hash + Arrays.hashCode(item);
            }
        }
        return hash;
    }

    @Override
    public String toString() {
        return "ValidationMaterial[" + certificates.size() + " certificates, " + ocspResponses.size()
                + " OCSP responses, " + crls.size() + " CRLs, " + (timeStampToken == null ? "no" : "a")
                + " time-stamp token]";
    }

    private static ASN1Encodable octetStrings(List<byte[]> items) {
        ASN1EncodableVector vector = new ASN1EncodableVector();
        items.forEach(item -> vector.add(new DEROctetString(item)));
        return new DERSequence(vector);
    }

    private static List<byte[]> bytes(ASN1Encodable encodable) {
        List<byte[]> items = new ArrayList<>();
        for (ASN1Encodable item : ASN1Sequence.getInstance(encodable)) {
            items.add(ASN1OctetString.getInstance(item).getOctets());
        }
        return items;
    }

    private static List<byte[]> copy(List<byte[]> items, String name) {
        Objects.requireNonNull(items, name);
        return items.stream().map(item -> Objects.requireNonNull(item, name + " element").clone()).toList();
    }

    private static boolean sameBytes(List<byte[]> a, List<byte[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Arrays.equals(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }
}
