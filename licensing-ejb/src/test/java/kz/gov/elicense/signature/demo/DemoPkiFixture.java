package kz.gov.elicense.signature.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;

import kz.gov.elicense.signature.control.SigningKey;
import kz.gov.elicense.signature.control.TrustAnchors;

/**
 * One demo PKI for all signature tests of a test JVM: generating it costs seconds of RSA key generation, so it
 * is made once, in a temporary directory removed when the JVM exits. Tests only read it. Its OCSP responder, CRL
 * issuer and time-stamp authority run on 127.0.0.1 ({@link #server()}), where its certificates point.
 */
public final class DemoPkiFixture {

    private static Path directory;
    private static DemoPkiServer server;

    private DemoPkiFixture() {
    }

    public static synchronized Path directory() {
        if (directory == null) {
            try {
                Path created = Files.createTempDirectory("demo-pki-test");
                DemoPkiServer started = DemoPkiServer.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    started.stop();
                    delete(created);
                }));
                DemoPki.generate(created, false, started.baseUrl());
                started.serve(DemoPkiServices.load(created, Clock.systemUTC()));
                directory = created;
                server = started;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        return directory;
    }

    /** The running services of {@link #directory()}'s PKI; a test that overrides an endpoint resets it after. */
    public static synchronized DemoPkiServer server() {
        directory();
        return server;
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
