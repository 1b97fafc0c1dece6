package kz.gov.elicense.protection.boundary;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;

/**
 * The security headers of every response (ASVS V14.4). A servlet filter rather than Undertow response-header
 * filters in the server's CLI: it travels with the application, so an existing installation gets it without a
 * server change, and it can leave the screens' Content-Security-Policy to PrimeFaces, which alone knows the nonce
 * of the page's scripts ({@code primefaces.CSP} in web.xml). Every other response (the API's JSON, problem
 * documents, PDFs) gets a policy that allows nothing to run or embed it.
 * <p>
 * FORWARD too: the sign-in mechanism answers a request it stops with a forward to the sign-in page, which no
 * REQUEST filter saw.
 * <p>
 * Strict-Transport-Security only on a request that came over TLS: on plain HTTP a browser ignores it, and an
 * installation behind a TLS-terminating proxy says so with the listener's {@code proxy-address-forwarding}.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CSP = "Content-Security-Policy";
    static final String NOTHING_RUNS = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    static final String ONE_YEAR = "max-age=31536000; includeSubDomains";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(CSP, NOTHING_RUNS);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", ONE_YEAR);
        }
        chain.doFilter(request, new OnePolicy(response));
    }

    /**
     * PrimeFaces adds its policy with addHeader; two policies would both be enforced, and the default one blocks
     * the page's scripts. The page's own policy replaces the default instead.
     */
    static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
