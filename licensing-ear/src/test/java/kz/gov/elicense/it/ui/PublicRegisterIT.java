package kz.gov.elicense.it.ui;

import kz.gov.elicense.it.Deployments;
import kz.gov.elicense.it.ThroughTheApi;
import kz.gov.elicense.it.ThroughTheApi.IssuedLicence;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public screens in Chromium: a licence issued through the API in the test is found by the register search and
 * shown valid by the licence check, in Kazakh (the default) and after switching to Russian and English; the QR
 * code's text opens the licence, and an altered one is refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicRegisterIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static IssuedLicence licence;

    private static synchronized IssuedLicence licence() {
        if (licence == null) {
            licence = new ThroughTheApi().issuedLicence("140340009091");
        }
        return licence;
    }

    @Test
    void theSearchFindsAnIssuedLicenceAndTheCheckShowsItValidInEachLanguage() throws Exception {
        IssuedLicence issued = licence();
        try (Browser browser = Browser.open("public-register", false)) {
            browser.go("/");
            assertEquals("kk", browser.lang(), "Kazakh is the default language");
            browser.textOf(By.tagName("h1"), "Лицензиялар тізілімі");

            browser.type(By.id("search:holder"), issued.holderId());
            browser.click(By.id("search:find"));
            browser.find(By.linkText(issued.licenceNumber()));
            browser.screenshot("1-search-kk");

            browser.clickAndLoad(By.linkText(issued.licenceNumber()));
            assertTrue(browser.url().contains("number=" + issued.licenceNumber()), browser.url());
            browser.textOf(By.id("validity"), "Лицензия жарамды");
            assertEquals(issued.holderId(), browser.find(By.id("holderId")).getText());
            assertEquals(issued.holderName(), browser.find(By.id("holderName")).getText());
            browser.textOf(By.id("status"), "Қолданыста");
            browser.textOf(By.id("activity"), "Күзет қызметі");
            browser.textOf(By.id("signature"), "жарамды");
            browser.screenshot("2-licence-kk");

            browser.clickAndLoad(By.id("language:ru"));
            assertEquals("ru", browser.lang());
            browser.textOf(By.id("validity"), "Лицензия действительна");
            browser.textOf(By.id("status"), "Действует");
            browser.textOf(By.id("activity"), "Охранная деятельность");
            browser.screenshot("3-licence-ru");

            browser.clickAndLoad(By.id("language:en"));
            assertEquals("en", browser.lang());
            browser.textOf(By.id("validity"), "The licence is valid");
            browser.textOf(By.id("status"), "Active");
            browser.textOf(By.id("activity"), "Security activity");
            browser.screenshot("4-licence-en");

            // the links lead to the signed document and its detached signature
            String pdf = browser.attribute(By.id("pdf"), "href");
            String p7s = browser.attribute(By.id("p7s"), "href");
            assertTrue(pdf.endsWith("/api/v1/licences/" + issued.licenceNumber() + "/document"), pdf);
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<byte[]> document = http.send(HttpRequest.newBuilder(URI.create(pdf)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, document.statusCode());
            assertEquals("%PDF", new String(document.body(), 0, 4, StandardCharsets.US_ASCII));
            HttpResponse<byte[]> signature = http.send(HttpRequest.newBuilder(URI.create(p7s)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, signature.statusCode());
            assertTrue(signature.headers().firstValue("Content-Type").orElse("").startsWith("application/pkcs7-signature"));

            // the language chosen stays for the next page
            browser.clickAndLoad(By.id("menu:register"));
            assertEquals("en", browser.lang());
            browser.textOf(By.tagName("h1"), "Licence register");
        }
    }

    @Test
    void theQrCodesTextOpensTheLicenceAndAnAlteredOneIsRefused() {
        IssuedLicence issued = licence();
        String qrText = new ThroughTheApi().qrTextOf(issued);
        try (Browser browser = Browser.open("licence-qr", true)) {
            browser.go("/licence.xhtml");
            browser.type(By.id("byQr:qr"), qrText);
            browser.click(By.id("byQr:checkSeal"));
            browser.textOf(By.id("licenceNumber"), issued.licenceNumber());
            browser.textOf(By.id("sealed"), "QR-кодтың мөрі лицензиардың кілтімен тексерілді.");
            browser.textOf(By.id("validity"), "Лицензия жарамды");
            browser.screenshot("1-sealed-narrow-kk");

            // the sealed facts changed to name another holder: the seal no longer verifies
            String altered = withHolder(qrText, issued.holderId(), "150440001011");
            browser.type(By.id("byQr:qr"), altered);
            browser.click(By.id("byQr:checkSeal"));
            browser.textOf(By.id("sealInvalid"), "Бұл QR-кодты лицензиар бермеген немесе ол өзгертілген.");
            assertTrue(!browser.present(By.id("validity")), "no licence is shown for a seal that does not verify");
            browser.screenshot("2-altered-narrow-kk");
        }
    }

    /** The QR text with the holder in its signed payload replaced, the signature left as it was. */
    private static String withHolder(String qrText, String holder, String otherHolder) {
        String[] linkAndSeal = qrText.split("#", 2);
        String[] payloadAndSignature = linkAndSeal[1].split("\\.", 2);
        String payload = new String(Base64.getUrlDecoder().decode(payloadAndSignature[0]), StandardCharsets.US_ASCII);
        String forged = payload.replace("|" + holder + "|", "|" + otherHolder + "|");
        assertTrue(!forged.equals(payload), payload);
        return linkAndSeal[0] + "#" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(forged.getBytes(StandardCharsets.US_ASCII)) + "." + payloadAndSignature[1];
    }
}
