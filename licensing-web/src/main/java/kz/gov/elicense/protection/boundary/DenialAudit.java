package kz.gov.elicense.protection.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.gov.elicense.audit.boundary.AccessDenials;

import java.io.IOException;
import java.security.Principal;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every 403 in the audit trail as ACCESS_DENIED, whoever said it: a session bean's role check (a response of the
 * API) or the container's security constraint (the 403 error page, reached by an ERROR dispatch). A request is
 * recorded once even when both see it. The 404 an applicant gets for another's application is recorded where it
 * is decided (Applications), since a 404 alone does not tell "absent" from "not yours".
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class DenialAudit extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DenialAudit.class.getName());
    static final String RECORDED = DenialAudit.class.getName() + ".recorded";

    @Inject
    AccessDenials denials;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            if ((response.getStatus() == HttpServletResponse.SC_FORBIDDEN || refusedBefore(request))
                    && request.getAttribute(RECORDED) == null) {
                record(denials, request);
            }
        }
    }

    /**
     * Whether this is the error dispatch of a 403, whatever the error page answers: WrongDoor takes an officer or
     * applicant who came in through the other side's door to their own side with a redirect, and that refusal is a
     * denial all the same.
     */
    static boolean refusedBefore(HttpServletRequest request) {
        return request.getDispatcherType() == DispatcherType.ERROR
                && Integer.valueOf(HttpServletResponse.SC_FORBIDDEN)
                .equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE));
    }

    /** Records the request's denial once, whichever filter sees it first. */
    static void record(AccessDenials denials, HttpServletRequest request) {
        if (request.getAttribute(RECORDED) != null) {
            return;
        }
        request.setAttribute(RECORDED, Boolean.TRUE);
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original instanceof String s ? s : request.getRequestURI();
        Principal caller = request.getUserPrincipal();
        try {
            denials.record(caller == null ? null : caller.getName(), uri,
                    request.getMethod() + " " + uri + " refused (403) from " + request.getRemoteAddr());
        } catch (RuntimeException notRecorded) {
            // the caller has its answer either way; a trail that cannot be written is the operator's alarm
            LOG.log(Level.SEVERE, "An access denial could not be recorded in the audit trail", notRecorded);
        }
    }
}
