package kz.gov.elicense.payment.boundary;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GatewaySignatureTest {

    private static final byte[] BODY = "{\"reference\":\"FEE-1\",\"amount\":43250}".getBytes(StandardCharsets.UTF_8);

    @Test
    void isTheHexHmacSha256OfTheBody() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
        assertEquals("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                new GatewaySignature("Jefe").sign("what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void acceptsItsOwnSignatureOnly() {
        GatewaySignature shared = new GatewaySignature("secret");
        String header = shared.sign(BODY);
        assertTrue(shared.matches(BODY, header));
        assertFalse(new GatewaySignature("other").matches(BODY, header), "another secret");
        assertFalse(shared.matches("{\"reference\":\"FEE-1\",\"amount\":43251}".getBytes(StandardCharsets.UTF_8),
                header), "another body");
        assertFalse(shared.matches(BODY, null), "no header");
        assertFalse(shared.matches(BODY, header.substring("sha256=".length())), "no scheme");
        assertFalse(shared.matches(BODY, "sha256=zz"), "not hex");
    }
}
