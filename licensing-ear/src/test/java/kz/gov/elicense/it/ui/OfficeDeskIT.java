package kz.gov.elicense.it.ui;

import kz.gov.elicense.it.DeadLetterProbe;
import kz.gov.elicense.it.DeadLetterProbeApplication;
import kz.gov.elicense.it.Deployments;
import kz.gov.elicense.it.FaultyProbeConsumer;
import kz.gov.elicense.it.ThroughTheApi;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The officers' desks in Chromium: the office journals show the lines of a received application and of a sent
 * result; the head of the provider re-drives parked messages, one and then all, and they leave the list and reach
 * their queue; the head suspends and resumes a licence, the register's refusal of a wrong operation is told, and the
 * licence's history shows both operations; a clerk is refused the dead letters and the register operations; a clerk
 * takes an application in at the counter with scans, one of them refused for what it contains whatever its name,
 * and another service's application with that service's form, nothing taken in while a required field is empty.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OfficeDeskIT {

    private static final String APPLICANT = "150440001011";
    private static final String SECURITY_APPLICANT = "221140008086";
    private static ThroughTheApi.IssuedLicence licence;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final ThroughTheApi api = new ThroughTheApi();
    private final HttpClient http = HttpClient.newHttpClient();

    /** One issued licence for the tests that need one: issuing takes the five steps of a procedure. */
    private synchronized ThroughTheApi.IssuedLicence licence() {
        if (licence == null) {
            licence = api.issuedLicence(SECURITY_APPLICANT);
        }
        return licence;
    }

    @Test
    void theJournalsShowTheReceivedApplicationAndTheSentResult() {
        ThroughTheApi.ReceivedApplication received = api.resultSent(APPLICANT);
        try (Browser browser = Browser.open("desk-journals", false)) {
            signIn(browser, "/office/journals.xhtml", "clerk");
            browser.textOf(By.tagName("h1"), "Кеңсе журналдары");
            String incoming = browser.textOf(By.id("journals:lines"), received.number());
            assertTrue(incoming.contains(received.incomingNumber()), incoming);
            assertTrue(incoming.contains("ТОО test " + APPLICANT + " (" + APPLICANT + ")"), incoming);
            assertTrue(incoming.contains("Өтініш: Азаматтық пиротехникаға лицензия"),
                    "the subject the engine wrote in English is told in Kazakh: " + incoming);
            assertTrue(browser.attribute(By.linkText(received.number()), "href")
                    .contains("/office/application.xhtml?number=" + received.number()), "the line opens the case");
            browser.screenshot("1-incoming-kk");

            browser.click(By.xpath("//div[@id='journals:journal']//*[text()='Шығыс құжаттар']"));
            browser.textOf(By.id("journals:lines"), "Шығыс құжаттар ·");
            String outgoing = browser.textOf(By.id("journals:lines"), received.number());
            assertTrue(outgoing.contains("Портал (жеке кабинет)"), outgoing);
            assertTrue(outgoing.contains(received.number() + " өтініш бойынша нәтиже (Азаматтық пиротехникаға лицензия)"),
                    outgoing);
            browser.screenshot("2-outgoing-kk");

            browser.clickAndLoad(By.id("language:en"));
            browser.textOf(By.tagName("h1"), "Office journals");
            browser.replace(By.id("journals:from_input"), "01.02.2099");
            browser.click(By.id("journals:show"));
            browser.textOf(By.id("journals:messages"), "at most 366 days whose end is not before its start");
            browser.screenshot("3-period-refused-en");
        }
    }

    @Test
    void theHeadReDrivesParkedMessagesAndTheyLeaveTheList() throws Exception {
        String first = parked();
        try (Browser browser = Browser.open("desk-dead-letters", false)) {
            signIn(browser, "/office/inbox.xhtml", "head");
            browser.clickAndLoad(By.id("menu:deadLetters"));
            browser.textOf(By.tagName("h1"), "Жеткізілмеген хабарлар");
            String row = browser.textOf(By.xpath(rowOf(first)), DeadLetterProbe.QUEUE_NAME);
            assertTrue(row.contains("Lock timeout"), row);
            browser.screenshot("1-parked-kk");

            browser.click(By.xpath(rowOf(first) + "//button[contains(@id,'redrive')]"));
            browser.find(By.id("confirmation:yes"));
            browser.screenshot("2-confirm-kk");
            confirm(browser);
            browser.textOf(By.id("desk:messages"), "Хабар " + DeadLetterProbe.QUEUE_NAME + " кезегіне қайтарылды.");
            assertFalse(browser.present(By.xpath(rowOf(first))), "no longer parked");
            awaitConsumed(first);
            browser.screenshot("3-redriven-kk");

            String second = parked();
            browser.go("/office/dead-letters.xhtml");
            browser.find(By.xpath(rowOf(second)));
            browser.click(By.id("desk:redriveAll"));
            confirm(browser);
            browser.textOf(By.id("desk:messages"), "Кезектеріне қайтарылған хабарлар:");
            assertFalse(browser.present(By.xpath(rowOf(second))), "no longer parked");
            awaitConsumed(second);
            browser.screenshot("4-all-redriven-kk");
        }
    }

    @Test
    void theHeadSuspendsAndResumesALicenceAndItsHistoryShowsBoth() {
        ThroughTheApi.IssuedLicence issued = licence();
        try (Browser browser = Browser.open("desk-licence", false)) {
            signIn(browser, "/office/inbox.xhtml", "head");
            browser.go("/licence.xhtml?number=" + issued.licenceNumber());
            browser.clickAndLoad(By.id("atTheDesk"));
            browser.textOf(By.id("licenceNumber"), issued.licenceNumber());
            browser.textOf(By.id("status"), "Қолданыста");

            // the register refuses to resume a licence in force, and says why
            operation(browser, "Қайта бастау", "Сот шешімі № 12");
            browser.textOf(By.id("messages"), "«Қайта бастау» операциясы мүмкін емес: лицензия «Қолданыста» мәртебесінде.");
            browser.screenshot("1-refused-kk");

            operation(browser, "Тоқтата тұру", "Сот шешімі № 12, 2026 ж.");
            browser.textOf(By.id("messages"), issued.licenceNumber() + " лицензиясының қолданылуы тоқтатыла тұрды.");
            browser.textOf(By.id("status"), "Тоқтатыла тұрды");
            browser.textOf(By.id("history"), "Сот шешімі № 12, 2026 ж.");
            browser.screenshot("2-suspended-kk");

            operation(browser, "Қайта бастау", "Бұзушылықтар жойылды, хат № 34");
            browser.textOf(By.id("messages"), issued.licenceNumber() + " лицензиясының қолданылуы қайта басталды.");
            browser.textOf(By.id("status"), "Қолданыста");
            String history = browser.textOf(By.id("history"), "Бұзушылықтар жойылды, хат № 34");
            assertTrue(history.contains("Тоқтата тұру") && history.contains("Қайта бастау"), history);
            assertTrue(history.contains("head"), history);
            browser.screenshot("3-resumed-kk");

            browser.go("/licence.xhtml?number=" + issued.licenceNumber());
            browser.textOf(By.id("history"), "Бұзушылықтар жойылды, хат № 34");
        }
    }

    @Test
    void aClerkIsRefusedTheDeadLettersAndTheRegisterOperations() {
        try (Browser browser = Browser.open("desk-clerk-narrow", true)) {
            signIn(browser, "/office/dead-letters.xhtml", "clerk");
            browser.textOf(By.id("refused"), "Жеткізілмеген хабарлармен тек лицензиар басшысы (оператор) жұмыс істейді.");
            assertFalse(browser.present(By.id("desk:letters")), "the queue stays hidden");
            assertFalse(browser.present(By.id("menu:deadLetters")), "nor offered in the menu");
            assertTrue(browser.present(By.id("menu:journals")));
            browser.screenshot("1-refused-kk");

            browser.go("/office/licence.xhtml?number=" + licence().licenceNumber());
            browser.textOf(By.id("onlyHead"), "Тізілім операцияларын лицензиар басшысы орындайды.");
            assertFalse(browser.present(By.id("operation:apply")));
            browser.screenshot("2-no-operations-kk");
        }
    }

    @Test
    void theClerkTakesInAnApplicationAtTheCounterWithScansToldByTheirContent() throws IOException {
        Path scans = Files.createTempDirectory("desk-scans");
        Path qualification = Files.write(scans.resolve("qualification.pdf"),
                "%PDF-1.4\n% the qualification form, scanned\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        Path training = Files.write(scans.resolve("training.png"), new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n',
                0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        Path renamed = Files.write(scans.resolve("premises.pdf"),
                "PK a Word document renamed to .pdf".getBytes(StandardCharsets.US_ASCII));
        Path premises = Files.write(scans.resolve("premises.jpg"), new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF,
                (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0});
        try (Browser browser = Browser.open("desk-counter", false)) {
            signIn(browser, "/office/inbox.xhtml", "clerk");
            browser.clickAndLoad(By.id("menu:counter"));
            browser.textOf(By.tagName("h1"), "Кеңседе өтінішті қабылдау");
            browser.type(By.id("counter:applicantId"), "12345");
            browser.click(By.id("counter:lookUp"));
            browser.textOf(By.id("counter:messages"), "12 цифр");

            browser.type(By.id("counter:applicantId"), APPLICANT);
            browser.click(By.id("counter:lookUp"));
            browser.find(field("applicant.name"));
            assertTrue(browser.textOf(By.id("counter:answers"), "Заңды тұлғалар").length() > 0);
            assertFalse(browser.attribute(field("applicant.name"), "value").isBlank(), "the registry's name is entered");
            assertFalse(browser.attribute(field("head.iin"), "value").isBlank(), "and the head's IIN");
            browser.type(field("applicant.phone"), "+7 7172 000000");
            browser.type(field("head.fullName"), "Ахметов Ерлан");
            browser.type(field("head.position"), "Директор");

            scan(browser, "Біліктілік талаптары туралы мәліметтер нысаны", qualification);
            browser.textOf(By.id("counter:scansTable"), "application/pdf");
            scan(browser, "Үй-жайға құқық құжаты", renamed);
            browser.textOf(By.id("counter:messages"), "premises.pdf файлы PDF, JPEG немесе PNG құжаты емес.");
            assertFalse(browser.find(By.id("counter:scansTable")).getText().contains("premises.pdf"));
            browser.screenshot("1-renamed-refused-kk");
            scan(browser, "Үй-жайға құқық құжаты", premises);
            browser.textOf(By.id("counter:scansTable"), "image/jpeg");
            scan(browser, "Басшының арнайы даярлығы туралы куәлік", training);
            String table = browser.textOf(By.id("counter:scansTable"), "image/png");
            assertTrue(table.contains("qualification.pdf") && table.contains("premises.jpg")
                    && table.contains("training.png"), table);
            browser.screenshot("2-scans-kk");

            browser.click(By.id("counter:takeIn"));
            String number = browser.textOf(By.id("counter:application"), "SEC-");
            browser.textOf(By.id("counter:messages"), number + " өтініші тіркелді");
            browser.screenshot("3-taken-in-kk");

            browser.clickAndLoad(By.id("counter:application"));
            assertEquals(number, browser.find(By.id("applicationNumber")).getText());
            browser.textOf(By.id("currentStep"), "Орындаушыны тағайындау");
            String documents = browser.textOf(By.id("documents"), "qualification.pdf");
            assertTrue(documents.contains("premises.jpg") && documents.contains("training.png")
                    && documents.contains("иә"), documents);
            browser.screenshot("4-application-kk");
        }
    }

    /**
     * A service beyond the security licence at the counter: the clerk chooses the weapons and cartridges licence,
     * looks the organisation up and enters that service's own form (its sub-types of activity, its licensed object as
     * a row), with its scans. A required field left empty is told next to the field and above the form, and nothing
     * is taken in; filled in, the application is registered with the form as entered.
     */
    @Test
    void theCounterEntersAnotherServicesFormAndTakesInNothingWhileARequiredFieldIsEmpty() throws IOException {
        String applicant = "140340009091";
        Path scans = Files.createTempDirectory("desk-weapons-scans");
        Path qualification = Files.write(scans.resolve("qualification.pdf"),
                "%PDF-1.4\n% the qualification form\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        Path premises = Files.write(scans.resolve("premises.jpg"), new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF,
                (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0});
        Path staff = Files.write(scans.resolve("staff.pdf"),
                "%PDF-1.4\n% the specialists' diplomas\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        List<String> before = api.applicationsOf(applicant);
        try (Browser browser = Browser.open("desk-counter-weapons", true)) {
            signIn(browser, "/office/counter.xhtml", "clerk");
            browser.clickAndLoad(By.id("language:ru"));
            browser.select(By.id("counter:service"), "WEAPONS_AND_CARTRIDGES_ISSUE");
            browser.textOf(By.id("counter:chosenService"), "Лицензия на оружие и патроны");
            browser.type(By.id("counter:applicantId"), applicant);
            browser.click(By.id("counter:lookUp"));
            browser.find(field("applicant.name"));
            assertEquals(applicant, browser.attribute(field("applicant.bin"), "value"));
            assertFalse(browser.attribute(field("applicant.name"), "value").isBlank(), "the registry's name is entered");
            browser.textOf(By.cssSelector("div.kind-CHOICES"), "Подвиды деятельности");
            assertFalse(browser.present(field("head.iin")), "this service's form names no head");

            browser.click(By.xpath("//table[@data-field='subtypes']//label[normalize-space(.)='торговля']"));
            browser.click(By.xpath("//table[@data-field='subtypes']//label[normalize-space(.)='ремонт']"));
            browser.click(By.cssSelector("[data-add='sites']"));
            browser.select(field("sites[0].kind"), "OBJECT");
            browser.type(field("sites[0].name"), "Оружейный магазин");
            for (Map.Entry<String, Path> scan : Map.of("Форма сведений о квалификационных требованиях", qualification,
                    "Документ о праве на помещение", premises, "Квалификация специалистов", staff).entrySet()) {
                scan(browser, scan.getKey(), scan.getValue());
                browser.textOf(By.id("counter:scansTable"), scan.getValue().getFileName().toString());
            }

            browser.click(By.id("counter:takeIn"));
            String message = browser.textOf(By.id("counter:messages"), "Адрес филиала или объекта");
            assertTrue(message.contains("заполните"), message);
            browser.textOf(By.cssSelector("[id='problem-sites[0].address']"), "Адрес филиала или объекта");
            assertEquals("true", browser.attribute(field("sites[0].address"), "aria-invalid"));
            assertFalse(browser.present(By.id("counter:application")), "nothing is taken in");
            assertEquals(before, api.applicationsOf(applicant), "no application is registered");
            browser.scrollTo(By.cssSelector("[id='problem-sites[0].address']"));
            browser.screenshot("1-required-field-ru-narrow");

            browser.type(field("sites[0].address"), "Астана, ул. Иманова, 19");
            browser.click(By.id("counter:takeIn"));
            String number = browser.textOf(By.id("counter:application"), "WPN-");
            browser.screenshot("2-taken-in-ru-narrow");
            JsonObject application = api.application(number);
            assertEquals("WEAPONS_AND_CARTRIDGES_ISSUE", application.getString("procedure"));
            assertEquals("COUNTER", application.getString("channel"));
            assertEquals(applicant, application.getString("applicantId"));
            assertEquals(3, application.getJsonArray("documents").size());
        }
    }

    private static By field(String path) {
        return By.cssSelector("[data-field='" + path + "']");
    }

    /** Chooses the scan's kind, then its file: the upload starts by itself. */
    private static void scan(Browser browser, String kind, Path file) {
        browser.click(By.xpath("//table[@id='counter:scanKind']//label[starts-with(normalize-space(.), '" + kind + "')]"));
        browser.upload(By.cssSelector("input[type='file'][id^='counter:scan']"), file);
    }

    private static void signIn(Browser browser, String page, String user) {
        browser.go(page);
        browser.type(By.id("j_username"), user);
        browser.type(By.id("j_password"), "demo");
        browser.clickAndLoad(By.id("submit"));
        browser.textOf(By.id("who"), user);
    }

    private static void operation(Browser browser, String label, String legalBasis) {
        // a click that lands while the menu's panel is still opening chooses nothing: choose until the menu says so
        for (int attempt = 1; ; attempt++) {
            browser.click(By.id("operation:kind"));
            browser.click(By.cssSelector("#operation\\:kind_items li[data-label='" + label + "']"));
            if (label.equals(browser.find(By.id("operation:kind_label")).getText().strip())) {
                break;
            }
            if (attempt == 3) {
                throw new AssertionError("the operation menu does not take " + label);
            }
        }
        browser.type(By.id("operation:legalBasis"), legalBasis);
        browser.click(By.id("operation:apply"));
        confirm(browser);
    }

    private static void confirm(Browser browser) {
        browser.click(By.id("confirmation:yes"));
        browser.gone(By.id("confirmation:confirm"));
    }

    private static String rowOf(String correlationId) {
        return "//tbody[@id='desk:letters_data']/tr[.//span[@class='correlation' and text()='" + correlationId + "']]";
    }

    /** A message sent while its consumer fails, once the broker has parked it; the fault is then mended. */
    private String parked() throws Exception {
        String correlationId = probe("POST", "failing");
        api.parkedLetter(correlationId, Duration.ofSeconds(60));
        probe("POST", "mended");
        return correlationId;
    }

    private void awaitConsumed(String correlationId) throws Exception {
        Instant end = Instant.now().plusSeconds(30);
        while (!Boolean.parseBoolean(probe("GET", "consumed/" + correlationId))) {
            assertTrue(Instant.now().isBefore(end), "the re-driven message reached its queue and was consumed");
            Thread.sleep(300);
        }
    }

    private String probe(String method, String path) throws IOException, InterruptedException {
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 100);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + (8080 + offset)
                + "/licensing-it/probe/dead-letters/" + path)).method(method, HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }
}
