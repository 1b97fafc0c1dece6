package kz.gov.elicense.signin.boundary;

import io.undertow.server.RenegotiationRequiredException;
import io.undertow.server.SSLSessionInfo;
import io.undertow.servlet.handlers.ServletRequestContext;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import kz.gov.elicense.account.boundary.Accounts;
import kz.gov.elicense.account.boundary.CertificateSignIns;
import kz.gov.elicense.audit.boundary.AccessDenials;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * Sees each request after the container's mechanisms have had it. A signed-in request ends a run of failed sign-ins;
 * at the sign-in page's session it is the sign-in itself and goes to the audit trail (as one by certificate when the
 * session earned the account's certificate sign-in token, which the sign-in spends). An API client signs in with
 * every request (BASIC), so its sign-ins are recorded at most once per {@link #BASIC_AUDIT_INTERVAL} per account and
 * server: the trail keeps who used the API when, without an entry for each call. A request the container answered
 * with 401 for the credentials in its Authorization header is a failed BASIC sign-in; one that came with a TLS client
 * certificate that names no portal system (CLIENT_CERT found nobody) is an access denial for that certificate's subject.
 * The portal system's own sign-ins (CLIENT_CERT) are recorded like BASIC ones, at most once per interval.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SignInWatch extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final Duration BASIC_AUDIT_INTERVAL = Duration.ofMinutes(15);
    /** Marks a request whose failed sign-in is recorded already, so that a forward and an error page count it once. */
    public static final String COUNTED = SignInWatch.class.getName() + ".counted";
    private static final String SIGNED_IN = SignInWatch.class.getName() + ".signedIn";
    private static final String COUNTED_CERTIFICATE = SignInWatch.class.getName() + ".countedCertificate";

    private final Map<String, Instant> lastBasicAudit = new ConcurrentHashMap<>();

    @Inject
    Accounts accounts;

    @Inject
    CertificateSignIns certificateSignIns;

    @Inject
    AccessDenials denials;

    @Inject
    Clock clock;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            if (request.getUserPrincipal() == null
                    && Integer.valueOf(HttpServletResponse.SC_UNAUTHORIZED)
                    .equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE))) {
                failedBasic(request, accounts);
                refusedCertificate(request, denials);
            }
        } else if (request.getUserPrincipal() != null) {
            signedIn(request);
        }
        chain.doFilter(request, response);
    }

    /** Records a failed BASIC sign-in if the request carries BASIC credentials and was not counted yet. */
    public static void failedBasic(HttpServletRequest request, Accounts accounts) {
        if (request.getAttribute(COUNTED) == null) {
            basicUserName(request).ifPresent(name -> {
                request.setAttribute(COUNTED, Boolean.TRUE);
                accounts.signInFailed(name, "BASIC");
            });
        }
    }

    /** A TLS client certificate came with a request that signed in nobody: recorded once per request. */
    public static void refusedCertificate(HttpServletRequest request, AccessDenials denials) {
        if (request.getAttribute(COUNTED_CERTIFICATE) == null
                && clientCertificate(request).orElse(null) instanceof X509Certificate certificate) {
            request.setAttribute(COUNTED_CERTIFICATE, Boolean.TRUE);
            String subject = certificate.getSubjectX500Principal().getName();
            denials.record(subject.length() <= 100 ? subject : subject.substring(0, 100), null,
                    "sign-in failed (CLIENT_CERT): the certificate " + certificate.getSerialNumber().toString(16)
                            + " of " + subject + ", issued by " + certificate.getIssuerX500Principal().getName()
                            + ", is not one of a portal system");
        }
    }

    /**
     * The client's certificate of the request's TLS connection. The servlet attribute that carries it is set only once
     * the request has passed the container's authentication, so a request it refused (and the sign-in page's forward
     * of it) is asked through Undertow's exchange, where the TLS session is.
     */
    static Optional<Certificate> clientCertificate(HttpServletRequest request) {
        if (request.getAttribute("jakarta.servlet.request.X509Certificate") instanceof Certificate[] chain
                && chain.length > 0) {
            return Optional.of(chain[0]);
        }
        ServletRequestContext current = ServletRequestContext.current();
        SSLSessionInfo tls = current == null ? null : current.getExchange().getConnection().getSslSessionInfo();
        if (tls == null) {
            return Optional.empty();
        }
        try {
            Certificate[] chain = tls.getPeerCertificates();
            return chain == null || chain.length == 0 ? Optional.empty() : Optional.of(chain[0]);
        } catch (SSLPeerUnverifiedException | RenegotiationRequiredException none) {
            return Optional.empty();
        }
    }

    private void signedIn(HttpServletRequest request) {
        String name = request.getUserPrincipal().getName();
        String mechanism = request.getAuthType() == null ? "unknown" : request.getAuthType();
        if (HttpServletRequest.FORM_AUTH.equals(mechanism)) {
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(SIGNED_IN) == null) {
                session.setAttribute(SIGNED_IN, name);
                // a sign-in spends the account's certificate sign-in token, whichever way it was made
                boolean hadToken = certificateSignIns.signedIn(name);
                boolean byCertificate = hadToken && name.equals(session.getAttribute(CertificateSignInEndpoint.TOKEN_FOR));
                session.removeAttribute(CertificateSignInEndpoint.TOKEN_FOR);
                accounts.signedIn(name, byCertificate ? mechanism + ", certificate" : mechanism, true);
            }
            return;
        }
        Instant now = clock.instant();
        Instant last = lastBasicAudit.get(name);
        boolean audited = last == null || !now.isBefore(last.plus(BASIC_AUDIT_INTERVAL));
        if (audited) {
            lastBasicAudit.put(name, now);
        }
        // resets the failures, if any, with every request: a cheap find of the account by its key
        accounts.signedIn(name, mechanism, audited);
    }

    static Optional<String> basicUserName(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
