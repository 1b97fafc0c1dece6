package kz.gov.elicense.signature.entity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class SignatureVerificationTest {

    private static final SignerIdentity SIGNER = new SignerIdentity("800101300125", "150440001011", "Ахметов Нурлан",
            "«Қалқан Күзет»", "1f", "CN=NCA RK Demo Issuing CA,O=Demo,C=KZ", Instant.EPOCH, Instant.EPOCH.plusSeconds(1));

    @Test
    void aVerificationIsValidExactlyWhenItHasNoFailure() {
        assertDoesNotThrow(() -> SignatureVerification.valid(SIGNER, null, "The signature is valid."));
        assertDoesNotThrow(() -> SignatureVerification.failed(SignatureFailure.MALFORMED, "Not CMS.", null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new SignatureVerification(true, SignatureFailure.KEY_USAGE, "Contradiction.", SIGNER, null));
        assertThrows(IllegalArgumentException.class,
                () -> new SignatureVerification(false, null, "No failure named.", SIGNER, null));
        assertThrows(IllegalArgumentException.class, () -> SignatureVerification.valid(null, null, "Valid but by whom?"));
    }

    @Test
    void expectedSignerRefusesIdentifiersThatAreNotTwelveDigits() {
        assertDoesNotThrow(() -> new ExpectedSigner("150440001011", "800101300125"));
        assertDoesNotThrow(() -> ExpectedSigner.ANY);
        assertThrows(IllegalArgumentException.class, () -> ExpectedSigner.organisation("BIN150440001011"));
        assertThrows(IllegalArgumentException.class, () -> ExpectedSigner.person("80010130012"));
        assertThrows(NullPointerException.class, () -> ExpectedSigner.organisation(null));
    }
}
