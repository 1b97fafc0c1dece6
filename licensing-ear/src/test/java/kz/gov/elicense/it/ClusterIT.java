package kz.gov.elicense.it;

import jakarta.json.JsonObject;
import kz.gov.elicense.signature.demo.DemoPki;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two nodes of a cluster on this machine, as README "Running a cluster" sets one up: copies of the PostgreSQL server
 * with {@code config/wildfly/licensing-cluster.cli} applied (the embedded brokers in one messaging cluster), on two
 * port offsets, each with its own node name, transaction node id, broker journal and transaction log, both on one
 * PostgreSQL database, behind a balancer ({@link Balancer}) that the demo PKI's OCSP, CRL and time-stamp addresses and
 * the load go through. It shows:
 * <ul>
 *     <li>an application submitted to one node and taken to its registry checks there is processed by either: the
 *     other node's broker gets some of its registry requests, and both nodes show it at the report step;</li>
 *     <li>a load of signed submissions with idempotency keys through the balancer while a node is killed with
 *     {@code kill -9} (and started again) loses nothing: accepted = stored = processed, duplicated 0;</li>
 *     <li>a timer's work runs once per cluster: both nodes' timers fired for a tick, one did its work.</li>
 * </ul>
 * PostgreSQL run only (a cluster shares a database server; H2's file belongs to one server). The nodes' port offsets:
 * {@code it.cluster.offsets} (1500,1600). The test command kills once; {@code mvn -Preliability verify} kills
 * {@code reliability.cluster.kills} times.
 */
class ClusterIT {

    private static final String BIN = "150440001011";
    private static final Duration STARTUP = Duration.ofSeconds(300);
    private static final Pattern ADDED = Pattern.compile("\"result\" => (\\d+)L?");

    private final List<Integer> offsets = java.util.Arrays.stream(System.getProperty("it.cluster.offsets", "1500,1600")
            .split(",")).map(String::strip).map(Integer::valueOf).toList();
    private final Balancer balancer = Balancer.before(offsets.stream().map(o -> 8080 + o).toList());
    private final ServerDatabase database = ServerDatabase.fresh("cluster");
    private final List<CrashableServer> nodes = new ArrayList<>();

    @AfterEach
    void stopCluster() {
        nodes.forEach(CrashableServer::stop);
        nodes.forEach(n -> n.awaitExit(Duration.ofSeconds(30)));
        balancer.close();
        database.drop();
    }

    @Test
    void eitherNodeProcessesWhatTheOtherTookAndAKilledNodeLosesNothing() throws Exception {
        assertTrue(ServerDatabase.postgresql(), "the cluster runs on PostgreSQL");
        Path pki = pki();
        nodes.addAll(cluster(pki));
        balancer.checkedBy(nodes.stream().map(n -> (java.util.function.BooleanSupplier) n::ready).toList());
        CompletableFuture.allOf(nodes.stream().map(n -> CompletableFuture.runAsync(() -> n.start(STARTUP)))
                .toArray(CompletableFuture[]::new)).join();
        CrashableServer a = nodes.get(0);
        CrashableServer b = nodes.get(1);
        Instant bothUp = Instant.now();

        // 1. taken to the registry checks on node a: node b's broker answers a share of the requests
        PortalClient onA = new PortalClient(java.net.URI.create("http://127.0.0.1:" + a.httpPort() + "/api/v1/"), pki);
        PortalClient onB = new PortalClient(java.net.URI.create("http://127.0.0.1:" + b.httpPort() + "/api/v1/"), pki);
        long requestsOnBBefore = requestsAdded(b);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String number = onA.form(BIN).submitted();
            onA.assign(number, "executor").expect(200);
            assertEquals("REGISTRY_CHECKS", onA.completeness(number, true, null).expect(200).json()
                    .getString("currentStep"));
            numbers.add(number);
        }
        for (String number : numbers) {
            JsonObject done = onB.awaitApplication(number, KilledServerLoad::processed, Duration.ofSeconds(120));
            assertEquals("REPORT_AND_RESULT", done.getString("currentStep"), "node b sees what node a processed");
        }
        long requestsOnB = requestsAdded(b) - requestsOnBBefore;
        assertTrue(requestsOnB > 0, "node b's broker took registry requests that only node a sent");

        // 2. a load through the balancer while a node is killed
        int kills = Integer.getInteger("reliability.cluster.kills", 1);
        KilledServerLoad load = new KilledServerLoad(nodes, new PortalClient(balancer.uri().resolve("/api/v1/"), pki),
                kills, Integer.getInteger("reliability.cluster.submissions", 6 * kills),
                Duration.ofMillis(Long.getLong("reliability.min-uptime-ms", 2000)),
                Duration.ofMillis(Long.getLong("reliability.max-uptime-ms", 8000)),
                Long.getLong("reliability.seed", System.nanoTime()));
        KilledServerLoad.Tally tally = load.run(Integer.getInteger("reliability.clients", 3));
        System.out.println("Cluster of two nodes, " + requestsOnB + " of node a's registry requests taken by node b;"
                + " submissions through the balancer under kill -9 of a node:\n" + tally.table());
        assertEquals(kills, tally.kills());
        assertEquals(tally.sent(), tally.accepted(), "every submission sent was accepted");
        assertEquals(tally.accepted(), tally.stored() - numbers.size(), "accepted = stored");
        assertEquals(tally.stored(), tally.processed(), "stored = processed");
        assertEquals(0, tally.lost(), "lost");
        assertEquals(0, tally.duplicated(), "duplicated");
        assertEquals(numbers.size(), tally.unmatched(), "stored without having been sent: only the three of part 1");
        assertEquals(0, tally.questionsLostOrRepeated(), "registry questions lost or repeated");

        // 3. the minute's timer (held signatures) ran once for each tick that both nodes' timers fired for
        Instant end = Instant.now().plus(Duration.ofSeconds(75));
        long sharedTicks = sharedTicks(bothUp);
        while (sharedTicks == 0 && Instant.now().isBefore(end)) {
            CrashableServer.sleep(Duration.ofSeconds(2));
            sharedTicks = sharedTicks(bothUp);
        }
        assertTrue(sharedTicks > 0, "a tick that both nodes' timers fired for, done by one of them");
    }

    /** The demo PKI of the cluster, its OCSP responder, CRLs and time-stamp authority behind the balancer. */
    private Path pki() throws Exception {
        Path directory = Path.of(System.getProperty("jboss.home")).resolveSibling("cluster-pki");
        DemoPki.main(new String[] {directory.toString(), "--base-url=" + balancer.uri() + "/api/v1/demo",
                "--replace-if-moved"});
        return directory;
    }

    /** Node a: the PostgreSQL server with licensing-cluster.cli applied; node b: a copy of node a. */
    private List<CrashableServer> cluster(Path pki) {
        List<String> names = List.of("node-a", "node-b");
        CrashableServer a = CrashableServer.copyOfTestServer("cluster-node-a", offsets.get(0),
                properties(pki, names.get(0), offsets.get(1)));
        applyClusterScript(a.home());
        CrashableServer b = CrashableServer.copyOf(a.home(), "cluster-node-b", offsets.get(1),
                properties(pki, names.get(1), offsets.get(0)));
        return List.of(a, b);
    }

    private List<String> properties(Path pki, String node, int peerOffset) {
        List<String> properties = OwnPkiServer.properties(balancer.uri().toString(), pki, "licensing-" + node);
        properties.addAll(List.of(
                "-Dlicensing.rate-limit.unlimited-addresses=127.0.0.1",
                "-Djboss.node.name=" + node,
                "-Dlicensing.cluster.peer.host=127.0.0.1",
                "-Dlicensing.cluster.peer.port=" + (8080 + peerOffset),
                "-Dlicensing.cluster.password=cluster-it-secret",
                "-DRecoveryEnvironmentBean.periodicRecoveryPeriod=10",
                "-DRecoveryEnvironmentBean.recoveryBackoffPeriod=2"));
        properties.addAll(database.serverProperties());
        return properties;
    }

    /** Applies config/wildfly/licensing-cluster.cli to the stopped server, as README tells ministry IT to. */
    private static void applyClusterScript(Path home) {
        try {
            Path script = home.resolve("licensing-cluster-embedded.cli");
            Files.writeString(script, "embed-server --server-config=standalone.xml --std-out=discard\n"
                    + Files.readString(Path.of(System.getProperty("licensing.config.dir"), "wildfly",
                    "licensing-cluster.cli")) + "\nstop-embedded-server\n");
            JbossCli.at(home).run(List.of("--file=" + script));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many messages the node's broker has put on its registry request queue since it started. */
    private static long requestsAdded(CrashableServer node) {
        String printed = node.cli("/subsystem=messaging-activemq/server=default/runtime-queue="
                + "jms.queue.LicensingRegistryRequests:read-attribute(name=messages-added)");
        Matcher added = ADDED.matcher(printed);
        if (!added.find()) {
            throw new AssertionError("No count of added messages in: " + printed);
        }
        return Long.parseLong(added.group(1));
    }

    /** Ticks of the minute's timer since both nodes were up that both nodes' timers fired for (two contenders). */
    private long sharedTicks(Instant since) throws SQLException {
        try (Connection connection = database.open(null); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) filter (where contenders = 2),"
                     + " count(*) filter (where contenders > 2) from timer_run where job = 'held-signatures'"
                     + " and tick >= timestamp with time zone '" + since + "'")) {
            rows.next();
            assertEquals(0, rows.getLong(2), "no tick with more contenders than nodes");
            return rows.getLong(1);
        }
    }
}
