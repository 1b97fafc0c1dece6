package kz.gov.elicense.it.ui;

import jakarta.json.JsonObject;
import kz.gov.elicense.it.Deployments;
import kz.gov.elicense.it.ThroughTheApi;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The officers' actions on screen, in Chromium, through the same session bean as the API: a licence taken from the
 * executor's assignment to the register entirely on screen (in Russian), a motivated refusal whose reason stands in
 * the history, and two results signed at once in the head's signing queue while a third, signed meanwhile through
 * the API, is reported on its own row without undoing the others.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OfficerActionsIT {

    private static final Pattern LICENCE_NUMBER = Pattern.compile("KZ\\d{2}[A-Z]{3}\\d{7}");

    private final ThroughTheApi api = new ThroughTheApi();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aLicenceIsTakenThroughEveryStepOnScreenInRussianAndLandsInTheRegister() {
        String number = api.submittedApplication("150440001011");
        try (Browser browser = Browser.open("officer-actions-licence", false)) {
            browser.go("/register.xhtml");
            browser.clickAndLoad(By.id("language:ru"));
            signIn(browser, "/office/application.xhtml?number=" + number, "head");
            browser.textOf(By.id("currentStep"), "Назначение исполнителя");
            browser.textOf(By.id("assign"), "Назначение исполнителя");
            browser.scrollTo(By.id("assign"));
            browser.screenshot("1-head-assigns-ru");

            // the head chooses among the division's executors, from their accounts: no other role, no other division
            List<String> offered = new Select(browser.find(By.id("assign:executor"))).getOptions().stream()
                    .map(o -> o.getAttribute("value")).toList();
            assertTrue(offered.containsAll(List.of("", "executor", "executor2")), offered.toString());
            assertTrue(offered.stream().noneMatch(List.of("head", "unithead", "clerk", "head2")::contains),
                    "only executors are offered: " + offered);
            // the history's reasons so far are in Russian, not in the engine's English
            browser.textOf(By.id("history"), "Поступило через портал с проверенной ЭЦП");
            browser.textOf(By.id("history"), "Зарегистрировано в Е-лицензировании под номером " + number);
            assertFalse(browser.find(By.id("history")).getText().contains("Registered in E-licensing"));

            // choosing nobody is told in words, and nothing changes
            browser.clickAndLoad(By.id("assign:submit"));
            browser.textOf(By.id("messages"), "Выберите исполнителя");
            browser.textOf(By.id("currentStep"), "Назначение исполнителя");
            browser.screenshot("2-no-executor-chosen-ru");

            browser.select(By.id("assign:executor"), "executor");
            browser.type(By.id("assign:instruction"), "Проверить в срок");
            browser.clickAndLoad(By.id("assign:submit"));
            browser.textOf(By.id("messages"), "Исполнитель назначен.");
            browser.textOf(By.id("currentStep"), "Проверка полноты");
            assertFalse(browser.present(By.id("assign")), "the head's action is done");
            assertFalse(browser.present(By.id("completeness")), "the completeness check is the executor's");
            browser.textOf(By.id("history"), "Определён исполнитель executor");
            browser.screenshot("3-assigned-ru");

            switchTo(browser, "/office/application.xhtml?number=" + number, "executor");
            browser.textOf(By.id("findings"), "все документы представлены");
            browser.scrollTo(By.id("completeness"));
            browser.screenshot("4-executor-completeness-ru");
            browser.clickAndLoad(By.id("completeness:complete"));
            browser.textOf(By.id("messages"), "Документы полные");

            api.atReportStep(number);
            browser.go("/office/application.xhtml?number=" + number);
            browser.textOf(By.id("currentStep"), "Справка и проект результата");
            browser.textOf(By.id("steps"), "препятствующих нет"); // the registries step's outcome, in Russian
            browser.find(By.cssSelector("input[name='draft:proposal'][value='LICENCE']")).click();
            browser.type(By.id("draft:report"), "Ответы реестров чистые, требования соблюдены.");
            browser.scrollTo(By.id("draft"));
            browser.screenshot("5-executor-drafts-licence-ru");
            browser.clickAndLoad(By.id("draft:submit"));
            browser.textOf(By.id("messages"), "Проект результата направлен руководителю на подпись.");
            browser.textOf(By.id("currentStep"), "Подписание руководителем");

            switchTo(browser, "/office/inbox.xhtml", "head");
            browser.clickAndLoad(By.id("menu:signing"));
            browser.textOf(By.tagName("h1"), "Очередь на подпись");
            browser.textOf(By.id("queue:rows"), "Ответы реестров чистые, требования соблюдены.");
            browser.click(pick(number));
            browser.screenshot("6-head-signing-queue-ru");
            browser.clickAndLoad(By.id("queue:signSelected"));
            browser.textOf(By.id("messages"), "Все отмеченные результаты подписаны");
            String outcome = browser.textOf(outcome(number), "Подписан");
            String licenceNumber = licenceNumberIn(outcome);
            assertFalse(browser.find(By.id("queue:rows")).getText().contains(number), "signed, it left the queue");
            browser.screenshot("7-signed-ru");

            browser.go("/licence.xhtml?number=" + licenceNumber);
            assertEquals(licenceNumber, browser.textOf(By.id("licenceNumber"), licenceNumber));
            browser.textOf(By.id("status"), "Действует");
            browser.textOf(By.id("holderId"), "150440001011");
            browser.screenshot("8-in-the-register-ru");
            assertEquals("150440001011", api.licence(licenceNumber).getString("holderId"));
        }
    }

    @Test
    void aMotivatedRefusalIsDraftedAndSignedOnScreenAndItsReasonStandsInTheHistory() {
        // the head of 160540002025 has a criminal record: the registries stand in the way of a licence
        String number = api.atReportStepFor("160540002025");
        try (Browser browser = Browser.open("officer-actions-refusal", false)) {
            signIn(browser, "/office/application.xhtml?number=" + number, "executor");
            browser.textOf(By.id("checks"), "мәлімет бар");
            browser.find(By.cssSelector("input[name='draft:proposal'][value='LICENCE']")).click();
            browser.type(By.id("draft:report"), "Басшының сотталғандығы бар.");
            browser.clickAndLoad(By.id("draft:submit"));
            browser.textOf(By.id("messages"), "Тізілімдердің жауаптары оң нәтижеге кедергі келтіреді.");
            assertEquals("Басшының сотталғандығы бар.", browser.find(By.id("draft:report")).getAttribute("value"),
                    "a rejected draft keeps what the executor wrote");
            browser.screenshot("1-licence-refused-by-the-bean-kk");

            String reason = "Руководитель заявителя имеет непогашенную судимость (ст. 31 п. 1 Закона об охранной деятельности)";
            browser.find(By.cssSelector("input[name='draft:proposal'][value='MOTIVATED_REFUSAL']")).click();
            browser.type(By.id("draft:refusalReason"), reason);
            browser.clickAndLoad(By.id("draft:submit"));
            browser.textOf(By.id("messages"), "Нәтиже жобасы басшыға қол қоюға жіберілді.");
            browser.textOf(By.id("result"), reason);
            browser.scrollTo(By.id("result"));
            browser.screenshot("2-refusal-drafted-kk");

            switchTo(browser, "/office/application.xhtml?number=" + number, "head");
            browser.textOf(By.id("sign"), "Басшының сотталғандығы бар.");
            browser.scrollTo(By.id("sign"));
            browser.screenshot("3-head-reads-the-refusal-kk");
            browser.clickAndLoad(By.id("sign:submit"));
            browser.textOf(By.id("messages"), "Нәтижеге қол қойылды.");
            browser.textOf(By.id("status"), "Бас тартылды");
            browser.textOf(By.id("history"), reason);
            assertFalse(browser.present(By.id("sign")), "signed, there is nothing left to sign");
            browser.scrollTo(By.id("history"));
            browser.screenshot("4-refused-with-reason-in-history-kk");
        }
        JsonObject application = api.application(number);
        assertEquals("REFUSED", application.getString("status"));
        assertEquals(reason(application), "Руководитель заявителя имеет непогашенную судимость (ст. 31 п. 1 Закона об охранной деятельности)");
    }

    @Test
    void incompleteDocumentsCannotBePassedAsCompleteAndAreRefusedWithTheExecutorsReason() {
        String number = api.assignedWithout("221140008086", "PREMISES_TITLE");
        try (Browser browser = Browser.open("officer-actions-incomplete", true)) {
            browser.go("/register.xhtml");
            browser.clickAndLoad(By.id("language:en"));
            signIn(browser, "/office/application.xhtml?number=" + number, "executor");
            browser.textOf(By.id("findings"), "The checklist finds:");
            browser.scrollTo(By.id("completeness"));
            browser.screenshot("1-checklist-finds-a-gap-narrow-en");

            browser.clickAndLoad(By.id("completeness:complete"));
            browser.textOf(By.id("messages"), "The documents are not complete; they cannot be accepted as complete.");
            browser.textOf(By.id("currentStep"), "Completeness");
            browser.screenshot("2-complete-refused-narrow-en");

            String reason = "The title or lease of the premises is missing";
            browser.type(By.id("completeness:reason"), reason);
            browser.clickAndLoad(By.id("completeness:incomplete"));
            browser.textOf(By.id("messages"), "The documents are incomplete; the refusal goes to the head for signature.");
            browser.textOf(By.id("currentStep"), "Head's signature");
            browser.textOf(By.id("result"), reason);
            assertFalse(browser.present(By.id("completeness")), "the executor's decision is taken");
            browser.scrollTo(By.id("result"));
            browser.screenshot("3-refusal-to-the-head-narrow-en");
        }
        assertTrue(reason(api.application(number)).contains("The title or lease of the premises is missing"));
    }

    @Test
    void twoResultsAreSignedAtOnceAndOneSignedMeanwhileIsReportedOnItsOwnRow() {
        String first = api.licenceAwaitingSignature("221140008086");
        String second = api.licenceAwaitingSignature("140340009091");
        String meanwhile = api.licenceAwaitingSignature("150440001011");
        try (Browser browser = Browser.open("officer-actions-signing-queue", false)) {
            browser.go("/register.xhtml");
            browser.clickAndLoad(By.id("language:ru"));
            signIn(browser, "/office/inbox.xhtml", "head");
            browser.clickAndLoad(By.linkText("Результаты, ожидающие вашей подписи, — в очереди на подпись."));
            for (String number : new String[] {first, second, meanwhile}) {
                browser.click(pick(number));
            }
            browser.screenshot("1-three-picked-ru");

            String signedElsewhere = api.signedByTheHead(meanwhile);
            browser.clickAndLoad(By.id("queue:signSelected"));
            assertTrue(browser.textOf(By.id("messages"), "Не все отмеченные результаты удалось подписать")
                    .contains("2 / 3"), "two of the three are signed");
            String firstLicence = licenceNumberIn(browser.textOf(outcome(first), "Подписан"));
            String secondLicence = licenceNumberIn(browser.textOf(outcome(second), "Подписан"));
            browser.textOf(outcome(meanwhile), "Заявление уже прошло этот шаг");
            String queue = browser.find(By.id("queue")).getText();
            assertFalse(queue.contains(first) || queue.contains(second) || queue.contains(meanwhile), queue);
            browser.screenshot("2-two-signed-one-reported-ru");

            assertEquals("221140008086", api.licence(firstLicence).getString("holderId"));
            assertEquals("140340009091", api.licence(secondLicence).getString("holderId"));
            assertEquals(signedElsewhere, api.application(meanwhile).getJsonObject("result").getString("licenceNumber"),
                    "the failed row did not undo the signature made elsewhere");
        }
    }

    private static By pick(String number) {
        return By.cssSelector("input[type='checkbox'][data-number='" + number + "']");
    }

    private static By outcome(String number) {
        return By.cssSelector(".outcome[data-number='" + number + "']");
    }

    private static String licenceNumberIn(String text) {
        Matcher matcher = LICENCE_NUMBER.matcher(text);
        assertTrue(matcher.find(), "no licence number in: " + text);
        return matcher.group();
    }

    private static String reason(JsonObject application) {
        return application.getJsonObject("result").getString("refusalReason");
    }

    /** Opens a page of the workplace, which asks for the sign-in first, and signs in with the demo password. */
    private static void signIn(Browser browser, String path, String user) {
        browser.go(path);
        browser.type(By.id("j_username"), user);
        browser.type(By.id("j_password"), "demo");
        browser.clickAndLoad(By.id("submit"));
        browser.textOf(By.id("who"), user);
    }

    /** Signs out and in again as another officer (the language stays, see Language). */
    private static void switchTo(Browser browser, String path, String user) {
        browser.clickAndLoad(By.id("menu:signout"));
        signIn(browser, path, user);
    }
}
