package kz.gov.elicense.signature.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The demo PKI's services over HTTP on 127.0.0.1 (an ephemeral port), laid out as the generated certificates
 * expect: {@code POST /pki/ocsp}, {@code GET /pki/crl/<ca>.crl}, {@code POST /pki/tsa}. A test can make one
 * endpoint misbehave ({@link #override}) and count the requests it got; {@link #reset} restores both.
 */
public final class DemoPkiServer {

    public static final String OCSP = DemoPki.OCSP_PATH;
    public static final String CRL = DemoPki.CRL_PATH;
    public static final String TSA = DemoPki.TSA_PATH;

    /** What an endpoint sends back; {@code null} from an {@link Endpoint} drops the connection instead. */
    public record Reply(int status, String contentType, byte[] body) {
        public static Reply ok(String contentType, byte[] body) {
            return new Reply(200, contentType, body);
        }
    }

    /** One endpoint's behaviour. */
    @FunctionalInterface
    public interface Endpoint {
        /** @param path e.g. {@code /pki/crl/legal-entities.crl} */
        Reply handle(String path, byte[] body) throws Exception;
    }

    /** A server that is down, as far as the client can tell: the connection closes without an answer. */
    public static final Endpoint DOWN = (path, body) -> null;
    public static final Endpoint ERROR_500 = (path, body) -> new Reply(500, "text/plain", "broken".getBytes());

    private final HttpServer server;
    private final ExecutorService threads;
    private volatile DemoPkiServices services;
    private final Map<String, Endpoint> overrides = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

    private DemoPkiServer(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /** Listens at once, so the base URL is known before the PKI is generated; answers 503 until {@link #serve}. */
    static DemoPkiServer start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ExecutorService threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "demo-pki-server");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        DemoPkiServer demo = new DemoPkiServer(server, threads);
        server.createContext("/pki/", demo::handle);
        server.start();
        return demo;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void serve(DemoPkiServices services) {
        this.services = services;
    }

    public DemoPkiServices services() {
        return services;
    }

    /** @param endpoint {@link #OCSP}, {@link #CRL} or {@link #TSA} */
    public void override(String endpoint, Endpoint behaviour) {
        overrides.put(endpoint, behaviour);
    }

    public void reset() {
        overrides.clear();
        requests.clear();
    }

    /** @param endpoint {@link #OCSP}, {@link #CRL} or {@link #TSA} */
    public int requests(String endpoint) {
        AtomicInteger count = requests.get(endpoint);
        return count == null ? 0 : count.get();
    }

    void stop() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String endpoint = path.equals(OCSP) ? OCSP : path.equals(TSA) ? TSA : path.startsWith(CRL) ? CRL : null;
            if (endpoint == null) {
                send(exchange, new Reply(404, "text/plain", "no such service".getBytes()));
                return;
            }
            requests.computeIfAbsent(endpoint, e -> new AtomicInteger()).incrementAndGet();
            Reply reply;
            try {
                reply = overrides.getOrDefault(endpoint, this::serveDemo).handle(path, body);
            } catch (Exception e) {
                reply = new Reply(500, "text/plain", String.valueOf(e).getBytes());
            }
            if (reply != null) {
                send(exchange, reply);
            }
            // null: closing without sending anything, as a crashed server would
        }
    }

    private Reply serveDemo(String path, byte[] body) {
        DemoPkiServices current = services;
        if (current == null) {
            return new Reply(503, "text/plain", "not ready".getBytes());
        }
        if (path.equals(OCSP)) {
            return Reply.ok(DemoPkiServices.OCSP_RESPONSE, current.ocsp().respond(body));
        }
        if (path.equals(TSA)) {
            return Reply.ok(DemoPkiServices.TIMESTAMP_REPLY, current.timeStamps().respond(body));
        }
        String ca = path.substring(CRL.length()).replaceFirst("\\.crl$", "");
        if (!current.crls().caNames().contains(ca)) {
            return new Reply(404, "text/plain", "no such CA".getBytes());
        }
        return Reply.ok(DemoPkiServices.CRL, current.crls().crl(ca));
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(reply.body());
        }
    }
}
