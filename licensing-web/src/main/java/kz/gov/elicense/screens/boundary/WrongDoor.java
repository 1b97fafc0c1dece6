package kz.gov.elicense.screens.boundary;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;

import static kz.gov.elicense.application.entity.OfficerRole.ADMIN_ROLE;
import static kz.gov.elicense.application.entity.OfficerRole.APPLICANT_ROLE;
import static kz.gov.elicense.application.entity.OfficerRole.AUDITOR_ROLE;

/**
 * The module's 403 error page (see web.xml). Officers and applicants sign in on the same page, so a visitor may
 * come in through the other side's door: an applicant who signed in on the way to the officers' workplace, an
 * officer on the way to the applicant's cabinet. Such a visitor is taken to their own side, the cabinet or the
 * inbox, instead of a bare refusal. The auditor and the administrator have no side on the screens (they work through
 * the API, issue 7) and are taken to the public register. Everybody else, API callers among them, gets the 403
 * problem document.
 */
@WebServlet(urlPatterns = WrongDoor.PATH)
public class WrongDoor extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/forbidden";
    private static final String FORBIDDEN = "/WEB-INF/problems/403.problem";
    static final String CABINET = "/cabinet/applications.xhtml";
    static final String OFFICE = "/office/inbox.xhtml";
    static final String REGISTER = "/register.xhtml";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String side = ownSide(request);
        if (side != null) {
            response.sendRedirect(request.getContextPath() + side);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/problem+json");
        try (InputStream problem = getServletContext().getResourceAsStream(FORBIDDEN)) {
            problem.transferTo(response.getOutputStream());
        }
    }

    /** The page of the visitor's own side when they were refused the other side's; null otherwise. */
    private static String ownSide(HttpServletRequest request) {
        Object refused = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(refused instanceof String uri) || request.getUserPrincipal() == null) {
            return null;
        }
        String context = request.getContextPath();
        if (uri.startsWith(context + "/office/") && request.isUserInRole(APPLICANT_ROLE)) {
            return CABINET;
        }
        if (uri.startsWith(context + "/cabinet/") && Visitor.OFFICER_ROLES.stream().anyMatch(request::isUserInRole)) {
            return OFFICE;
        }
        if ((uri.startsWith(context + "/office/") || uri.startsWith(context + "/cabinet/"))
                && (request.isUserInRole(AUDITOR_ROLE) || request.isUserInRole(ADMIN_ROLE))) {
            return REGISTER;
        }
        return null;
    }
}
