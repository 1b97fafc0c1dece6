package kz.gov.elicense.operations.boundary;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.gov.elicense.observability.metrics.Meters;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The application's meters in the Prometheus text format, for a scraper on this server or at an address listed in
 * {@value #ALLOWED_FROM} (comma-separated): the figures say how busy the ministry is, which is no one else's business,
 * and the public port serves the portal too. A request forwarded by a proxy (with {@code Forwarded} or
 * {@code X-Forwarded-For}) is not taken as local, whatever address it comes from.
 */
@WebServlet(urlPatterns = PrometheusEndpoint.PATH)
public class PrometheusEndpoint extends HttpServlet {

    static final String PATH = "/metrics";
    static final String ALLOWED_FROM = "licensing.metrics.allowed-from";
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // a reverse proxy on this host would make every visitor look local: what it forwarded is never local
        boolean forwarded = request.getHeader("Forwarded") != null || request.getHeader("X-Forwarded-For") != null;
        if (!allowed(request.getRemoteAddr(), !forwarded)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN,
                    "Metrics are served to this server and to the addresses in " + ALLOWED_FROM);
            return;
        }
        response.setContentType(PROMETHEUS_TEXT);
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(Meters.scrape().getBytes(StandardCharsets.UTF_8));
    }

    private static boolean allowed(String address, boolean loopbackCounts) {
        if (address == null) {
            return false;
        }
        try {
            // a literal address, so no name lookup happens
            if (loopbackCounts && InetAddress.getByName(address).isLoopbackAddress()) {
                return true;
            }
        } catch (UnknownHostException e) {
            return false;
        }
        Set<String> allowed = Arrays.stream(System.getProperty(ALLOWED_FROM, "").split(","))
                .map(String::strip).filter(a -> !a.isEmpty()).collect(Collectors.toSet());
        return allowed.contains(address);
    }
}
