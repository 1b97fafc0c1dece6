package kz.gov.elicense.protection.boundary;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.server.handlers.Cookie;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import jakarta.servlet.ServletContext;
import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * Rate limits per client address (ASVS V2.2.1, V11.1.4): the public register and licence check (API and screens),
 * and failed sign-ins, FORM (j_security_check) and BASIC alike. An Undertow handler in the deployment's outer chain
 * rather than a servlet filter: it runs before the container's sign-in mechanisms, which answer j_security_check and
 * a wrong BASIC password before any filter sees the request. A failed sign-in is counted when it has failed (FORM:
 * no redirect to the signed-in page; BASIC: 401), so signed-in API clients, which send their password on every
 * call, are never slowed. A limited request gets 429 with Retry-After: a problem document on the API, a short
 * message page on the screens.
 * <p>
 * The client address is the connection's peer, or the proxy's X-Forwarded-For where the listener has
 * {@code proxy-address-forwarding} (config/README).
 */
public class RequestRates implements ServletExtension {

    private static final Logger LOG = Logger.getLogger(RequestRates.class.getName());
    static final HttpString RETRY_AFTER = new HttpString("Retry-After");
    /** The screens' language choice (Language). */
    static final String LANGUAGE_COOKIE = "elicense-language";
    static final List<String> LANGUAGES = List.of("kk", "ru", "en");

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        ClassLoader loader = deployment.getClassLoader();
        deployment.addOuterHandlerChainWrapper(next -> new Limiter(next, loader));
    }

    static final class Limiter implements HttpHandler {

        private final HttpHandler next;
        private final ClassLoader loader;
        private volatile RateLimits publicRegister;
        private volatile RateLimits signInFailures;
        private volatile java.util.Set<String> unlimited = java.util.Set.of();

        Limiter(HttpHandler next, ClassLoader loader) {
            this.next = next;
            this.loader = loader;
        }

        @Override
        public void handleRequest(HttpServerExchange exchange) throws Exception {
            configure();
            String path = exchange.getRelativePath();
            String method = exchange.getRequestMethod().toString();
            String client = exchange.getSourceAddress() == null ? "unknown"
                    : exchange.getSourceAddress().getAddress().getHostAddress();
            if (unlimited.contains(client)) {
                next.handleRequest(exchange);
                return;
            }
            if (isPublic(method, path)) {
                RateLimits.OptionalSeconds wait = publicRegister.take(client);
                if (wait.limited()) {
                    tooMany(exchange, wait, path.startsWith("/api/"), "public-rate-limited",
                            "Too many requests to the public register from this address");
                    return;
                }
            }
            boolean formSignIn = "POST".equals(method) && path.endsWith("/j_security_check");
            String authorization = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
            boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
            if (formSignIn || basic) {
                RateLimits.OptionalSeconds wait = signInFailures.check(client);
                if (wait.limited()) {
                    LOG.warning(() -> "Sign-in refused for " + client + ": too many failed attempts");
                    tooMany(exchange, wait, !formSignIn, "sign-in-rate-limited",
                            "Too many failed sign-ins from this address");
                    return;
                }
                // counted as the answer is committed, before the client can read it and try again
                exchange.addResponseCommitListener(answered -> {
                    int status = answered.getStatusCode();
                    if (formSignIn ? status != 302 && status != 303 : status == 401) {
                        signInFailures.count(client);
                    }
                });
            }
            next.handleRequest(exchange);
        }

        private void configure() {
            if (signInFailures == null) {
                synchronized (this) {
                    if (signInFailures == null) {
                        var config = ConfigProvider.getConfig(loader);
                        publicRegister = RateLimits.of(config, "public", 120, 120);
                        // addresses never limited: a monitoring probe's, or the test server's own clients
                        unlimited = config.getOptionalValues("licensing.rate-limit.unlimited-addresses", String.class)
                                .map(java.util.Set::copyOf).orElse(java.util.Set.of());
                        signInFailures = RateLimits.of(config, "sign-in-failures", 10, 2);
                    }
                }
            }
        }

        /** The register search and the licence check: by the API (GET) and on their two screens. */
        static boolean isPublic(String method, String path) {
            return "GET".equals(method) && (path.equals("/api/v1/licences") || path.startsWith("/api/v1/licences/"))
                    || path.equals("/register.xhtml") || path.equals("/licence.xhtml") || path.equals("/");
        }

        private static void tooMany(HttpServerExchange exchange, RateLimits.OptionalSeconds wait, boolean api,
                                    String code, String detail) {
            exchange.setStatusCode(429);
            exchange.getResponseHeaders().put(RETRY_AFTER, wait.seconds());
            if (api) {
                exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/problem+json");
                exchange.getResponseSender().send("{\"type\":\"urn:kz:elicense:problem:" + code
                        + "\",\"title\":\"Too Many Requests\",\"status\":429,\"detail\":\"" + detail
                        + "; try again in " + wait.seconds() + " s\"}");
            } else {
                page(exchange);
            }
        }

        /**
         * The screens' message page, written here: the request has not reached the servlets (a Faces page would
         * need them), and the page must not cost what the limit protects. Texts from the screens' bundle, in the
         * language the visitor chose (its cookie) or the browser asks for, Kazakh by default.
         */
        private static void page(HttpServerExchange exchange) {
            String language = language(exchange);
            ResourceBundle texts = ResourceBundle.getBundle("kz.gov.elicense.screens.messages",
                    Locale.forLanguageTag(language), RequestRates.class.getClassLoader());
            HeaderMap headers = exchange.getResponseHeaders();
            headers.put(Headers.CONTENT_TYPE, "text/html; charset=UTF-8");
            headers.put(new HttpString("Content-Security-Policy"), SecurityHeaders.NOTHING_RUNS
                    .replace("default-src 'none'", "default-src 'none'; style-src 'unsafe-inline'"));
            headers.put(new HttpString("X-Frame-Options"), "DENY");
            headers.put(new HttpString("X-Content-Type-Options"), "nosniff");
            headers.put(Headers.CACHE_CONTROL, "no-store");
            String title = escaped(texts.getString("limits.title"));
            exchange.getResponseSender().send("<!DOCTYPE html><html lang=\"" + language + "\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
                    + "</title><style>body{font-family:sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem}"
                    + "</style></head><body><main><h1 id=\"limited\">" + title + "</h1><p>"
                    + escaped(texts.getString("limits.lead")) + "</p><p><a href=\"/register.xhtml\">"
                    + escaped(texts.getString("limits.back")) + "</a></p></main></body></html>",
                    StandardCharsets.UTF_8);
        }

        private static String language(HttpServerExchange exchange) {
            Cookie chosen = exchange.getRequestCookie(LANGUAGE_COOKIE);
            if (chosen != null && LANGUAGES.contains(chosen.getValue())) {
                return chosen.getValue();
            }
            String accepted = exchange.getRequestHeaders().getFirst(Headers.ACCEPT_LANGUAGE);
            if (accepted != null) {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(accepted)) {
                    String code = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                    if (LANGUAGES.contains(code)) {
                        return code;
                    }
                }
            }
            return "kk";
        }

        private static String escaped(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }
    }
}
