package kz.gov.elicense.it.ui;

import jakarta.json.JsonObject;
import kz.gov.elicense.it.Deployments;
import kz.gov.elicense.it.ThroughTheApi;
import kz.gov.elicense.ncalayer.DemoNcaLayer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A forensic expert licence taken in at the counter (seed 004): the clerk chooses the service, the individuals
 * database's name of the expert is entered, the expert's form is the licence's own, and the officer certifies the
 * form with their EDS through NCALayer (the demo signer on NCALayer's port with the provider's key) before the
 * application is registered. Uses NCALayer's port, as ApplyThroughNcaLayerIT does: never run beside it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CounterThroughNcaLayerIT {

    private static final String EXPERT = "691115302343";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theOfficerCertifiesAForensicExpertFormEnteredAtTheCounterThroughNcaLayer() throws Exception {
        Path pki = Path.of(System.getProperty("licensing.pki.dir"));
        ThroughTheApi api = new ThroughTheApi();
        Path scans = Files.createTempDirectory("counter-expert-scans");
        LocalDate until = LocalDate.now().plusMonths(4);
        Map<String, Path> documents = new LinkedHashMap<>();
        for (String[] scan : new String[][]{{"Диплом о высшем образовании", "diploma.pdf"},
                {"Форма сведений о квалификационных требованиях", "qualification.pdf"},
                {"Трудовая книжка", "employment.pdf"}, {"Справка наркологического", "narcological.pdf"},
                {"Справка психиатрического", "psychiatric.pdf"}}) {
            documents.put(scan[0], Files.write(scans.resolve(scan[1]),
                    ("%PDF-1.4\n% " + scan[1] + " of " + EXPERT + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII)));
        }
        List<String> before = api.applicationsOf(EXPERT);

        try (Browser browser = Browser.open("counter-ncalayer", false)) {
            browser.go("/office/counter.xhtml");
            browser.type(By.id("j_username"), "clerk");
            browser.type(By.id("j_password"), "demo");
            browser.clickAndLoad(By.id("submit"));
            browser.clickAndLoad(By.id("language:ru"));
            browser.select(By.id("counter:service"), "FORENSIC_EXPERT_ISSUE");
            browser.textOf(By.id("counter:chosenService"), "Лицензия судебного эксперта");
            browser.type(By.id("counter:applicantId"), EXPERT);
            browser.click(By.id("counter:lookUp"));
            browser.textOf(By.id("counter:answers"), "Иванов Сергей Петрович");
            assertEquals("Иванов Сергей Петрович", browser.attribute(field("expert.fullName"), "value"),
                    "the individuals database's name is entered");
            assertEquals(EXPERT, browser.attribute(field("expert.iin"), "value"));

            browser.type(field("expert.address"), "Астана, Мәңгілік Ел, 8, кв. 12");
            browser.select(field("speciality"), "BALLISTIC");
            for (String[] value : new String[][]{{"diploma.number", "ЖБ-0099"}, {"diploma.institution", "КазНУ"},
                    {"diploma.issuedOn", "30.06.2012"}, {"diploma.speciality", "Судебная экспертиза"},
                    {"experienceYears", "9"}}) {
                browser.type(field(value[0]), value[1]);
            }
            browser.click(field("internshipConclusionElectronic"));
            String typed = until.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
            for (Map.Entry<String, Path> scan : documents.entrySet()) {
                // both certificates valid to the same day: the clerk types the date again for the second one, and
                // it must count as typed (the scan taken empties the field, as it empties the date it keeps)
                if (scan.getKey().startsWith("Справка")) {
                    browser.replace(By.id("counter:scanValidUntil_input"), typed);
                }
                browser.click(By.xpath("//table[@id='counter:scanKind']//label[starts-with(normalize-space(.), '"
                        + scan.getKey() + "')]"));
                browser.upload(By.cssSelector("input[type='file'][id^='counter:scan']"), scan.getValue());
                browser.textOf(By.id("counter:scansTable"), scan.getValue().getFileName().toString());
                browser.waitFor(By.id("counter:scanValidUntil_input"), field -> field.getAttribute("value").isEmpty(),
                        "the date field is emptied with the scan taken");
            }
            browser.screenshot("0-scans-ru");

            browser.click(By.id("counter:takeIn"));
            browser.textOf(By.id("counter:certify"), "Удостоверить в NCALayer");
            assertEquals(before, api.applicationsOf(EXPERT), "nothing is taken in before the officer certifies");
            browser.screenshot("1-certify-ru");
            String number;
            try (DemoNcaLayer officersKey = DemoNcaLayer.start(pki, "head-signer", DemoNcaLayer.PORT, false)) {
                browser.clickAndLoad(By.id("sign"));
                browser.screenshot("2-certified-ru");
                assertTrue(browser.present(By.id("counter:application")),
                        () -> browser.texts(By.id("counter:messages")).toString());
                number = browser.textOf(By.id("counter:application"), "FEX-");
            }
            browser.screenshot("3-taken-in-ru");

            JsonObject application = api.application(number);
            assertEquals("FORENSIC_EXPERT_ISSUE", application.getString("procedure"));
            assertEquals("COUNTER", application.getString("channel"));
            assertEquals(EXPERT, application.getString("applicantId"));
            Map<String, JsonObject> attached = application.getJsonArray("documents").getValuesAs(JsonObject.class)
                    .stream().collect(Collectors.toMap(d -> d.getString("kind"), d -> d));
            assertEquals(5, attached.size(), attached.toString());
            assertEquals(until.toString(), attached.get("NARCOLOGICAL_CERTIFICATE").getString("validUntil"));
            assertEquals(until.toString(), attached.get("PSYCHIATRIC_CERTIFICATE").getString("validUntil"),
                    "the same date typed again for the second certificate is kept");
            assertTrue(api.applicationsOf(EXPERT).contains(number));
        }
    }

    private static By field(String path) {
        return By.cssSelector("[data-field='" + path + "']");
    }
}
