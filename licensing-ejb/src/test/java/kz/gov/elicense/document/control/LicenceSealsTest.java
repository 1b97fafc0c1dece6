package kz.gov.elicense.document.control;

import kz.gov.elicense.document.boundary.LicenceSeals;

import kz.gov.elicense.document.entity.LicenceSeal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;

import static kz.gov.elicense.document.control.Samples.BASE;
import static kz.gov.elicense.document.control.Samples.SEAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LicenceSealsTest {

    private final LicenceSeals seals = new LicenceSeals(BASE);

    private static KeyPair keys(String type) {
        return "RSA".equals(type) ? Samples.RSA : Samples.EC;
    }

    @ParameterizedTest
    @ValueSource(strings = {"RSA", "EC"})
    void aSealVerifiesWithTheProvidersPublicKeyAndGivesBackItsFacts(String type) {
        String qrText = seals.seal(SEAL, keys(type).getPrivate());
        assertEquals(Optional.of(SEAL), seals.verify(qrText, keys(type).getPublic()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"RSA", "EC"})
    void theQrTextIsThePublicLinkWithTheSealInItsFragment(String type) {
        String qrText = seals.seal(SEAL, keys(type).getPrivate());
        assertTrue(qrText.startsWith(BASE + "/KZ26SEC0000001#"), qrText);
        String payload = qrText.substring(qrText.indexOf('#') + 1, qrText.indexOf('.', qrText.indexOf('#')));
        assertEquals("KZL1|KZ26SEC0000001|150440001011|SEC|2026-05-14",
                new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.US_ASCII));
        assertTrue(qrText.matches("[A-Za-z0-9:/._#-]+"), "ASCII without padding or '+': " + qrText);
    }

    @Test
    void sealsStayShortEnoughForLevelM() {
        String rsa = seals.seal(SEAL, Samples.RSA.getPrivate());
        String ec = seals.seal(SEAL, Samples.EC.getPrivate());
        // 342 signature characters for RSA-2048, 86 for P-256 in r‖s form
        assertEquals(BASE.length() + 1 + 14 + 1 + 63 + 1 + 342, rsa.length());
        assertEquals(BASE.length() + 1 + 14 + 1 + 63 + 1 + 86, ec.length());
        assertTrue(rsa.length() <= 600, rsa.length() + " characters");
    }

    @Test
    void rsaSealsAreDeterministic() {
        assertEquals(seals.seal(SEAL, Samples.RSA.getPrivate()), seals.seal(SEAL, Samples.RSA.getPrivate()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"RSA", "EC"})
    void aSealWithAnyFieldChangedFailsVerification(String type) {
        String qrText = seals.seal(SEAL, keys(type).getPrivate());
        String fragment = qrText.substring(qrText.indexOf('#') + 1);
        String signature = fragment.substring(fragment.indexOf('.') + 1);
        for (LicenceSeal forged : new LicenceSeal[]{
                new LicenceSeal("KZ26SEC0000002", SEAL.holderId(), SEAL.activityCode(), SEAL.issueDate()),
                new LicenceSeal(SEAL.licenceNumber(), "150440001012", SEAL.activityCode(), SEAL.issueDate()),
                new LicenceSeal(SEAL.licenceNumber(), SEAL.holderId(), "WPN", SEAL.issueDate()),
                new LicenceSeal(SEAL.licenceNumber(), SEAL.holderId(), SEAL.activityCode(), SEAL.issueDate().plusDays(1))}) {
            String tampered = seals.verificationLink(forged.licenceNumber()) + "#"
                    + Base64.getUrlEncoder().withoutPadding().encodeToString(forged.canonicalText().getBytes(StandardCharsets.US_ASCII))
                    + "." + signature;
            assertEquals(Optional.empty(), seals.verify(tampered, keys(type).getPublic()), forged.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"RSA", "EC"})
    void aSealVerifiedWithAnotherKeyFails(String type) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(type);
        if ("EC".equals(type)) {
            generator.initialize(new ECGenParameterSpec("secp256r1"));
        } else {
            generator.initialize(2048);
        }
        KeyPair other = generator.generateKeyPair();
        String qrText = seals.seal(SEAL, keys(type).getPrivate());
        assertEquals(Optional.empty(), seals.verify(qrText, other.getPublic()));
    }

    @Test
    void aSealVerifiedWithAKeyOfTheOtherTypeFails() {
        String rsa = seals.seal(SEAL, Samples.RSA.getPrivate());
        String ec = seals.seal(SEAL, Samples.EC.getPrivate());
        assertEquals(Optional.empty(), seals.verify(rsa, Samples.EC.getPublic()));
        assertEquals(Optional.empty(), seals.verify(ec, Samples.RSA.getPublic()));
    }

    @Test
    void aGenuineSealUnderAnotherLinkFails() {
        String qrText = seals.seal(SEAL, Samples.EC.getPrivate());
        String fragment = qrText.substring(qrText.indexOf('#'));
        assertEquals(Optional.empty(), seals.verify("https://phish.example.com/KZ26SEC0000001" + fragment, Samples.EC.getPublic()));
        assertEquals(Optional.empty(), seals.verify(BASE + "/KZ26SEC0000009" + fragment, Samples.EC.getPublic()));
        assertEquals(Optional.empty(), new LicenceSeals("https://other.example.kz/licences")
                .verify(qrText, Samples.EC.getPublic()));
    }

    @Test
    void aBitFlippedSignatureFails() {
        String qrText = seals.seal(SEAL, Samples.RSA.getPrivate());
        char last = qrText.charAt(qrText.length() - 2);
        String flipped = qrText.substring(0, qrText.length() - 2) + (last == 'A' ? 'B' : 'A') + qrText.charAt(qrText.length() - 1);
        assertNotEquals(qrText, flipped);
        assertEquals(Optional.empty(), seals.verify(flipped, Samples.RSA.getPublic()));
    }

    @Test
    void textsThatAreNotSealsAreRejectedWithoutThrowing() {
        String genuine = seals.seal(SEAL, Samples.EC.getPrivate());
        for (String text : new String[]{null, "", BASE + "/KZ26SEC0000001", BASE + "/KZ26SEC0000001#", "#.", "#a.b",
                genuine + ".x", genuine.replace("#", "#=") , genuine + "=", genuine.substring(0, genuine.length() - 1) + "!",
                BASE + "/KZ26SEC0000001#" + Base64.getUrlEncoder().withoutPadding().encodeToString("junk".getBytes()) + ".AAAA"}) {
            assertEquals(Optional.empty(), seals.verify(text, Samples.EC.getPublic()), String.valueOf(text));
        }
    }

    @Test
    void theVerificationLinkIsTheBaseAndTheNumber() {
        assertEquals(BASE + "/KZ26SEC0000001", new LicenceSeals(BASE + "/").verificationLink("KZ26SEC0000001"));
    }

    @Test
    void theBaseMustBeAPlainHttpUrl() {
        assertThrows(IllegalArgumentException.class, () -> new LicenceSeals("ftp://elicense.example.kz/licences"));
        assertThrows(IllegalArgumentException.class, () -> new LicenceSeals("https://elicense.example.kz/licences?x=1"));
        assertThrows(IllegalArgumentException.class, () -> new LicenceSeals("https://elicense.example.kz/licences#x"));
        assertThrows(IllegalArgumentException.class, () -> new LicenceSeals("licences"));
    }

    @Test
    void theAlgorithmFollowsTheKeyAndOnlyRsaAndEcAreAccepted() throws Exception {
        assertEquals("SHA256withRSA", LicenceSeals.signatureAlgorithm(Samples.RSA.getPrivate()));
        assertEquals("SHA256withECDSAinP1363Format", LicenceSeals.signatureAlgorithm(Samples.EC.getPublic()));
        KeyPairGenerator p384 = KeyPairGenerator.getInstance("EC");
        p384.initialize(new ECGenParameterSpec("secp384r1"));
        KeyPair keys384 = p384.generateKeyPair();
        assertEquals("SHA384withECDSAinP1363Format", LicenceSeals.signatureAlgorithm(keys384.getPrivate()));
        assertEquals(Optional.of(SEAL), seals.verify(seals.seal(SEAL, keys384.getPrivate()), keys384.getPublic()));

        KeyPair dsa = KeyPairGenerator.getInstance("DSA").generateKeyPair();
        assertThrows(IllegalArgumentException.class, () -> seals.seal(SEAL, dsa.getPrivate()));
        assertThrows(IllegalArgumentException.class, () -> seals.verify("x", dsa.getPublic()));
    }

    @Test
    void sealsOfOtherDatesAndHoldersRoundTrip() {
        LicenceSeal person = new LicenceSeal("KZ27SEC0012345", "900101300123", "SEC", LocalDate.of(2027, 12, 31));
        assertEquals(Optional.of(person), seals.verify(seals.seal(person, Samples.RSA.getPrivate()), Samples.RSA.getPublic()));
    }
}
