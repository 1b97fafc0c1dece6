package kz.gov.elicense.signature.control;

import static kz.gov.elicense.signature.demo.DemoPkiFixture.file;
import static kz.gov.elicense.signature.demo.DemoPkiFixture.key;
import static kz.gov.elicense.signature.demo.DemoPkiFixture.trustAnchors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.gov.elicense.signature.demo.DemoPki;
import kz.gov.elicense.signature.entity.ExpectedSigner;
import kz.gov.elicense.signature.entity.SignatureVerification;

/**
 * The README's demo submission signs with the OpenSSL command line, so its output must verify here, and what
 * {@link CmsSigner} produces must verify with OpenSSL. Skipped where {@code openssl} is not installed.
 */
class OpensslInteroperabilityTest {

    private static final byte[] FORM = "{\"bin\":\"150440001011\",\"organisation\":\"«Қалқан Күзет»\"}"
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path work;

    @BeforeAll
    static void requireOpenssl() {
        assumeTrue(runs("openssl", "version"), "openssl is not on the PATH");
    }

    @Test
    void verifierAcceptsASignatureMadeWithOpensslCmsSign() throws Exception {
        CmsSignatureVerifier verifier = new CmsSignatureVerifier(trustAnchors(), Clock.systemUTC());
        for (String bin : List.of("150440001011", "160540002025")) {
            Path form = Files.write(work.resolve("form-" + bin + ".json"), FORM);
            Path signature = work.resolve("sig-" + bin + ".der");

            openssl("cms", "-sign", "-binary", "-outform", "DER", "-nosmimecap", "-md", "sha256",
                    "-in", form.toString(),
                    "-signer", file("applicants/" + bin + ".cert.pem").toString(),
                    "-inkey", file("applicants/" + bin + ".key.pem").toString(),
                    "-certfile", file("applicants/chain.pem").toString(),
                    "-out", signature.toString());

            SignatureVerification result = verifier.verifyDetached(FORM, Files.readAllBytes(signature),
                    ExpectedSigner.organisation(bin));
            assertTrue(result.valid(), bin + ": " + result.reason());
            assertEquals(bin, result.signer().bin());
        }
    }

    @Test
    void opensslVerifiesWhatCmsSignerProduces() throws Exception {
        Path licence = Files.write(work.resolve("licence.txt"), FORM);
        Path signature = Files.write(work.resolve("licence.p7s"), new CmsSigner().signDetached(FORM, key("provider/head-signer")));

        openssl("cms", "-verify", "-binary", "-inform", "DER", "-in", signature.toString(),
                "-content", licence.toString(), "-CAfile", file("trust/root-ca.pem").toString(),
                "-out", work.resolve("verified.txt").toString());
    }

    @Test
    void opensslReadsThePkcs12Files() throws Exception {
        openssl("pkcs12", "-in", file("provider/head-signer.p12").toString(), "-passin", "pass:" + DemoPki.PASSWORD,
                "-noout");
    }

    private static void openssl(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "openssl timed out");
        assertEquals(0, process.exitValue(), String.join(" ", command) + "\n" + output);
    }

    private static boolean runs(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
