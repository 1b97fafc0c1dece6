package kz.gov.elicense.screens.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import kz.gov.elicense.account.boundary.Accounts;
import kz.gov.elicense.audit.boundary.AccessDenials;
import kz.gov.elicense.signin.boundary.SignInWatch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

/**
 * The login page of the web module's FORM mechanism (see web.xml). The module signs officers and applicants in
 * with FORM on the screens (the page greets applicants when they were on the way to their cabinet) and callers of
 * the API with BASIC; one module has one list of mechanisms, so an API call that carries no
 * credentials also ends up here. Such a call gets what an API client expects, 401 with a BASIC challenge and a
 * problem document, instead of a sign-in page; every other request is shown the sign-in page.
 * <p>
 * The FORM mechanism forwards a failed sign-in here, still carrying the form's {@code j_username}: the failure is
 * counted towards the account's lock-out, and a locked account is told so (any other failure gets the same words
 * whether the name exists or not). Only such a forward counts, so a link to this page cannot lock anyone out.
 */
@WebServlet(urlPatterns = SignInPage.PATH)
public class SignInPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/signin";
    private static final String PAGE = "/signin.xhtml";
    private static final String UNAUTHORIZED = "/WEB-INF/problems/401.problem";
    /** The request attribute the page reads to greet applicants rather than officers. */
    static final String AUDIENCE = "signInAudience";
    static final String APPLICANTS = "applicants";
    /** Request attribute the sign-in page reads: the account that just failed is locked. */
    static final String LOCKED = "signinLocked";

    @Inject
    Accounts accounts;

    @Inject
    AccessDenials denials;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Object original = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        if (original instanceof String uri && uri.startsWith(request.getContextPath() + "/api/")) {
            SignInWatch.failedBasic(request, accounts);
            SignInWatch.refusedCertificate(request, denials);
            challengeApiCaller(response);
            return;
        }
        if (isForTheCabinet(request, original)) {
            request.setAttribute(AUDIENCE, APPLICANTS);
        }
        response.setHeader("Cache-Control", "no-store");
        String failed = request.getParameter("failed") == null ? "" : "?failed=true";
        String userName = request.getParameter("j_username");
        if (!failed.isEmpty() && userName != null && request.getDispatcherType() == DispatcherType.FORWARD
                && "POST".equals(request.getMethod()) && request.getAttribute(SignInWatch.COUNTED) == null) {
            request.setAttribute(SignInWatch.COUNTED, Boolean.TRUE);
            accounts.signInFailed(userName, "FORM");
            if (accounts.isLocked(userName)) {
                request.setAttribute(LOCKED, Boolean.TRUE);
            }
        }
        request.getRequestDispatcher(PAGE + failed).forward(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doGet(request, response);
    }

    /**
     * Whether the visitor was on the way to the applicant's cabinet: the page they asked for, or, after a wrong
     * password (the error page knows no longer where they were going), the sign-in page they sent the form from.
     */
    private static boolean isForTheCabinet(HttpServletRequest request, Object original) {
        String cabinet = request.getContextPath() + "/cabinet/";
        if (original instanceof String uri && uri.startsWith(cabinet)) {
            return true;
        }
        return request.getParameter("failed") != null && pathOf(request.getHeader("Referer")).startsWith(cabinet);
    }

    private static String pathOf(String address) {
        try {
            String path = address == null ? null : URI.create(address).getPath();
            return path == null ? "" : path;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private void challengeApiCaller(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"E-licensing\"");
        response.setContentType("application/problem+json");
        try (InputStream problem = getServletContext().getResourceAsStream(UNAUTHORIZED)) {
            problem.transferTo(response.getOutputStream());
        }
    }
}
