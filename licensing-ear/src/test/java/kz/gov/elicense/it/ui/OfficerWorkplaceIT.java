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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The officers' workplace in Chromium: the sign-in page guards it, the head of the provider signs in and finds an
 * application submitted through the API in the inbox (it waits for the head's step) and opens its detail; a wrong
 * password is told as such, the fifth in a row locks the account; signing out closes the workplace again. The API
 * beside it keeps answering BASIC.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OfficerWorkplaceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theHeadSignsInFindsTheApplicationInTheInboxAndOpensIt() {
        String number = new ThroughTheApi().submittedApplication("221140008086");
        try (Browser browser = Browser.open("officer-inbox", false)) {
            browser.go("/office/inbox.xhtml");
            browser.find(By.id("j_username"));
            browser.textOf(By.tagName("h1"), "Қызметкерлердің кіруі");
            browser.screenshot("1-signin-kk");

            browser.type(By.id("j_username"), "head");
            browser.type(By.id("j_password"), "demo");
            browser.clickAndLoad(By.id("submit"));
            browser.textOf(By.tagName("h1"), "Кіріс");
            browser.textOf(By.id("who"), "head");
            browser.find(By.linkText(number));
            browser.screenshot("2-inbox-kk");

            browser.clickAndLoad(By.linkText(number));
            assertEquals(number, browser.find(By.id("applicationNumber")).getText());
            browser.textOf(By.id("currentStep"), "Орындаушыны тағайындау");
            browser.textOf(By.id("procedure"), "Күзет қызметіне лицензия");
            browser.textOf(By.id("applicant"), "221140008086");
            browser.textOf(By.id("history"), "Тіркелді");
            browser.textOf(By.id("documents"), "Біліктілік талаптары туралы мәліметтер нысаны");
            browser.find(By.id("journal"));
            browser.find(By.id("checks"));
            browser.screenshot("3-application-kk");

            browser.clickAndLoad(By.id("language:ru"));
            browser.textOf(By.id("currentStep"), "Назначение исполнителя");
            browser.screenshot("4-application-ru");

            browser.clickAndLoad(By.id("menu:signout"));
            assertTrue(browser.present(By.id("menu:signin")), "signed out, the menu offers the sign-in again");
            assertFalse(browser.present(By.id("menu:inbox")));
            browser.go("/office/inbox.xhtml");
            browser.find(By.id("j_username"));
            browser.textOf(By.tagName("h1"), "Вход для сотрудников");
            browser.screenshot("5-signed-out-ru");
        }
    }

    @Test
    void aWrongPasswordIsToldAndLetsNobodyIn() {
        try (Browser browser = Browser.open("officer-wrong-password", true)) {
            browser.go("/office/inbox.xhtml");
            browser.type(By.id("j_username"), "head");
            browser.type(By.id("j_password"), "not-the-password");
            browser.clickAndLoad(By.id("submit"));
            browser.textOf(By.id("failed"), "Есептік жазба немесе құпиясөз қате.");
            assertFalse(browser.present(By.id("menu:signout")));
            browser.screenshot("1-failed-narrow-kk");

            browser.go("/office/inbox.xhtml");
            browser.find(By.id("j_username"));
            assertFalse(browser.present(By.id("inbox")), "the inbox stays closed");
        }
    }

    /**
     * Five wrong passwords in a row at the sign-in page lock the account, and the page says so; the right password is refused while it lasts. The account is the test's own, opened by the administrator.
     */
    @Test
    void theFifthWrongPasswordLocksTheAccountAndThePageSaysSo() throws Exception {
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 100);
        String name = "clerk-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> added = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + (8080 + offset) + "/api/v1/office/accounts"))
                .header("Authorization", basic("admin", "demo")).header("Content-Type", "application/json")
                // the bcrypt hash of "demo" as the seed has it for head (the salt is part of the hash)
                .POST(HttpRequest.BodyPublishers.ofString("{\"userName\":\"" + name + "\",\"passwordHash\":"
                        + "\"$2a$10$lxTES4hbSgkbzseDRJWJiug50kDGkYJDjS2Gj1B3k2MCL4/AgaPcG\",\"roles\":[\"clerk\"]}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, added.statusCode(), added.body());
        try (Browser browser = Browser.open("officer-locked-out", false)) {
            browser.go("/office/inbox.xhtml");
            for (int attempt = 1; attempt <= 4; attempt++) {
                browser.type(By.id("j_username"), name);
                browser.type(By.id("j_password"), "wrong-" + attempt);
                browser.clickAndLoad(By.id("submit"));
                browser.textOf(By.id("failed"), "Есептік жазба немесе құпиясөз қате.");
            }
            browser.screenshot("1-fourth-failure-kk");
            browser.type(By.id("j_username"), name);
            browser.type(By.id("j_password"), "wrong-5");
            browser.clickAndLoad(By.id("submit"));
            browser.textOf(By.id("locked"), "есептік жазба 15 минутқа бұғатталды");
            browser.screenshot("2-locked-kk");

            browser.type(By.id("j_username"), name);
            browser.type(By.id("j_password"), "demo");
            browser.clickAndLoad(By.id("submit"));
            browser.textOf(By.id("locked"), "есептік жазба 15 минутқа бұғатталды");
            assertFalse(browser.present(By.id("menu:signout")), "not even the right password opens it");
            browser.screenshot("3-right-password-refused-kk");
        }
    }

    @Test
    void theApiBesideTheScreensStillAnswersBasicAndA401ProblemWithoutCredentials() throws Exception {
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 100);
        URI applications = URI.create("http://127.0.0.1:" + (8080 + offset) + "/api/v1/applications");
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(applications).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertTrue(anonymous.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(anonymous.body().contains("urn:kz:elicense:problem:unauthorized"), anonymous.body());

        HttpResponse<String> wrongPassword = http.send(HttpRequest.newBuilder(applications)
                .header("Authorization", basic("head", "wrong")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, wrongPassword.statusCode());

        HttpResponse<String> head = http.send(HttpRequest.newBuilder(applications)
                .header("Authorization", basic("head", "demo")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode(), head.body());
        assertTrue(head.body().startsWith("["), head.body());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
