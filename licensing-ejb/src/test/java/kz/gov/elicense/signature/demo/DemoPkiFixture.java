package kz.gov.elicense.signature.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Comparator;
import java.util.stream.Stream;

import kz.gov.elicense.signature.control.SigningKey;
import kz.gov.elicense.signature.control.TrustAnchors;

/**
 * One demo PKI for all signature tests of a test JVM: generating it costs seconds of RSA key generation, so it
 * is made once, in a temporary directory removed when the JVM exits. Tests only read it.
 */
public final class DemoPkiFixture {

    private static Path directory;

    private DemoPkiFixture() {
    }

    public static synchronized Path directory() {
        if (directory == null) {
            try {
                Path created = Files.createTempDirectory("demo-pki-test");
                DemoPki.generate(created, false);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(created)));
                directory = created;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        return directory;
    }

    public static Path file(String relative) {
        return directory().resolve(relative);
    }

    /** @param base e.g. {@code "applicants/150440001011"} or {@code "provider/head-signer"} */
    public static SigningKey key(String base) {
        try {
            return SigningKey.fromPkcs12(file(base + ".p12"), DemoPki.PASSWORD.toCharArray(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static TrustAnchors trustAnchors() {
        try {
            return TrustAnchors.fromPem(file("trust"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary directory is harmless
        }
    }
}
