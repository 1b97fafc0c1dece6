package kz.gov.elicense.it.ui;

import kz.gov.elicense.it.Deployments;
import kz.gov.elicense.it.ThroughTheApi;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The applicant's cabinet in Chromium. Applicant A's applications are taken through the API to a licence, to a
 * motivated refusal and one left open; A signs in with the BIN on the same sign-in page (greeted as an applicant),
 * finds all three newest first, reads the open one's current step with its deadline and its history, downloads the
 * licence PDF (a survey answered meanwhile elsewhere is told, not taken twice), reads the refusal's reason in
 * English and answers its survey once; applicant B sees none of A's applications, A's number opens as "not found"
 * and A's refusal document is 404. Whoever signs in at the other side's door lands on their own side.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApplicantCabinetIT {

    private static final String A = "221140008086";
    private static final String B = "150440001011";
    private static final String REASON = "The premises of the security service do not meet the requirements";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theApplicantFollowsTheirApplicationsDownloadsTheResultAndAnswersTheSurveyAndOthersSeeNothingOfThem() {
        ThroughTheApi api = new ThroughTheApi();
        ThroughTheApi.IssuedLicence licence = api.issuedLicence(A);
        String refused = api.refusedApplication(A, REASON);
        String open = api.submittedApplication(A);
        assertEquals("REFUSED", api.statusOf(refused, A));

        try (Browser browser = Browser.open("applicant-cabinet", false)) {
            browser.go("/register.xhtml");
            browser.clickAndLoad(By.id("menu:cabinet"));
            browser.find(By.id("j_username"));
            browser.textOf(By.tagName("h1"), "Жеке кабинетке кіру");
            browser.screenshot("1-signin-kk");

            signIn(browser, A);
            browser.textOf(By.tagName("h1"), "Менің өтініштерім");
            browser.textOf(By.id("who"), A);
            List<String> listed = browser.texts(By.cssSelector("#applications a.application-link"));
            assertTrue(listed.containsAll(List.of(licence.applicationNumber(), refused, open)), listed.toString());
            assertTrue(listed.indexOf(open) < listed.indexOf(refused)
                    && listed.indexOf(refused) < listed.indexOf(licence.applicationNumber()), "newest first: " + listed);
            browser.textOf(By.id("applications"), "Бас тартылды");
            browser.textOf(By.id("applications"), "Нәтиже берілді");
            browser.screenshot("2-my-applications-kk");

            browser.clickAndLoad(By.linkText(open));
            assertEquals(open, browser.find(By.id("applicationNumber")).getText());
            browser.textOf(By.id("currentStep"), "Орындаушыны тағайындау");
            assertFalse(browser.find(By.id("currentStepDeadline")).getText().isBlank(), "the step's deadline is shown");
            browser.textOf(By.id("history"), "Тіркелді");
            assertFalse(browser.present(By.id("survey:send")), "no survey before the result");
            browser.screenshot("3-open-application-kk");

            browser.go("/cabinet/application.xhtml?number=" + licence.applicationNumber());
            browser.textOf(By.id("status"), "Нәтиже берілді");
            browser.clickAndLoad(By.id("language:en"));
            browser.textOf(By.id("status"), "Result issued");
            browser.textOf(By.id("result"), licence.licenceNumber());
            String pdf = browser.attribute(By.id("resultDocument"), "href");
            assertTrue(pdf.endsWith("/api/v1/licences/" + licence.licenceNumber() + "/document"), pdf);
            assertEquals("200 application/pdf %PDF", browser.fetch(pdf));
            assertTrue(browser.fetch(browser.attribute(By.id("resultSignature"), "href"))
                    .startsWith("200 application/pkcs7-signature"));
            browser.screenshot("4-licence-en");

            // answered meanwhile through the API (another tab, the portal): the form's answer is told, not stored again
            api.answeredSurvey(licence.applicationNumber(), A);
            browser.click(By.cssSelector("label[for='survey:process:2']"));
            browser.click(By.cssSelector("label[for='survey:information:2']"));
            browser.click(By.id("survey:send"));
            browser.textOf(By.id("survey"), "The survey about this application has already been answered.");
            assertFalse(browser.present(By.id("survey:send")));
            assertFalse(browser.present(By.id("survey:thanks")));
            browser.screenshot("4b-licence-survey-answered-elsewhere-en");

            browser.go("/cabinet/application.xhtml?number=" + refused);
            browser.textOf(By.id("status"), "Refused");
            assertEquals(REASON, browser.find(By.id("refusalReason")).getText());
            assertEquals("200 application/pdf %PDF", browser.fetch(browser.attribute(By.id("resultDocument"), "href")));
            browser.textOf(By.id("survey"), "Quality survey");
            browser.screenshot("5-refusal-with-survey-en");

            browser.click(By.id("survey:send"));
            browser.textOf(By.id("survey"), "Choose an answer.");
            browser.click(By.cssSelector("label[for='survey:process:1']"));
            browser.click(By.cssSelector("label[for='survey:information:2']"));
            browser.type(By.id("survey:comment"), "The reason was stated clearly");
            browser.click(By.id("survey:send"));
            browser.textOf(By.id("survey:thanks"), "Thank you for your answers.");
            assertFalse(browser.present(By.id("survey:send")), "the form is gone after the answer");
            browser.screenshot("6-survey-answered-en");

            browser.go("/cabinet/application.xhtml?number=" + refused);
            browser.textOf(By.id("status"), "Refused");
            assertFalse(browser.present(By.id("survey:send")), "the survey is answered once");
            assertFalse(browser.present(By.id("survey:thanks")));

            browser.clickAndLoad(By.id("menu:signout"));
            browser.go("/cabinet/applications.xhtml");
            browser.textOf(By.tagName("h1"), "Sign in to the applicant's cabinet");
            signIn(browser, B);
            browser.textOf(By.tagName("h1"), "My applications");
            browser.textOf(By.id("who"), B);
            List<String> others = browser.texts(By.cssSelector("#applications a.application-link"));
            assertFalse(others.contains(licence.applicationNumber()) || others.contains(refused) || others.contains(open),
                    "B sees none of A's applications: " + others);
            browser.screenshot("7-other-applicant-list-en");

            browser.go("/cabinet/application.xhtml?number=" + refused);
            browser.textOf(By.id("missing"), "There is no such application");
            assertFalse(browser.present(By.id("applicationNumber")));
            assertFalse(browser.present(By.id("refusalReason")));
            assertTrue(browser.fetch("/api/v1/applications/" + refused + "/result/document").startsWith("404 "),
                    "nor is A's refusal document B's to download");
            browser.screenshot("8-other-applicant-not-found-en");
        }
    }

    @Test
    void aWrongPasswordKeepsTheApplicantOnTheCabinetsSignInPage() {
        try (Browser browser = Browser.open("applicant-wrong-password", true)) {
            browser.go("/cabinet/applications.xhtml");
            browser.type(By.id("j_username"), B);
            browser.type(By.id("j_password"), "not-the-password");
            browser.clickAndLoad(By.id("submit"));
            browser.textOf(By.id("failed"), "Есептік жазба немесе құпиясөз қате.");
            browser.textOf(By.tagName("h1"), "Жеке кабинетке кіру");
            assertFalse(browser.present(By.id("menu:signout")));
            browser.screenshot("1-failed-narrow-kk");

            signIn(browser, B);
            browser.textOf(By.tagName("h1"), "Менің өтініштерім");
        }
    }

    @Test
    void whoeverSignsInAtTheOtherSidesDoorLandsOnTheirOwnSide() throws Exception {
        try (Browser browser = Browser.open("applicant-other-door", false)) {
            browser.go("/register.xhtml");
            browser.clickAndLoad(By.id("menu:signin"));
            browser.textOf(By.tagName("h1"), "Қызметкерлердің кіруі");
            signIn(browser, B);
            browser.textOf(By.tagName("h1"), "Менің өтініштерім");
            assertTrue(browser.url().endsWith("/cabinet/applications.xhtml"), browser.url());
            browser.screenshot("1-applicant-in-the-cabinet-kk");

            browser.clickAndLoad(By.id("menu:signout"));
            browser.clickAndLoad(By.id("menu:cabinet"));
            browser.textOf(By.tagName("h1"), "Жеке кабинетке кіру");
            signIn(browser, "head");
            browser.textOf(By.tagName("h1"), "Кіріс");
            assertTrue(browser.url().endsWith("/office/inbox.xhtml"), browser.url());
            assertFalse(browser.present(By.id("menu:cabinet")), "the cabinet is not an officer's");
            browser.screenshot("2-officer-in-the-office-kk");
        }

        // the API's refusals stay problem documents
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 100);
        HttpResponse<String> counter = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + (8080 + offset) + "/api/v1/counter/lookup"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((B + ":demo").getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, counter.statusCode(), counter.body());
        assertTrue(counter.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(counter.body().contains("urn:kz:elicense:problem:forbidden"), counter.body());
    }

    private static void signIn(Browser browser, String account) {
        browser.type(By.id("j_username"), account);
        browser.type(By.id("j_password"), "demo");
        browser.clickAndLoad(By.id("submit"));
    }
}
