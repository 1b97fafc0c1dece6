package kz.gov.elicense.signin.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.gov.elicense.account.boundary.CertificateSignIns;
import kz.gov.elicense.account.entity.CertificateSignIn;
import kz.gov.elicense.account.entity.SignInChallenge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * What the sign-in page's certificate sign-in talks to (signin.js): {@code POST .../challenge} gives a fresh
 * challenge, {@code {"challenge": nonce, "data": Base64 of the bytes to sign}}; {@code POST .../signature} with the
 * form fields {@code challenge} and {@code cms} (Base64 detached CMS from NCALayer) gives
 * {@code {"outcome": "signed", "user": BIN or IIN, "token": one-time password}}, or the refusal's code
 * ({@link CertificateSignIn.Outcome#code()}) for the page to tell. The page then signs in at j_security_check with the
 * user and the token, so that the container makes the sign-in (see {@link CertificateSignIns}).
 * <p>
 * The session remembers the account a token was given for, so that {@link SignInWatch} records the sign-in that
 * follows as one by certificate.
 */
@WebServlet(urlPatterns = CertificateSignInEndpoint.PATH + "/*")
public class CertificateSignInEndpoint extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/signin/certificate";
    /** Session attribute: the account a certificate sign-in token was given for in this session. */
    static final String TOKEN_FOR = CertificateSignInEndpoint.class.getName() + ".tokenFor";
    /** A CMS with a certificate chain is a few kilobytes; anything far larger is not one. */
    private static final int MAX_CMS_CHARACTERS = 64 * 1024;

    @Inject
    CertificateSignIns signIns;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String action = request.getPathInfo() == null ? "" : request.getPathInfo();
        switch (action) {
            case "/challenge" -> {
                SignInChallenge challenge = signIns.challenge();
                answer(response, Json.createObjectBuilder().add("challenge", challenge.nonce())
                        .add("data", Base64.getEncoder().encodeToString(challenge.content())));
            }
            case "/signature" -> signature(request, response);
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void signature(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String cms = request.getParameter("cms");
        byte[] der;
        try {
            der = cms == null || cms.length() > MAX_CMS_CHARACTERS ? new byte[0] : Base64.getMimeDecoder().decode(cms);
        } catch (IllegalArgumentException notBase64) {
            der = new byte[0];
        }
        CertificateSignIn outcome = signIns.signIn(request.getParameter("challenge"), der);
        JsonObjectBuilder json = Json.createObjectBuilder().add("outcome", outcome.outcome().code());
        if (outcome.token() != null) {
            request.getSession().setAttribute(TOKEN_FOR, outcome.userName());
            json.add("user", outcome.userName()).add("token", outcome.token());
        }
        answer(response, json);
    }

    private static void answer(HttpServletResponse response, JsonObjectBuilder json) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json");
        response.getOutputStream().write(json.build().toString().getBytes(StandardCharsets.UTF_8));
    }
}
