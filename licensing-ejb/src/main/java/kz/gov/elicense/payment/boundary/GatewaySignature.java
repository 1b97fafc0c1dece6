package kz.gov.elicense.payment.boundary;

import kz.gov.elicense.payment.control.GatewaySettings;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;

/**
 * How the payment gateway authenticates its callbacks: {@value #HEADER} carries {@code sha256=} and the hex
 * HMAC-SHA256 of the exact body bytes under the secret shared with the gateway.
 */
public final class GatewaySignature {

    public static final String HEADER = "X-Gateway-Signature";
    private static final String SCHEME = "sha256=";

    private final byte[] secret;

    public GatewaySignature(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("The shared secret is empty");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** The installation's shared secret, if one is configured. */
    public static Optional<GatewaySignature> configured() {
        return GatewaySettings.secret().map(GatewaySignature::new);
    }

    /** The header value for the body. */
    public String sign(byte[] body) {
        return SCHEME + HexFormat.of().formatHex(hmac(body));
    }

    /** Whether the header value is the signature of the body; compared in constant time. */
    public boolean matches(byte[] body, String header) {
        if (header == null || !header.strip().toLowerCase().startsWith(SCHEME)) {
            return false;
        }
        byte[] presented;
        try {
            presented = HexFormat.of().parseHex(header.strip().substring(SCHEME.length()));
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(hmac(body), presented);
    }

    private byte[] hmac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
