package kz.gov.elicense.it;

import kz.gov.elicense.signature.control.CmsSignatureVerifier;
import kz.gov.elicense.signature.control.OnlineRevocationSource;
import kz.gov.elicense.signature.control.TrustAnchors;
import kz.gov.elicense.signature.entity.ExpectedSigner;
import kz.gov.elicense.signature.entity.SignatureVerification;
import kz.gov.elicense.signature.entity.ValidationMaterial;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Backup and restore on PostgreSQL with the scripts ministry IT runs (config/ops/backup.sh, restore.sh): licences
 * are issued, the live database is backed up while the server runs, the backup is restored into an empty database,
 * and there every licence is as issued: the same documents and signatures as the live register hands out, and each
 * signature verifies offline with the validation material stored beside it (no OCSP or CRL needed after a restore).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BackupRestoreIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final PortalClient portal = PortalClient.forTestServer();

    @Test
    void aBackupRestoredIntoAnEmptyDatabaseHoldsEveryLicenceWithAValidSignature() throws Exception {
        assumeTrue("postgresql".equals(System.getProperty("it.database")), "pg_dump and pg_restore: PostgreSQL only");
        List<String> issued = new ArrayList<>();
        for (String bin : List.of("221140008086", "150440001011")) {
            String number = portal.toReportStep(bin);
            portal.draft(number, "LICENCE", "Clear").expect(200);
            issued.add(portal.sign(number).expect(200).json().getString("licenceNumber"));
        }

        String live = System.getProperty("it.pg.database");
        String restored = live + "_restored";
        Path dump = Path.of(System.getProperty("jboss.home")).resolveSibling("backup").resolve(live + ".dump");
        Files.createDirectories(dump.getParent());
        Files.deleteIfExists(dump);
        run("drop-before", admin("drop database if exists \"" + restored + "\" with (force)"));

        run("backup", script("backup.sh", dump.toString()), "PGDATABASE", live);
        assertTrue(Files.size(dump) > 0);
        String restoreOutput = run("restore", script("restore.sh", dump.toString(), restored));
        assertTrue(restoreOutput.contains("restored into " + restored), restoreOutput);
        String again = runExpectingFailure(script("restore.sh", dump.toString(), restored));
        assertTrue(again.contains("not empty"), "never over a database that holds tables: " + again);

        try (Connection source = connect(live); Connection copy = connect(restored)) {
            assertEquals(count(source, "select count(*) from licence"), count(copy, "select count(*) from licence"));
            assertEquals(count(source, "select count(*) from result_document"),
                    count(copy, "select count(*) from result_document"));
            assertEquals(count(source, "select count(*) from flyway_schema_history where success"),
                    count(copy, "select count(*) from flyway_schema_history where success"), "the same schema version");

            TrustAnchors trust = TrustAnchors.fromPem(Path.of(System.getProperty("licensing.pki.dir")).resolve("trust"));
            CmsSignatureVerifier verifier = new CmsSignatureVerifier(trust, Clock.systemUTC());
            CmsSignatureVerifier online = new CmsSignatureVerifier(trust, Clock.systemUTC(),
                    new OnlineRevocationSource(Clock.systemUTC()));
            Map<String, byte[]> documents = new HashMap<>();
            try (Statement statement = copy.createStatement();
                 // every licence but the numbering test's fixtures (RegisterProbe: a plain-text stand-in signed by
                 // "probe", no CMS), which other system tests of the same run leave in the register
                 ResultSet rows = statement.executeQuery("select l.number, d.content, d.signature, d.validation_material"
                         + " from licence l join result_document d on d.id = l.document_id"
                         + " where not (d.signer_name = 'probe' and d.media_type = 'text/plain') order by l.number")) {
                while (rows.next()) {
                    String number = rows.getString(1);
                    byte[] content = rows.getBytes(2);
                    byte[] signature = rows.getBytes(3);
                    byte[] material = rows.getBytes(4);
                    if (issued.contains(number)) {
                        assertFalse(material == null, number + " keeps its validation material");
                    }
                    // as the register checks a licence: offline with the stored material, online where there is none
                    SignatureVerification verification = material == null
                            ? online.verifyDetached(content, signature, ExpectedSigner.ANY)
                            : verifier.verifyWithMaterial(content, signature, ExpectedSigner.ANY,
                                    ValidationMaterial.decode(material));
                    assertTrue(verification.valid(), number + ": " + verification.reason());
                    byte[] altered = content.clone();
                    altered[altered.length / 2] ^= 0x01;
                    assertFalse(online.verifyDetached(altered, signature, ExpectedSigner.ANY).valid(),
                            number + ": the check is real");
                    documents.put(number, content);
                    assertArrayEquals(download("licences/" + number + "/signature"), signature, number);
                }
            }
            assertTrue(documents.keySet().containsAll(issued), documents.keySet() + " lacks some of " + issued);
            for (String number : issued) {
                assertArrayEquals(download("licences/" + number + "/document"), documents.get(number), number);
            }
        } finally {
            run("drop-after", admin("drop database if exists \"" + restored + "\" with (force)"));
        }
    }

    private static List<String> script(String name, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("licensing.repo.dir"), "config", "ops", name).toString());
        command.addAll(List.of(arguments));
        return command;
    }

    private static List<String> admin(String sql) {
        return List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", "postgres", "-c", sql);
    }

    private static String run(String what, List<String> command, String... environment) throws Exception {
        Process process = start(command, environment);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), what + " did not finish");
        assertEquals(0, process.exitValue(), what + ": " + output);
        return output;
    }

    private static String runExpectingFailure(List<String> command) throws Exception {
        Process process = start(command);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertNotEquals(0, process.exitValue(), output);
        return output;
    }

    private static Process start(List<String> command, String... environment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("PGHOST", System.getProperty("it.pg.host"));
        env.put("PGPORT", System.getProperty("it.pg.port"));
        env.put("PGUSER", System.getProperty("it.pg.user"));
        env.put("PGPASSWORD", System.getProperty("it.pg.password"));
        for (int i = 0; i + 1 < environment.length; i += 2) {
            env.put(environment[i], environment[i + 1]);
        }
        return builder.start();
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + System.getProperty("it.pg.host") + ":"
                + System.getProperty("it.pg.port") + "/" + database, System.getProperty("it.pg.user"),
                System.getProperty("it.pg.password"));
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static byte[] download(String path) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 100))
                + "/api/v1/" + path);
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }
}
