package kz.gov.elicense.it;

import kz.gov.elicense.signature.control.CmsSigner;
import kz.gov.elicense.signature.control.SigningKey;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What the benchmark (package {@code kz.gov.elicense.benchmark}) needs from this package's clients: signed
 * submission bodies made before the timed phase, and a second copy of the server to time its boot.
 */
public final class BenchmarkSetup {

    /** The demo applicant whose RSA head key signs the benchmark's submissions. */
    public static final String APPLICANT = "150440001011";

    private BenchmarkSetup() {
    }

    /**
     * {@code count} distinct security licence submissions (each its own document bytes), signed with the applicant's
     * key loaded once, on all cores: the load generator then only sends bytes, so its CPU is not what is measured.
     */
    public static List<String> signedSubmissions(int count) {
        PortalClient portal = PortalClient.forTestServer();
        SigningKey key;
        try {
            key = SigningKey.fromPkcs12(Path.of(System.getProperty("licensing.pki.dir"), "applicants", APPLICANT + ".p12"),
                    PortalClient.PASSWORD.toCharArray(), null);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot load the demo key of " + APPLICANT, e);
        }
        return IntStream.range(0, count).parallel().mapToObj(i -> {
            PortalClient.Form form = portal.form(APPLICANT);
            try {
                return form.request(false, new CmsSigner().signDetached(form.formBytes(), key));
            } catch (Exception e) {
                throw new IllegalStateException("Cannot sign a benchmark submission", e);
            }
        }).toList();
    }

    /**
     * Copies the provisioned server and the EAR (empty data: Flyway migrates a new database, as on a first
     * installation), starts it with standalone.sh on {@code offset} and returns the time from the process start
     * until the management port's {@code /health/ready} answers UP and the portal API answers; stops it.
     */
    public static Duration bootToReady(int offset) {
        int http = 8080 + offset;
        CrashableServer server = CrashableServer.copyOfTestServer("boot-server", offset, List.of(
                "-Dlicensing.config.dir=" + System.getProperty("licensing.config.dir"),
                "-Dlicensing.pki.dir=" + System.getProperty("licensing.pki.dir"),
                "-Dlicensing.demo.enabled=true",
                "-Dlicensing.tsa.url=http://127.0.0.1:" + http + "/api/v1/demo/pki/tsa",
                "-Dlicensing.verification.base-url=http://127.0.0.1:" + http + "/api/v1/licences",
                "-Djboss.tx.node.id=licensing-boot"));
        HttpClient client = HttpClient.newHttpClient();
        URI ready = URI.create("http://127.0.0.1:" + server.managementPort() + "/health/ready");
        long start = System.nanoTime();
        try {
            // start() returns once the portal API answers a signed-in officer (it polls each second)
            server.start(Duration.ofSeconds(180));
            while (true) {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(ready).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    return Duration.ofNanos(System.nanoTime() - start);
                }
                Thread.sleep(100);
            }
        } catch (Exception e) {
            throw new IllegalStateException("The boot server did not become ready: " + e, e);
        } finally {
            server.stop();
        }
    }
}
