package kz.gov.elicense.signature.entity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;

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
    void anUnknownRevocationStatusIsIndeterminateAndEveryOtherFailureInvalid() {
        for (SignatureFailure failure : SignatureFailure.values()) {
            SignatureVerification result = SignatureVerification.failed(failure, "Because.", SIGNER, null);

            assertFalse(result.valid());
            assertEquals(failure == SignatureFailure.REVOCATION_UNKNOWN, result.indeterminate(), failure.name());
            assertEquals(failure == SignatureFailure.REVOCATION_UNKNOWN ? VerificationStatus.INDETERMINATE
                    : VerificationStatus.INVALID, result.status());
        }
        assertEquals(1, Arrays.stream(SignatureFailure.values()).filter(SignatureFailure::isIndeterminate).count());
        assertThrows(IllegalArgumentException.class, () -> new SignatureVerification(VerificationStatus.INVALID,
                SignatureFailure.REVOCATION_UNKNOWN, "Unknown is not invalid.", SIGNER, null, false, null));
        assertThrows(IllegalArgumentException.class, () -> new SignatureVerification(VerificationStatus.INDETERMINATE,
                SignatureFailure.SIGNATURE_INVALID, "Altered is not undecided.", SIGNER, null, false, null));
    }

    @Test
    void aTimeStampedVerificationHasItsTime() {
        assertThrows(IllegalArgumentException.class, () -> SignatureVerification.valid(SIGNER, null, true, null, "No time."));
        SignatureVerification stamped = SignatureVerification.valid(SIGNER, Instant.EPOCH, true, ValidationMaterial.EMPTY, "Ok.");
        assertTrue(stamped.timeStamped());
        assertEquals(VerificationStatus.VALID, stamped.status());
    }

    @Test
    void expectedSignerRefusesIdentifiersThatAreNotTwelveDigits() {
        assertDoesNotThrow(() -> new ExpectedSigner("150440001011", "800101300125"));
        assertDoesNotThrow(() -> ExpectedSigner.ANY);
        assertThrows(IllegalArgumentException.class, () -> ExpectedSigner.organisation("BIN150440001011"));
        assertThrows(IllegalArgumentException.class, () -> ExpectedSigner.person("80010130012"));
        assertThrows(NullPointerException.class, () -> ExpectedSigner.organisation(null));
        assertThrows(IllegalArgumentException.class, () -> ExpectedSigner.organisationSignatory("15044000101"));
    }
}
