package kz.gov.elicense.ncalayer;

import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The demo NCALayer: a websocket server on the applicant's computer (127.0.0.1:13579, NCALayer's address) that signs
 * what the page asks with one demo applicant's key. It speaks plain {@code ws://}: the real NCALayer's
 * {@code wss://} needs its own certificate trusted by the browser, which a demo on loopback can do without.
 *
 * <pre>
 *   DemoNcaLayer [--applicant=BIN or IIN] [--pki=.data/pki] [--port=13579] [--decline] [--daemon]
 * </pre>
 * {@code --daemon} runs it on daemon threads and returns at once, for running it inside another JVM (Maven's, with
 * {@code mvn -Pstart}); it then only warns when it cannot start.
 */
public final class DemoNcaLayer extends WebSocketServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DemoNcaLayer.class.getName());
    public static final int PORT = 13579;
    public static final String DEFAULT_APPLICANT = "150440001011";

    private final NcaLayerProtocol protocol;
    private final CountDownLatch started = new CountDownLatch(1);
    private volatile Exception startFailure;

    private DemoNcaLayer(InetSocketAddress address, NcaLayerProtocol protocol) {
        super(address);
        this.protocol = protocol;
        setReuseAddr(true);
    }

    /**
     * Starts a signer for the demo applicant {@code applicant} (BIN, IIN or a variant such as {@code expired-<BIN>})
     * with the key in the demo PKI folder {@code pki}, and returns once it listens.
     *
     * @param declining whether to answer every signing request as an applicant who declines
     */
    public static DemoNcaLayer start(Path pki, String applicant, int port, boolean declining)
            throws IOException, GeneralSecurityException {
        return start(pki, applicant, port, declining, false);
    }

    private static DemoNcaLayer start(Path pki, String applicant, int port, boolean declining, boolean daemon)
            throws IOException, GeneralSecurityException {
        DemoKey key = DemoKey.of(pki, applicant);
        DemoNcaLayer server = new DemoNcaLayer(new InetSocketAddress("127.0.0.1", port),
                new NcaLayerProtocol(key, new CadesSigner(Clock.systemUTC()), declining));
        server.setDaemon(daemon);
        server.start();
        try {
            if (!server.started.await(10, TimeUnit.SECONDS)) {
                throw new IOException("The demo NCALayer did not start listening on 127.0.0.1:" + port);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while starting", e);
        }
        if (server.startFailure != null) {
            throw new IOException("The demo NCALayer cannot listen on 127.0.0.1:" + port + ": "
                    + server.startFailure.getMessage(), server.startFailure);
        }
        LOG.info(() -> "Demo NCALayer on ws://127.0.0.1:" + port + " signs as " + applicant + " ("
                + key.certificate().getSubjectX500Principal() + ")" + (declining ? ", declining every request" : ""));
        return server;
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket connection, ClientHandshake handshake) {
        connection.send(NcaLayerProtocol.greeting());
    }

    @Override
    public void onMessage(WebSocket connection, String message) {
        connection.send(protocol.answer(message));
    }

    @Override
    public void onClose(WebSocket connection, int code, String reason, boolean remote) {
        // nothing is kept per connection
    }

    @Override
    public void onError(WebSocket connection, Exception e) {
        if (connection == null) {
            // the server itself failed, e.g. the port is taken
            startFailure = e;
            started.countDown();
        } else {
            LOG.warning(() -> "Connection " + connection.getRemoteSocketAddress() + ": " + e);
        }
    }

    @Override
    public void close() {
        try {
            stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) throws Exception {
        Path pki = Path.of(".data", "pki");
        String applicant = DEFAULT_APPLICANT;
        int port = PORT;
        boolean declining = false;
        boolean daemon = false;
        for (String arg : args) {
            if (arg.startsWith("--pki=")) {
                pki = Path.of(arg.substring("--pki=".length()));
            } else if (arg.startsWith("--applicant=")) {
                applicant = arg.substring("--applicant=".length());
            } else if (arg.startsWith("--port=")) {
                port = Integer.parseInt(arg.substring("--port=".length()));
            } else if (arg.equals("--decline")) {
                declining = true;
            } else if (arg.equals("--daemon")) {
                daemon = true;
            } else {
                System.err.println("Usage: DemoNcaLayer [--applicant=BIN or IIN] [--pki=DIR] [--port=N] [--decline] [--daemon]");
                System.exit(2);
                return;
            }
        }
        DemoNcaLayer server;
        try {
            server = start(pki, applicant, port, declining, daemon);
        } catch (IOException e) {
            if (!daemon) {
                throw e;
            }
            // beside the server (mvn -Pstart): a real NCALayer on the port, or no demo PKI yet, must not stop it
            System.err.println("Demo NCALayer not started: " + e.getMessage());
            return;
        }
        System.out.println("Demo NCALayer listening on ws://127.0.0.1:" + port + ", signing as " + applicant);
        if (!daemon) {
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
    }
}
