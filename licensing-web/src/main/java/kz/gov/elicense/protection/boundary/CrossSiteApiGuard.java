package kz.gov.elicense.protection.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.gov.elicense.audit.boundary.AccessDenials;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * The API's changing methods are not callable cross-site with a browser's session cookie (ASVS V4.2.2, CSRF). An
 * officer signed in on the screens holds a session cookie that also authenticates /api/v1; a page elsewhere could
 * make the browser post to the API with it. Such a request has no Authorization header (the API's own clients send
 * BASIC credentials on every call, which a foreign page cannot) and its browser says where it comes from (Origin,
 * Sec-Fetch-Site): from another site it is refused with 403 and recorded as a denial (the order of the
 * filters is not fixed, so the guard records it itself rather than leave it to DenialAudit). Requests with an
 * Authorization header, and those of non-browser clients (no Origin), pass: no browser can be tricked into them.
 */
@WebFilter(urlPatterns = "/api/*")
public class CrossSiteApiGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    static final String PROBLEM = "{\"type\":\"urn:kz:elicense:problem:cross-site-request\",\"title\":\"Forbidden\","
            + "\"status\":403,\"detail\":\"A changing request signed in by the session cookie must come from this"
            + " site; API clients send their credentials in the Authorization header\"}";

    @Inject
    AccessDenials denials;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!SAFE.contains(request.getMethod()) && request.getHeader("Authorization") == null
                && request.getUserPrincipal() != null && crossSite(request)) {
            DenialAudit.record(denials, request);
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/problem+json");
            response.getWriter().write(PROBLEM);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean crossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equalsIgnoreCase("same-origin") && !fetchSite.equalsIgnoreCase("none")) {
            return true;
        }
        String origin = request.getHeader("Origin");
        return origin != null && !sameOrigin(origin, request);
    }

    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        try {
            URI from = URI.create(origin);
            int port = from.getPort() != -1 ? from.getPort() : "https".equalsIgnoreCase(from.getScheme()) ? 443 : 80;
            return request.getScheme().equalsIgnoreCase(from.getScheme())
                    && request.getServerName().toLowerCase(Locale.ROOT).equals(String.valueOf(from.getHost()).toLowerCase(Locale.ROOT))
                    && request.getServerPort() == port;
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }
}
