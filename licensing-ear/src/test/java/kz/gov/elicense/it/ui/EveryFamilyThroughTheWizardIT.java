package kz.gov.elicense.it.ui;

import jakarta.json.JsonObject;
import kz.gov.elicense.it.Deployments;
import kz.gov.elicense.it.ThroughTheApi;
import kz.gov.elicense.ncalayer.DemoNcaLayer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The procedure families that ApplyThroughNcaLayerIT does not walk through the wizard (the weapons and cartridges
 * licence, the civil pyrotechnics licence, a reissue), each from the applicant's sign-in through the form, the
 * checklist's documents, the fee by a bank receipt and the signature through NCALayer, to the head's signed result:
 * a licence, or a motivated refusal that the applicant's cabinet shows with its grounds. The office's view of the
 * decided application then tells each step's outcome in Russian. All on a 380 px wide phone screen with no sideways
 * scrolling, the service chosen with the keyboard alone. One browser for all of them, to keep the suite short;
 * uses NCALayer's port, as ApplyThroughNcaLayerIT does: never run beside it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EveryFamilyThroughTheWizardIT {

    /** A family's service, the applicant, the form's own fields, and how the case ends. */
    enum Family {
        WEAPONS_AND_CARTRIDGES("WEAPONS_AND_CARTRIDGES_ISSUE", "170640003039", "WPN-", "LICENCE") {
            @Override
            void fillForm(Browser browser, ThroughTheApi api) {
                licensee(browser, this);
                browser.click(By.cssSelector("[data-field='subtypes'] input[value='WEAPONS_SALE']"));
                site(browser);
            }
        },
        CIVIL_PYROTECHNICS("CIVIL_PYROTECHNICS_ISSUE", "221140008086", "PYR-", "LICENCE") {
            @Override
            void fillForm(Browser browser, ThroughTheApi api) {
                licensee(browser, this);
                browser.click(By.cssSelector("[data-field='subtypes'] input[value='PYROTECHNICS_USE']"));
                site(browser);
            }
        },
        SECURITY_ACTIVITY_REISSUE("SECURITY_ACTIVITY_REISSUE", "140340009091", "SECR-", "MOTIVATED_REFUSAL") {
            @Override
            void fillForm(Browser browser, ThroughTheApi api) {
                String licence = api.issuedLicence(applicant).licenceNumber();
                browser.type(field("applicant.name"), "ТОО test " + applicant);
                browser.type(field("applicant.legalAddress"), "Астана, Мәңгілік Ел, 55");
                browser.type(field("licenceNumber"), licence);
                browser.select(field("reason"), "ACTIVITY_RENAMED_BY_LAW");
                browser.type(field("reasonDetail"), "Закон РК от 01.07.2026 № 100");
                browser.type(field("head.iin"), api.headIinOf(applicant));
                browser.type(field("head.fullName"), "Head of " + applicant);
                browser.type(field("head.position"), "Директор");
            }
        };

        final String service;
        final String applicant;
        final String numberPrefix;
        final String result;

        Family(String service, String applicant, String numberPrefix, String result) {
            this.service = service;
            this.applicant = applicant;
            this.numberPrefix = numberPrefix;
            this.result = result;
        }

        abstract void fillForm(Browser browser, ThroughTheApi api);
    }

    private static final String REFUSAL = "Закон не меняет наименование вида деятельности, указанное в лицензии";

    /** CSS pixels: a small phone's screen. */
    private static final int PHONE = 380;

    private static Browser browser;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeAll
    static void openTheBrowser() {
        // a phone-sized window: the wizard must be usable on a narrow screen
        browser = Browser.open("every-family", true).phoneWidth(PHONE);
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void theApplicantAppliesThroughTheWizardAndTheHeadSignsTheResult(Family family) throws Exception {
        Path pki = Path.of(System.getProperty("licensing.pki.dir"));
        ThroughTheApi api = new ThroughTheApi();
        String shot = family.name().toLowerCase();
        browser.forgetSession();
        signIn(browser, "/cabinet/apply.xhtml", family.applicant);
        browser.clickAndLoad(By.id("language:ru"));
        // the service chosen with the keyboard only: Space on its option, Tab to the button, Enter
        browser.find(By.cssSelector("input[value='" + family.service + "']")).sendKeys(Keys.SPACE);
        for (int tab = 0; tab < 40 && !"apply:choose".equals(browser.focused()); tab++) {
            browser.keys(Keys.TAB);
        }
        assertEquals("apply:choose", browser.focused(), "the wizard's button is reached with Tab");
        browser.keysAndLoad(Keys.ENTER);
        assertNoSidewaysScrolling(family, "form");
        family.fillForm(browser, api);
        WebElement gateway = browser.find(field("feePaidThroughGateway"));
        if (gateway.isSelected()) {
            gateway.click(); // the fee paid at a bank: its receipt is then on the checklist
        }
        browser.screenshot(shot + "-1-form-ru");
        browser.clickAndLoad(By.id("apply:toDocuments"));

        browser.textOf(By.id("doc-FEE_RECEIPT"), "обязательно");
        Set<String> attached = attachEveryListedDocument(browser, family);
        assertNoSidewaysScrolling(family, "documents");
        browser.screenshot(shot + "-2-documents-ru");
        browser.clickAndLoad(By.id("apply:toSignature"));
        String number;
        try (DemoNcaLayer ncaLayer = DemoNcaLayer.start(pki, family.applicant, DemoNcaLayer.PORT, false)) {
            browser.clickAndLoad(By.id("sign"));
            number = browser.find(By.id("applicationNumber")).getText();
        }
        assertTrue(number.startsWith(family.numberPrefix), number);
        assertNoSidewaysScrolling(family, "registered");
        browser.screenshot(shot + "-3-registered-ru");

        JsonObject application = api.application(number);
        assertEquals(family.service, application.getString("procedure"));
        assertEquals(family.applicant, application.getString("applicantId"));
        assertEquals("PORTAL", application.getString("channel"));
        assertEquals("VALID", application.getString("signatureStatus"));
        assertEquals(attached, application.getJsonArray("documents").getValuesAs(JsonObject.class).stream()
                .map(d -> d.getString("kind")).collect(Collectors.toCollection(TreeSet::new)));

        String reference = api.decided(number, family.result, REFUSAL);
        browser.go("/cabinet/application.xhtml?number=" + number);
        if ("MOTIVATED_REFUSAL".equals(family.result)) {
            browser.textOf(By.id("refusalReason"), REFUSAL);
        } else {
            assertTrue(reference != null && !reference.isBlank(), "the licence has its number");
            browser.textOf(By.id("result"), "Лицензия");
            browser.find(By.id("resultDocument"));
        }
        browser.screenshot(shot + "-4-result-in-the-cabinet-ru");

        browser.forgetSession();
        signIn(browser, "/office/application.xhtml?number=" + number, "head");
        browser.clickAndLoad(By.id("language:ru"));
        String steps = browser.textOf(By.id("steps"), "MOTIVATED_REFUSAL".equals(family.result)
                ? "Мотивированный отказ подписан" : "Лицензия " + reference + " подписана");
        assertTrue(steps.contains("Документы полные"), steps);
        assertFalse(steps.contains("signed") || steps.contains("Proposed") || steps.contains("answers"),
                "no step's outcome is left in English: " + steps);
        browser.scrollTo(By.id("steps"));
        browser.screenshot(shot + "-5-steps-ru");
    }

    /** Attaches a PDF for each kind of the checklist (none of these families' documents expires); tells the kinds. */
    private static Set<String> attachEveryListedDocument(Browser browser, Family family) throws Exception {
        Path files = Files.createTempDirectory("wizard-" + family.name());
        Set<String> kinds = new TreeSet<>();
        for (WebElement input : browser.all(By.cssSelector("input[type='file'][data-kind]"))) {
            String kind = input.getAttribute("data-kind");
            Path file = Files.write(files.resolve(kind.toLowerCase() + ".pdf"),
                    ("%PDF-1.4\n% " + kind + " of " + family.applicant + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
            input.sendKeys(file.toString());
            kinds.add(kind);
        }
        browser.clickAndLoad(By.id("apply:attach"));
        for (String kind : kinds) {
            browser.find(By.id("attached-" + kind));
        }
        return kinds;
    }

    private static void assertNoSidewaysScrolling(Family family, String step) {
        assertEquals(PHONE, browser.windowWidth(), "the page is laid out for the phone's width");
        if (browser.overflow() > 0) {
            browser.screenshot(family.name().toLowerCase() + "-sideways-" + step);
        }
        assertTrue(browser.overflow() <= 0, family + ", " + step + ": the page is " + browser.overflow()
                + " px wider than a phone's window: " + browser.beyondTheRightEdge());
    }

    private static void licensee(Browser browser, Family family) {
        assertEquals(family.applicant, browser.attribute(field("applicant.bin"), "value"));
        browser.type(field("applicant.name"), "ТОО test " + family.applicant);
        browser.type(field("applicant.legalAddress"), "Астана, Мәңгілік Ел, 55");
        browser.type(field("applicant.phone"), "+7 7172 000000");
        browser.type(field("applicant.email"), "office@example.kz");
    }

    /** The licensed object where the activity is done, added as a row of the form. */
    private static void site(Browser browser) {
        browser.clickAndLoad(By.cssSelector("[data-add='sites']"));
        browser.select(field("sites[0].kind"), "OBJECT");
        browser.type(field("sites[0].name"), "Склад");
        browser.type(field("sites[0].address"), "Астана, ул. Промышленная, 12");
    }

    private static void signIn(Browser browser, String page, String user) {
        browser.go(page);
        browser.type(By.id("j_username"), user);
        browser.type(By.id("j_password"), "demo");
        browser.clickAndLoad(By.id("submit"));
    }

    private static By field(String path) {
        return By.cssSelector("[data-field='" + path + "']");
    }
}
