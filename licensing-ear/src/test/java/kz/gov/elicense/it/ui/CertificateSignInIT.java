package kz.gov.elicense.it.ui;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import kz.gov.elicense.it.Deployments;
import kz.gov.elicense.ncalayer.DemoNcaLayer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Applicants sign in with their certificate on the cabinet's sign-in page, through NCALayer (the demo signer, started
 * here with the tests' demo PKI on NCALayer's port): without NCALayer the page says it is not running; the applicant's
 * key signs them in and they land in their cabinet; a signed challenge sent again, an unknown challenge and the
 * one-time token posted again are refused; another applicant's key (an organisation's, a private person's) signs in as
 * that applicant, not as the first; a revoked certificate and a trusted certificate of no applicant are told so. The
 * audit trail has the sign-ins by certificate and the refusals.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CertificateSignInIT {

    private static final String APPLICANT = "150440001011";
    private static final String OTHER_ORGANISATION = "160540002025";
    private static final String PERSON = "691115302343";
    private static final String PROVIDER_BIN = "990340000014";
    private static final String CABINET = "Менің өтініштерім";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void applicantsSignInByCertificateAsTheCertificatesHolderAndReplaysAreRefused() throws Exception {
        Path pki = Path.of(System.getProperty("licensing.pki.dir"));
        long before = lastAuditSequence();

        try (Browser browser = Browser.open("certificate-signin", false)) {
            browser.go("/cabinet/applications.xhtml");
            browser.textOf(By.tagName("h1"), "Жеке кабинетке кіру");
            browser.click(By.id("signInByCertificate"));
            browser.textOf(By.id("certificateStatus"), "NCALayer іске қосылмаған");
            browser.screenshot("1-ncalayer-not-running");

            try (DemoNcaLayer ncaLayer = DemoNcaLayer.start(pki, APPLICANT, DemoNcaLayer.PORT, false)) {
                browser.clickAndLoad(By.id("signInByCertificate"));
                browser.textOf(By.tagName("h1"), CABINET);
                browser.textOf(By.id("who"), APPLICANT);
                browser.screenshot("2-signed-in-by-certificate");
                browser.clickAndLoad(By.id("menu:signout"));

                // the page's own steps, driven one by one to send what an eavesdropper would send again
                browser.go("/cabinet/applications.xhtml");
                browser.find(By.id("signInByCertificate"));
                JsonObject steps = json(browser.script("const done = arguments[arguments.length - 1];"
                        + "ElicenseSignIn.challenge().then(c => NcaLayer.createCAdESFromBase64(c.data, false)"
                        + ".then(cms => ElicenseSignIn.prove(c.challenge, cms)"
                        + ".then(first => ElicenseSignIn.prove(c.challenge, cms)"
                        + ".then(again => ElicenseSignIn.prove('not-a-challenge', cms)"
                        + ".then(unknown => done(JSON.stringify({first: first, again: again, unknown: unknown})))))))"
                        + ".catch(e => done(JSON.stringify({failed: e})));"));
                JsonObject first = steps.getJsonObject("first");
                assertEquals("signed", first.getString("outcome"), steps.toString());
                assertEquals(APPLICANT, first.getString("user"));
                assertEquals("reused", steps.getJsonObject("again").getString("outcome"), "a challenge signs in once");
                assertFalse(steps.getJsonObject("again").containsKey("token"));
                assertEquals("expired", steps.getJsonObject("unknown").getString("outcome"));

                String token = first.getString("token");
                submit(browser, APPLICANT, token);
                browser.textOf(By.tagName("h1"), CABINET);
                browser.textOf(By.id("who"), APPLICANT);
                browser.clickAndLoad(By.id("menu:signout"));

                // the token, once used, opens nothing: not in this browser, not in another one
                browser.forgetSession();
                browser.go("/cabinet/applications.xhtml");
                browser.find(By.id("signInByCertificate"));
                submit(browser, APPLICANT, token);
                browser.textOf(By.id("failed"), "Есептік жазба немесе құпиясөз қате.");
                assertFalse(browser.present(By.id("who")), "the replayed token signs nobody in");
                browser.screenshot("3-replayed-token-refused");
            }

            for (String other : new String[] {OTHER_ORGANISATION, PERSON}) {
                try (DemoNcaLayer ncaLayer = DemoNcaLayer.start(pki, other, DemoNcaLayer.PORT, false)) {
                    browser.go("/cabinet/applications.xhtml");
                    browser.clickAndLoad(By.id("signInByCertificate"));
                    browser.textOf(By.tagName("h1"), CABINET);
                    String who = browser.textOf(By.id("who"), other);
                    assertFalse(who.contains(APPLICANT), who);
                    browser.screenshot("4-signed-in-as-" + other);
                    browser.clickAndLoad(By.id("menu:signout"));
                }
            }

            try (DemoNcaLayer revoked = DemoNcaLayer.start(pki, "revoked-" + APPLICANT, DemoNcaLayer.PORT, false)) {
                browser.go("/cabinet/applications.xhtml");
                browser.click(By.id("signInByCertificate"));
                browser.textOf(By.id("certificateStatus"), "Сертификат кері қайтарылған");
                assertFalse(browser.present(By.id("who")));
                browser.screenshot("5-revoked");
            }
            try (DemoNcaLayer provider = DemoNcaLayer.start(pki, "head-signer", DemoNcaLayer.PORT, false)) {
                browser.click(By.id("signInByCertificate"));
                browser.textOf(By.id("certificateStatus"), "есептік жазбасы жоқ");
                assertFalse(browser.present(By.id("who")));
                browser.screenshot("6-no-applicant-account");
            }
        }

        String applicant = auditOf(APPLICANT, before);
        assertEquals(2, count(applicant, "SIGN_IN signed in (FORM, certificate)"), applicant);
        assertTrue(applicant.contains("ACCESS_DENIED sign-in failed (FORM)"), "the replayed token: " + applicant);
        assertTrue(applicant.contains("ACCESS_DENIED sign-in by certificate refused: the signature is INVALID"
                + " (CERTIFICATE_REVOKED)"), applicant);
        assertTrue(auditOf(OTHER_ORGANISATION, before).contains("SIGN_IN signed in (FORM, certificate)"));
        assertTrue(auditOf(PERSON, before).contains("SIGN_IN signed in (FORM, certificate)"));
        String nobody = auditOf("(certificate)", before);
        assertTrue(nobody.contains("refused: the challenge was signed and used before (a replay)"), nobody);
        assertTrue(nobody.contains("refused: the challenge is unknown"), nobody);
        assertTrue(auditOf(PROVIDER_BIN, before).contains("refused: no applicant's account has the certificate's BIN "
                + PROVIDER_BIN), "the provider's certificate");
    }

    /** Signs in at j_security_check with the token, as the page does after a verified signature. */
    private static void submit(Browser browser, String user, String token) {
        browser.script("ElicenseSignIn.submit(arguments[0], arguments[1]); arguments[arguments.length - 1]('sent');",
                user, token);
    }

    private static JsonObject json(Object text) {
        try (JsonReader reader = Json.createReader(new StringReader(String.valueOf(text)))) {
            return reader.readObject();
        }
    }

    private static long count(String text, String line) {
        return text.lines().filter(l -> l.startsWith(line)).count();
    }

    private static long lastAuditSequence() throws IOException, InterruptedException {
        String first = probe("nobody", 0).lines().findFirst().orElse("0");
        return "null".equals(first) ? 0 : Long.parseLong(first);
    }

    private static String auditOf(String actor, long after) throws IOException, InterruptedException {
        return probe(actor, after);
    }

    private static String probe(String actor, long after) throws IOException, InterruptedException {
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 100);
        URI address = URI.create("http://127.0.0.1:" + (8080 + offset) + "/licensing-it/audit/entries?actor="
                + java.net.URLEncoder.encode(actor, java.nio.charset.StandardCharsets.UTF_8) + "&after=" + after);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(address).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }
}
