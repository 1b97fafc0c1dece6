package kz.gov.elicense.signature.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;
import org.junit.jupiter.api.Test;

class ValidationMaterialTest {

    private static final ValidationMaterial MATERIAL = new ValidationMaterial(
            List.of(new byte[]{0x30, 1, 2}, new byte[]{0x30, 3}), List.of(new byte[]{4, 5, 6}), List.of(new byte[]{7}),
            new byte[]{0x30, 0, 9});

    @Test
    void encodesToDerAndDecodesToAnEqualMaterial() {
        byte[] encoded = MATERIAL.encode();

        ValidationMaterial decoded = ValidationMaterial.decode(encoded);

        assertEquals(MATERIAL, decoded);
        assertEquals(MATERIAL.hashCode(), decoded.hashCode());
        assertArrayEquals(encoded, decoded.encode(), "one material, one encoding");
        assertEquals(1, ASN1Integer.getInstance(ASN1Sequence.getInstance(encoded).getObjectAt(0)).intValueExact(), "version 1");
    }

    @Test
    void theTimeStampTokenIsOptional() {
        ValidationMaterial withoutToken = new ValidationMaterial(MATERIAL.certificates(), List.of(), List.of(), null);

        ValidationMaterial decoded = ValidationMaterial.decode(withoutToken.encode());

        assertNull(decoded.timeStampToken());
        assertEquals(withoutToken, decoded);
        assertTrue(ValidationMaterial.decode(ValidationMaterial.EMPTY.encode()).isEmpty());
    }

    @Test
    void refusesWhatIsNotAValidationMaterial() {
        byte[] encoded = MATERIAL.encode();
        byte[] trailing = Arrays.copyOf(encoded, encoded.length + 1);
        ASN1EncodableVector version2 = new ASN1EncodableVector();
        version2.add(new ASN1Integer(2));
        version2.add(new DERSequence());
        version2.add(new DERSequence());
        version2.add(new DERSequence());

        for (byte[] bad : List.of(new byte[0], "material".getBytes(), trailing, Arrays.copyOf(encoded, encoded.length - 1))) {
            assertThrows(IllegalArgumentException.class, () -> ValidationMaterial.decode(bad));
        }
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ValidationMaterial.decode(new DERSequence(version2).getEncoded()));
        assertTrue(refused.getMessage().contains("version 2"), refused.getMessage());
    }

    @Test
    void cannotBeChangedFromOutside() {
        byte[] certificate = {0x30, 1};
        List<byte[]> certificates = new ArrayList<>(List.of(certificate));
        ValidationMaterial material = new ValidationMaterial(certificates, List.of(), List.of(), null);

        certificate[1] = 9;
        certificates.clear();
        material.certificates().get(0)[1] = 8;

        assertEquals(1, material.certificates().size());
        assertArrayEquals(new byte[]{0x30, 1}, material.certificates().get(0));
    }
}
