package kz.gov.elicense.signature.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.gov.elicense.signature.control.SigningKey;
import kz.gov.elicense.signature.entity.SignerIdentity;

class DemoPkiTest {

    @Test
    void aSecondRunKeepsTheExistingPki() throws Exception {
        Path directory = DemoPkiFixture.directory();
        byte[] providerKey = Files.readAllBytes(directory.resolve("provider/head-signer.p12"));
        byte[] properties = Files.readAllBytes(directory.resolve(DemoPki.PROPERTIES_FILE));

        assertFalse(DemoPki.generate(directory, false));

        assertArrayEquals(providerKey, Files.readAllBytes(directory.resolve("provider/head-signer.p12")));
        assertArrayEquals(properties, Files.readAllBytes(directory.resolve(DemoPki.PROPERTIES_FILE)));
    }

    @Test
    void forceRegeneratesOverAnExistingPki(@TempDir Path directory) throws Exception {
        Path properties = directory.resolve(DemoPki.PROPERTIES_FILE);
        Files.writeString(properties, "# a developer's PKI\n");

        DemoPki.main(new String[]{directory.toString()});
        assertEquals("# a developer's PKI\n", Files.readString(properties), "kept without --force");

        DemoPki.main(new String[]{directory.toString(), "--force"});
        assertEquals(DemoPki.PROVIDER_BIN, load(properties).getProperty("provider.bin"));
        assertTrue(Files.isRegularFile(directory.resolve("provider/head-signer.p12")));
    }

    @Test
    void everyPathInThePropertiesExists() throws Exception {
        Path directory = DemoPkiFixture.directory();
        Properties properties = load(directory.resolve(DemoPki.PROPERTIES_FILE));

        for (String key : properties.stringPropertyNames()) {
            if (key.endsWith(".p12") || key.endsWith(".cert") || key.endsWith(".key") || key.endsWith(".chain")
                    || key.endsWith(".dir")) {
                assertTrue(Files.exists(directory.resolve(properties.getProperty(key))), key);
            }
        }
        assertEquals(DemoPki.PROVIDER_BIN, properties.getProperty("provider.bin"));
        assertEquals(DemoPki.PASSWORD, properties.getProperty("provider.signer.password"));
        assertTrue(Files.exists(directory.resolve("trust/root-ca.pem")));
        assertTrue(Files.exists(directory.resolve("trust/issuing-ca.pem")));
        assertFalse(Files.exists(directory.resolve("trust/rogue-ca.pem")), "the rogue CA must not be trusted");
        for (String variant : List.of("expired-", "untrusted-", "nokeyusage-")) {
            for (String suffix : List.of(".p12", ".cert.pem", ".key.pem")) {
                assertTrue(Files.exists(directory.resolve("applicants/" + variant + DemoPki.BROKEN_VARIANTS_BIN + suffix)));
            }
        }
    }

    @Test
    void everyApplicantHasAKeyForItsHeadWithTheNcaProfile() throws Exception {
        Path directory = DemoPkiFixture.directory();
        for (DemoPki.Applicant applicant : DemoPki.APPLICANTS) {
            SigningKey key = SigningKey.fromPkcs12(directory.resolve("applicants/" + applicant.bin() + ".p12"),
                    DemoPki.PASSWORD.toCharArray(), null);
            SignerIdentity identity = SignerIdentity.of(key.certificate());

            assertEquals(applicant.bin(), identity.bin());
            assertEquals(applicant.headIin(), identity.iin());
            assertEquals(applicant.headName(), identity.commonName());
            assertEquals(applicant.organisation(), identity.organisation());
            assertEquals(applicant.keyType() == DemoPki.KeyType.EC ? "EC" : "RSA",
                    key.certificate().getPublicKey().getAlgorithm());
            assertTrue(Files.readString(directory.resolve("applicants/" + applicant.bin() + ".key.pem"))
                    .startsWith("-----BEGIN PRIVATE KEY-----"), "PKCS#8 for openssl");
        }
        assertTrue(DemoPki.APPLICANTS.stream().anyMatch(a -> a.keyType() == DemoPki.KeyType.EC));
    }

    @Test
    void demoIdentifiersHaveValidCheckDigits() {
        assertTrue(hasValidCheckDigit(DemoPki.PROVIDER_BIN), DemoPki.PROVIDER_BIN);
        assertTrue(hasValidCheckDigit(DemoPki.PROVIDER_HEAD_IIN));
        for (DemoPki.Applicant applicant : DemoPki.APPLICANTS) {
            assertTrue(hasValidCheckDigit(applicant.bin()), applicant.bin());
            assertTrue(hasValidCheckDigit(applicant.headIin()), applicant.headIin());
        }
    }

    /** The BIN/IIN rule: weights 1..11, and if that gives 10, weights 3..11,1,2; 10 again means no valid number. */
    private static boolean hasValidCheckDigit(String digits) {
        int[][] weights = {{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2}};
        for (int[] w : weights) {
            int sum = 0;
            for (int i = 0; i < 11; i++) {
                sum += (digits.charAt(i) - '0') * w[i];
            }
            if (sum % 11 != 10) {
                return sum % 11 == digits.charAt(11) - '0';
            }
        }
        return false;
    }

    private static Properties load(Path file) throws Exception {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            properties.load(reader);
        }
        return properties;
    }
}
