package kz.gov.elicense.document.boundary;

import kz.gov.elicense.document.entity.LicenceSeal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAKey;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * Seals a licence's facts into the text of its QR code and checks such a text offline:
 * {@code <verificationBase>/<licenceNumber>#<base64url(canonical text)>.<base64url(signature)>}
 * (see the package description of {@code kz.gov.elicense.document} for the whole format).
 * <p>
 * A phone opens the link and sees the register's page; the fragment never reaches the server. An offline
 * verifier with the provider's public key needs no network: it checks the signature, and that the link is
 * this provider's page of the same licence, so a genuine seal cannot be passed off under someone else's link.
 */
public final class LicenceSeals {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder BASE64URL_DECODER = Base64.getUrlDecoder();

    private final String verificationBase;

    /**
     * @param verificationBaseUrl the public licence page without the number, e.g.
     *                            {@code https://elicense.example.kz/api/v1/licences}: an absolute http(s) URL in ASCII,
     *                            without query or fragment; a trailing '/' is dropped
     */
    public LicenceSeals(String verificationBaseUrl) {
        Objects.requireNonNull(verificationBaseUrl, "verificationBaseUrl");
        String base = verificationBaseUrl.endsWith("/")
                ? verificationBaseUrl.substring(0, verificationBaseUrl.length() - 1) : verificationBaseUrl;
        try {
            URI uri = new URI(base);
            boolean http = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
            if (!http || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null
                    || !StandardCharsets.US_ASCII.newEncoder().canEncode(base)) {
                throw new IllegalArgumentException("Verification base must be an ASCII http(s) URL without query or fragment: "
                        + verificationBaseUrl);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a URL: " + verificationBaseUrl, e);
        }
        this.verificationBase = base;
    }

    /** The public page of a licence: what the QR code opens on a phone and what the licence prints under it. */
    public String verificationLink(String licenceNumber) {
        return verificationBase + "/" + licenceNumber;
    }

    /**
     * Signs the seal with the provider's key: SHA256withRSA (PKCS#1 v1.5, deterministic) for an RSA key,
     * ECDSA in the fixed-length r‖s form for an EC key (SHA-256 for P-256, SHA-384/512 for larger curves).
     *
     * @return the text to put in the QR code
     * @throws IllegalArgumentException if the key is neither RSA nor EC, or cannot sign
     */
    public String seal(LicenceSeal seal, PrivateKey key) {
        Objects.requireNonNull(seal, "seal");
        byte[] payload = seal.canonicalText().getBytes(StandardCharsets.US_ASCII);
        try {
            Signature signer = Signature.getInstance(signatureAlgorithm(key));
            signer.initSign(key);
            signer.update(payload);
            return verificationLink(seal.licenceNumber()) + "#" + BASE64URL.encodeToString(payload) + "."
                    + BASE64URL.encodeToString(signer.sign());
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("The key cannot sign: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing the licence seal failed", e);
        }
    }

    /**
     * Checks a QR code's text against the provider's public key.
     *
     * @return the sealed facts; empty if the text is not a seal of this provider's format and link, was changed,
     * or was signed with another key
     * @throws IllegalArgumentException if the key is neither RSA nor EC
     */
    public Optional<LicenceSeal> verify(String qrText, PublicKey key) {
        String algorithm = signatureAlgorithm(key);
        if (qrText == null) {
            return Optional.empty();
        }
        int hash = qrText.indexOf('#');
        if (hash < 0) {
            return Optional.empty();
        }
        String[] parts = qrText.substring(hash + 1).split("\\.", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        Optional<byte[]> payload = strictBase64url(parts[0]);
        Optional<byte[]> signature = strictBase64url(parts[1]);
        if (payload.isEmpty() || signature.isEmpty() || !signatureValid(algorithm, key, payload.get(), signature.get())) {
            return Optional.empty();
        }
        LicenceSeal seal;
        try {
            seal = LicenceSeal.parse(new String(payload.get(), StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        // the link is not signed, so it must be exactly the one this provider would have printed
        return qrText.substring(0, hash).equals(verificationLink(seal.licenceNumber())) ? Optional.of(seal) : Optional.empty();
    }

    private static boolean signatureValid(String algorithm, PublicKey key, byte[] payload, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(key);
            verifier.update(payload);
            return verifier.verify(signature);
        } catch (SignatureException e) {
            return false; // malformed signature bytes, e.g. the wrong length for the key
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("The key cannot verify: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Only the unpadded alphabet, and only the one encoding of the bytes (no stray low bits in the last digit). */
    private static Optional<byte[]> strictBase64url(String text) {
        if (text.isEmpty() || text.indexOf('=') >= 0) {
            return Optional.empty();
        }
        try {
            byte[] bytes = BASE64URL_DECODER.decode(text);
            return BASE64URL.encodeToString(bytes).equals(text) ? Optional.of(bytes) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Chosen from the key alone, so the QR code carries no algorithm name an attacker could change. */
    public static String signatureAlgorithm(Key key) {
        Objects.requireNonNull(key, "key");
        if (key instanceof RSAKey || "RSA".equals(key.getAlgorithm())) {
            return "SHA256withRSA";
        }
        if (key instanceof ECKey ec) {
            int bits = ec.getParams().getOrder().bitLength();
            String digest = bits <= 256 ? "SHA256" : bits <= 384 ? "SHA384" : "SHA512";
            return digest + "withECDSAinP1363Format";
        }
        if ("EC".equals(key.getAlgorithm()) || "ECDSA".equals(key.getAlgorithm())) {
            return "SHA256withECDSAinP1363Format"; // a token key that hides its parameters: assume P-256
        }
        throw new IllegalArgumentException("Licence seals are signed with RSA or EC keys, not " + key.getAlgorithm());
    }
}
