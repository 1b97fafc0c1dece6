package kz.gov.elicense.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP balancer in front of a test's cluster, as the ministry's balancer stands in front of the nodes: each request
 * goes to the next node in turn that its health check finds up (a node started and answering, as a balancer polling
 * each node's readiness would), and to the one after it when a node refuses the connection; a request a node took and
 * then dropped (it was killed while answering) is answered 502, and the client sends it again, as it would through a
 * real balancer, except the demo PKI's OCSP, CRL and time-stamp requests, which are idempotent and which the balancer
 * itself sends again to the next node (as a balancer may for idempotent requests): the nodes that ask them have no
 * retry of their own. No sticky sessions: the API is stateless (BASIC authentication on every request).
 */
final class Balancer implements AutoCloseable {

    private static final Set<String> NOT_FORWARDED = Set.of("host", "connection", "content-length", "expect",
            "upgrade", "keep-alive", "transfer-encoding", "te", "trailer", "proxy-connection", "http2-settings");

    private final HttpServer server;
    private final List<URI> nodes;
    private final AtomicInteger next = new AtomicInteger();
    private volatile List<java.util.function.BooleanSupplier> healthy = List.of();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1).build();

    private Balancer(List<URI> nodes) throws IOException {
        this.nodes = nodes;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
        server.createContext("/", this::forward);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.start();
    }

    /** A balancer on a free port of 127.0.0.1 before the nodes on these HTTP ports. */
    static Balancer before(List<Integer> httpPorts) {
        try {
            return new Balancer(httpPorts.stream().map(p -> URI.create("http://127.0.0.1:" + p)).toList());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot open the balancer", e);
        }
    }

    /** The health check of each node, in the order of the ports. */
    void checkedBy(List<java.util.function.BooleanSupplier> checks) {
        healthy = checks;
    }

    private boolean up(int node) {
        List<java.util.function.BooleanSupplier> checks = healthy;
        return checks.isEmpty() || checks.get(node).getAsBoolean();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            int first = Math.floorMod(next.getAndIncrement(), nodes.size());
            boolean idempotent = exchange.getRequestURI().getPath().startsWith("/api/v1/demo/pki/");
            for (int i = 0; i < nodes.size(); i++) {
                if (!up((first + i) % nodes.size())) {
                    continue;
                }
                URI node = nodes.get((first + i) % nodes.size());
                HttpRequest.Builder request = HttpRequest.newBuilder(node.resolve(exchange.getRequestURI().toString()))
                        .timeout(Duration.ofSeconds(60))
                        .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
                for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
                    if (!NOT_FORWARDED.contains(header.getKey().toLowerCase())) {
                        header.getValue().forEach(v -> request.header(header.getKey(), v));
                    }
                }
                HttpResponse<byte[]> answer;
                try {
                    answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                } catch (ConnectException | HttpConnectTimeoutException down) {
                    continue; // refused or not reachable: the node is down, the next one takes the request
                } catch (IOException dropped) {
                    if (idempotent) {
                        continue;
                    }
                    respond(exchange, 502, new byte[0]);
                    return;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    respond(exchange, 502, new byte[0]);
                    return;
                }
                answer.headers().map().forEach((name, values) -> {
                    if (!NOT_FORWARDED.contains(name.toLowerCase()) && !name.startsWith(":")) {
                        exchange.getResponseHeaders().put(name, values);
                    }
                });
                respond(exchange, answer.statusCode(), answer.body());
                return;
            }
            respond(exchange, 503, new byte[0]);
        }
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
