package kz.gov.elicense.it;

import kz.gov.elicense.signature.demo.DemoPki;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The settings of a server that a test kills and starts again on its own: a demo PKI of its own whose OCSP responder,
 * CRLs and time-stamp authority are that server itself (so it needs no other server beside it), the demo mode, and
 * a transaction node id of its own. Also opens the server's H2 database once the server is down.
 */
final class OwnPkiServer {

    private OwnPkiServer() {
    }

    /** The demo PKI for a server on this port offset, in {@code target/<name>-pki}, made once per port. */
    static Path pki(String name, int offset) {
        Path directory = Path.of(System.getProperty("jboss.home")).resolveSibling(name + "-pki");
        try {
            DemoPki.main(new String[] {directory.toString(), "--base-url=" + base(offset) + "/api/v1/demo",
                    "--replace-if-moved"});
        } catch (Exception e) {
            throw new IllegalStateException("Cannot make the demo PKI for " + name, e);
        }
        return directory;
    }

    /** The system properties of such a server: configuration, its PKI, demo mode, its node id. */
    static List<String> properties(int offset, Path pki, String nodeId) {
        return properties(base(offset), pki, nodeId);
    }

    /** The same for a server reached at {@code base} (a cluster's balancer, say) for its PKI and licence links. */
    static List<String> properties(String base, Path pki, String nodeId) {
        List<String> properties = new ArrayList<>(List.of(
                "-Dlicensing.config.dir=" + System.getProperty("licensing.config.dir"),
                "-Dlicensing.pki.dir=" + pki,
                "-Dlicensing.demo.enabled=true",
                "-Dlicensing.simulator.special-accounts.delay-seconds=2",
                "-Dlicensing.tsa.url=" + base + "/api/v1/demo/pki/tsa",
                "-Dlicensing.verification.base-url=" + base + "/api/v1/licences",
                "-Djboss.tx.node.id=" + nodeId));
        return properties;
    }

    /** The same, with LicensingDS in a database of the server's own (on PostgreSQL; H2 keeps its file). */
    static List<String> properties(int offset, Path pki, String nodeId, ServerDatabase database) {
        List<String> properties = properties(offset, pki, nodeId);
        properties.addAll(database.serverProperties());
        return properties;
    }

    static PortalClient portal(int offset, Path pki) {
        return new PortalClient(URI.create(base(offset) + "/api/v1/"), pki);
    }

    /** The licensing database of a stopped server, read as it was left. */
    static Connection database(Path serverHome) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:" + serverHome.resolve("standalone/data/licensing/licensing")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "sa");
    }

    private static String base(int offset) {
        return "http://127.0.0.1:" + (8080 + offset);
    }
}
