package kz.gov.elicense.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Deploying onto a WildFly that ministry IT already runs, exactly as the README tells them: the plain WildFly 39
 * distribution (the zip from Maven Central, unpacked), config/wildfly/apply-to-server.sh applied to its
 * standalone-full.xml with an installation properties file (the demo accounts come with the EAR's database
 * migrations, the server's jdbc-realm reads them), the EAR put into the deployments folder, the server started with that configuration; then an application from submission to a signed
 * licence through the API, with the server's health and OpenAPI document answering. In the PostgreSQL run the
 * installation's LicensingDS is on a database of its own (POSTGRESQL_JAR, licensing.db.*). Port offset 1300.
 */
class ExistingInstallationIT {

    private static final int OFFSET = 1300;
    private static final String BIN = "221140008086";

    private final Path home = Path.of(System.getProperty("jboss.home")).resolveSibling("existing-wildfly");
    private final Path pki = OwnPkiServer.pki("existing-wildfly", OFFSET);
    private final ServerDatabase database = ServerDatabase.fresh("existing");
    private CrashableServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop();
        }
        database.drop();
    }

    @Test
    void theEarRunsOnAPlainDistributionConfiguredByTheScripts() throws Exception {
        Path wildfly = unpack(Path.of(System.getProperty("wildfly.dist.zip")), home);
        Path config = Path.of(System.getProperty("licensing.config.dir"));

        Path properties = home.resolve("installation.properties");
        String base = "http://127.0.0.1:" + (8080 + OFFSET);
        Files.writeString(properties, String.join("\n",
                "licensing.config.dir=" + config,
                "licensing.pki.dir=" + pki,
                "licensing.provider.keystore.password=",
                "licensing.tsa.url=" + base + "/api/v1/demo/pki/tsa",
                "licensing.verification.base-url=" + base + "/api/v1/licences",
                "licensing.demo.enabled=true") + "\n");
        // on PostgreSQL as the README tells it: the driver named by POSTGRESQL_JAR, the database's address and account
        // as server system properties (licensing.db.*)
        run(ServerDatabase.postgresql() ? Path.of(System.getProperty("licensing.postgresql.jar")) : null,
                config.resolve("wildfly/apply-to-server.sh").toString(), wildfly.toString(), properties.toString(),
                "--server-config=standalone-full.xml");
        Path ear = Path.of(System.getProperty("licensing.ear"));
        Files.copy(ear, wildfly.resolve("standalone/deployments").resolve(ear.getFileName()));

        server = CrashableServer.installedAt(wildfly, OFFSET, database.serverProperties())
                .withServerConfig("standalone-full.xml");
        server.start(Duration.ofSeconds(240));

        PortalClient portal = OwnPkiServer.portal(OFFSET, pki);
        String number = portal.toReportStep(BIN);
        portal.draft(number, "LICENCE", "All clear").expect(200);
        String licence = portal.sign(number).expect(200).json().getString("licenceNumber");
        JsonObject entry = portal.get("licences/" + licence, null).expect(200).json();
        assertTrue(entry.getBoolean("signatureValid"), entry.toString());

        assertEquals(200, status(URI.create("http://127.0.0.1:" + server.managementPort() + "/health/ready")),
                "MicroProfile Health on the management port");
        assertEquals(200, status(URI.create(base + "/openapi")), "the OpenAPI document");
    }

    /** Unpacks the distribution as {@code unzip} would, with the scripts in bin/ executable; returns its top folder. */
    private static Path unpack(Path zip, Path into) throws IOException {
        deleteTree(into);
        Files.createDirectories(into);
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(archive.entries())) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("Entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = archive.getInputStream(entry)) {
                    Files.copy(in, target);
                }
                if (target.getParent().getFileName().toString().equals("bin") && target.toString().endsWith(".sh")) {
                    target.toFile().setExecutable(true);
                }
            }
        }
        try (Stream<Path> top = Files.list(into)) {
            return top.filter(p -> p.getFileName().toString().startsWith("wildfly-")).findFirst()
                    .orElseThrow(() -> new IOException("No wildfly-* folder in " + zip));
        }
    }

    private static void run(Path postgresqlJar, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (postgresqlJar != null) {
            builder.environment().put("POSTGRESQL_JAR", postgresqlJar.toString());
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), String.join(" ", command) + " failed:\n" + output);
    }

    private static int status(URI address) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
