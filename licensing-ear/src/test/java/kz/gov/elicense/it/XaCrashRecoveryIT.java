package kz.gov.elicense.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Narayana's crash recovery finishes a two-phase commit that a crash cut between its phases. The licensing database
 * (an XA datasource) and the broker are the two resources; a Byteman rule (as in WildFly's jta-crash-rec quickstart)
 * halts the server's JVM after both voted in the prepare phase and the first committed, before the second commits:
 * <ul>
 *     <li>the executor's completeness decision, which records the registry checks in the database and sends their
 *     requests to the broker: halted before the broker commits, so the requests exist only as a prepared branch;</li>
 *     <li>the gateway answering a request, which takes it off the broker, enters it in the database's ledger and sends
 *     the reply: halted before the database commits, so the ledger entry and the reply are in doubt.</li>
 * </ul>
 * After each restart the recovery manager commits what was left; every question is asked and answered exactly once,
 * the application moves on, the transaction log and the broker keep no prepared transaction, the database no in-doubt
 * one, and the licences signed afterwards each have their signed document and the other way round. A server of its own
 * (port offset 1200) with its own demo PKI and, on PostgreSQL, its own database (which must allow prepared
 * transactions); recovery scans every 5 s here (Narayana's default is 2 minutes).
 */
class XaCrashRecoveryIT {

    private static final int OFFSET = 1200;
    private static final String BIN = "150440001011";
    private static final Duration STARTUP = Duration.ofSeconds(240);
    private static final Duration RECOVERY = Duration.ofSeconds(120);

    private final Path pki = OwnPkiServer.pki("xa-crash", OFFSET);
    private final Path armed = Path.of(System.getProperty("jboss.home")).resolveSibling("xa-crash-armed");
    private final ServerDatabase database = ServerDatabase.fresh("xa-crash");
    private final CrashableServer server = CrashableServer.copyOfTestServer("xa-crash-server", OFFSET,
                    OwnPkiServer.properties(OFFSET, pki, "licensing-xa-crash", database))
            .withJvmOptions(List.of(
                    "-javaagent:" + byteman() + "=script:" + rules() + ",boot:" + byteman(),
                    "-Djboss.modules.system.pkgs=org.jboss.byteman",
                    "-DRecoveryEnvironmentBean.periodicRecoveryPeriod=5",
                    "-DRecoveryEnvironmentBean.recoveryBackoffPeriod=1"));
    private final PortalClient portal = OwnPkiServer.portal(OFFSET, pki);

    @AfterEach
    void stopServer() throws IOException {
        Files.deleteIfExists(armed);
        server.stop();
        server.awaitExit(Duration.ofSeconds(30));
        database.drop();
    }

    @Test
    void recoveryCommitsWhatACrashBetweenThePhasesLeftAndNothingIsLostOrDoubled() throws Exception {
        Files.deleteIfExists(armed);
        server.start(STARTUP);

        // 1. the broker's commit left to recovery: the registry requests of a completeness decision
        String requestsInDoubt = portal.form(BIN).submitted();
        portal.assign(requestsInDoubt, "executor").expect(200);
        arm("java:/JmsXA");
        PortalClient.Response answered = null;
        try {
            answered = portal.completeness(requestsInDoubt, true, null);
        } catch (IllegalStateException halted) {
            // the connection dropped: the server halted before it answered
        }
        assertNull(answered, "the server halts before it answers, but it answered " + answered);
        assertHalted("java:/JmsXA");

        Duration firstRecovery = restartAndRecover();
        JsonObject moved = portal.awaitApplication(requestsInDoubt, PortalClient.atStep("REPORT_AND_RESULT"), RECOVERY);
        assertEachQuestionAnsweredOnce(moved);

        // 2. the database's commit left to recovery: a request's ledger entry and reply, after the broker let it go
        String answerInDoubt = portal.form(BIN).submitted();
        portal.assign(answerInDoubt, "executor").expect(200);
        arm("LicensingDS");
        try {
            portal.completeness(answerInDoubt, true, null).expect(200);
        } catch (IllegalStateException haltedAlready) {
            // the gateway's transaction may halt the server before the decision's answer is written out
        }
        assertHalted("LicensingDS");

        Duration secondRecovery = restartAndRecover();
        assertEachQuestionAnsweredOnce(portal.awaitApplication(answerInDoubt, PortalClient.atStep("REPORT_AND_RESULT"),
                RECOVERY));
        assertEachQuestionAnsweredOnce(portal.read(requestsInDoubt, "executor").expect(200).json());

        for (String number : List.of(requestsInDoubt, answerInDoubt)) {
            portal.draft(number, "LICENCE", "All clear").expect(200);
            String licence = portal.sign(number).expect(200).json().getString("licenceNumber");
            assertTrue(portal.get("licences/" + licence, null).expect(200).json().getBoolean("signatureValid"));
        }
        assertEquals("[]", resultOf(server.cli("/subsystem=messaging-activemq/server=default:list-prepared-transactions")),
                "the broker keeps no prepared transaction");
        server.stop();
        server.awaitExit(Duration.ofSeconds(30));

        try (Connection database = this.database.open(server.home())) {
            assertEquals(0, ServerDatabase.inDoubt(database),
                    "no transaction in doubt in the database");
            assertEquals(0, count(database, "select count(*) from result_document d where d.kind = 'LICENCE'"
                    + " and not exists (select 1 from licence l where l.document_id = d.id)"), "no signature without its licence");
            assertEquals(2, count(database, "select count(*) from licence l join result_document d on d.id = l.document_id"
                    + " where length(d.signature) > 0"), "each licence with its signed document");
            assertEquals(count(database, "select count(*) from registry_check"),
                    count(database, "select count(*) from gateway_answered_request"), "every request answered once");
        }
        System.out.printf("XA crash recovery: registry requests left prepared in the broker recovered %d s after the"
                + " restart; a ledger entry and reply left in doubt in the database recovered %d s after it%n",
                firstRecovery.toSeconds(), secondRecovery.toSeconds());
    }

    /** Starts the server again and waits until the transaction log holds no transaction; returns how long that took. */
    private Duration restartAndRecover() throws IOException {
        Files.deleteIfExists(armed);
        server.start(STARTUP);
        Instant started = Instant.now();
        await(() -> "[]".equals(transactionsInLog()), RECOVERY, "the transaction log empties");
        return Duration.between(started, Instant.now());
    }

    private String transactionsInLog() {
        String printed = server.cli("/subsystem=transactions/log-store=log-store:probe",
                "/subsystem=transactions/log-store=log-store:read-children-names(child-type=transactions)");
        return resultOf(printed.substring(printed.lastIndexOf("\"outcome\"")));
    }

    private void arm(String resource) throws IOException {
        Files.writeString(armed, resource);
    }

    private void assertHalted(String before) {
        assertTrue(server.awaitExit(Duration.ofSeconds(60)), "the fault halted the server");
        assertTrue(server.consoleLog().lines().anyMatch(l -> l.contains("XA-FAULT: halting before ") && l.contains(before)),
                "halted before " + before
                + " committed; the log says: " + server.consoleLog().lines().filter(l -> l.contains("XA-FAULT")).toList());
        String log = transactionLogOnDisk();
        assertFalse(log.isEmpty(), "the transaction manager's log holds the transaction it was committing");
    }

    /** The committing transactions in the object store on disk, as the crash left them. */
    private String transactionLogOnDisk() {
        Path store = server.home().resolve("standalone/data/tx-object-store");
        try (var files = Files.walk(store)) {
            return String.join(",", files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().contains("AtomicAction")).map(f -> f.getFileName().toString()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertEachQuestionAnsweredOnce(JsonObject application) {
        List<JsonObject> checks = application.getJsonArray("checks").getValuesAs(JsonObject.class);
        assertFalse(checks.isEmpty());
        List<String> asked = checks.stream().map(c -> c.getString("check") + " of " + c.getString("subject")).toList();
        assertEquals(asked.stream().distinct().count(), asked.size(), "no question asked twice: " + asked);
        for (JsonObject check : checks) {
            assertEquals("ANSWERED", check.getString("state"), check.toString());
            assertEquals(0, check.getInt("repeatedAnswers"), "answered exactly once: " + check);
        }
    }

    private static String resultOf(String printed) {
        int result = printed.indexOf("\"result\" => ");
        if (result < 0) {
            throw new AssertionError("No result in: " + printed);
        }
        String rest = printed.substring(result + "\"result\" => ".length()).strip();
        return rest.startsWith("[]") ? "[]" : rest.substring(0, rest.indexOf(']') + 1).replaceAll("\\s+", "");
    }

    private static long count(Connection database, String sql) throws SQLException {
        try (Statement statement = database.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void await(BooleanSupplier condition, Duration timeout, String what) {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            if (condition.getAsBoolean()) {
                return;
            }
            CrashableServer.sleep(Duration.ofSeconds(1));
        }
        throw new AssertionError("Not within " + timeout + ": " + what);
    }

    private static String byteman() {
        return System.getProperty("byteman.jar");
    }

    /** The rule file with the path of this test's arming file written in. */
    private String rules() {
        try (InputStream template = XaCrashRecoveryIT.class.getResourceAsStream("/byteman/halt-between-commit-phases.btm")) {
            Path rules = armed.resolveSibling("halt-between-commit-phases.btm");
            Files.writeString(rules, new String(template.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("ARMED_FILE", armed.toString()));
            return rules.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
