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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The steps that were the API's only, now on screen in Chromium through the same session beans: the clerk registers
 * a received weapon registration in the incoming journal and, once the permit is signed, records it in the outgoing
 * journal and sends it by post (an address refused missing first); the assigned executor rejects a scanned fee
 * receipt with a reason, then confirms it; and an executor's inbox lists the cases assigned to them, not another
 * executor's.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OfficeStepsIT {

    /** An individual the individuals database knows and no register holds anything against. */
    private static final String INDIVIDUAL = "800101300125";
    private static final String LEGAL_ENTITY = "221140008086";

    private final ThroughTheApi api = new ThroughTheApi();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theClerkRegistersAReceivedApplicationAndLaterDispatchesItsSignedResultOnScreen() {
        String number = api.weaponRegistrationAtReceipt(INDIVIDUAL);
        try (Browser browser = Browser.open("office-steps-clerk", false)) {
            browser.go("/register.xhtml");
            browser.clickAndLoad(By.id("language:ru"));
            signIn(browser, "/office/application.xhtml?number=" + number, "clerk");
            browser.textOf(By.id("currentStep"), "Приём канцелярией");
            assertFalse(browser.present(By.id("dispatch")), "nothing is signed yet to be sent");
            browser.scrollTo(By.id("receive"));
            browser.screenshot("1-clerk-receives-ru");

            browser.clickAndLoad(By.id("receive:submit"));
            browser.textOf(By.id("messages"), "Зарегистрировано в журнале входящих.");
            String incoming = line(api.application(number), "INCOMING").getString("number");
            browser.textOf(By.id("messages"), "Кіріс № " + incoming);
            String journal = browser.textOf(By.id("journal"), incoming);
            assertTrue(journal.contains("Входящие"), journal);
            browser.textOf(By.id("currentStep"), "Назначение исполнителя");
            assertFalse(browser.present(By.id("receive")), "registered, the office's step is done");
            browser.scrollTo(By.id("journal"));
            browser.screenshot("2-incoming-number-ru");

            api.permitAwaitingDispatch(number);
            browser.go("/office/application.xhtml?number=" + number);
            browser.textOf(By.id("currentStep"), "Выдача результата");
            browser.find(By.cssSelector("input[name='dispatch:method'][value='POST']")).click();
            browser.scrollTo(By.id("dispatch"));
            browser.screenshot("3-clerk-dispatches-ru");
            browser.clickAndLoad(By.id("dispatch:submit"));
            browser.textOf(By.id("messages"), "Для отправки почтой нужен почтовый адрес заявителя.");
            browser.textOf(By.id("currentStep"), "Выдача результата");
            assertTrue(line(api.application(number), "OUTGOING") == null, "nothing was sent without the address");
            browser.screenshot("4-post-needs-the-address-ru");

            String address = "Астана, Мәңгілік Ел, 8, кв. 12";
            browser.find(By.cssSelector("input[name='dispatch:method'][value='POST']")).click();
            browser.type(By.id("dispatch:address"), address);
            browser.clickAndLoad(By.id("dispatch:submit"));
            browser.textOf(By.id("messages"), "Записано в журнал исходящих; результат отправлен.");
            browser.textOf(By.id("status"), "Результат выдан");
            JsonObject sent = line(api.application(number), "OUTGOING");
            assertEquals("POST", sent.getString("dispatchMethod"));
            assertEquals(address, sent.getString("address"));
            String outgoing = sent.getString("number");
            browser.textOf(By.id("messages"), outgoing);
            assertTrue(browser.textOf(By.id("journal"), outgoing).contains("Исходящие"));
            assertFalse(browser.present(By.id("dispatch")), "sent, the office's step is done");
            browser.scrollTo(By.id("journal"));
            browser.screenshot("5-dispatched-ru");

            browser.clickAndLoad(By.id("menu:journals"));
            browser.click(By.xpath("//div[@id='journals:journal']//*[text()='Исходящие']"));
            browser.textOf(By.id("journals:lines"), "Исходящие ·");
            String row = browser.textOf(By.id("journals:lines"), outgoing);
            assertTrue(row.contains(number) && row.contains("Почтой") && row.contains(address), row);
            assertTrue(row.contains("Результат по заявлению " + number + " (Регистрация оружия)"),
                    "the subject the engine wrote in English is told in Russian: " + row);
            browser.screenshot("6-outgoing-journal-ru");
        }
    }

    @Test
    void theAssignedExecutorRejectsAFeeReceiptWithItsReasonThenConfirmsItOnScreen() {
        String number = api.atReportWithUndecidedReceipt(LEGAL_ENTITY);
        try (Browser browser = Browser.open("office-steps-fee-receipt", false)) {
            browser.go("/register.xhtml");
            browser.clickAndLoad(By.id("language:en"));
            signIn(browser, "/office/application.xhtml?number=" + number, "executor");
            browser.textOf(By.id("feeState"), "The licence fee is not confirmed yet.");
            browser.scrollTo(By.id("feeReceipt"));
            browser.screenshot("1-executor-reads-the-receipt-en");

            browser.clickAndLoad(By.id("feeReceipt:reject"));
            browser.textOf(By.id("messages"), "A rejected receipt needs the reason.");
            browser.screenshot("2-rejection-needs-a-reason-en");

            browser.type(By.id("feeReceipt:note"), "The bank knows no such payment");
            browser.clickAndLoad(By.id("feeReceipt:reject"));
            browser.textOf(By.id("messages"), "The fee receipt is rejected.");
            browser.textOf(By.id("receiptDecisions"), "rejected The bank knows no such payment");
            browser.textOf(By.id("feeState"), "not confirmed");
            assertFalse(api.application(number).getJsonObject("payment").getBoolean("feeConfirmed"));
            browser.scrollTo(By.id("feeReceipt"));
            browser.screenshot("3-rejected-en");

            browser.type(By.id("feeReceipt:note"), "Receipt No. 4471 of Halyk Bank, 43 250 tenge");
            browser.clickAndLoad(By.id("feeReceipt:confirm"));
            browser.textOf(By.id("messages"), "The fee receipt is confirmed.");
            browser.textOf(By.id("feeState"), "The licence fee stands confirmed.");
            browser.textOf(By.id("receiptDecisions"), "confirmed Receipt No. 4471");
            browser.scrollTo(By.id("feeReceipt"));
            browser.screenshot("4-confirmed-en");
        }
        JsonObject payment = api.application(number).getJsonObject("payment");
        assertTrue(payment.getBoolean("feeConfirmed"));
        assertEquals("OFFICER_CONFIRMED_RECEIPT", payment.getString("confirmedBy"));
    }

    @Test
    void anExecutorsInboxListsTheirAssignedApplicationAndAnotherExecutorsDoesNot() {
        String number = api.assignedTo(LEGAL_ENTITY, "executor");
        try (Browser browser = Browser.open("office-steps-inbox", false)) {
            signIn(browser, "/office/inbox.xhtml", "executor");
            browser.find(By.linkText(number));
            browser.screenshot("1-assigned-executors-inbox-kk");

            switchTo(browser, "/office/inbox.xhtml", "executor2");
            browser.find(By.id("inbox"));
            assertFalse(browser.present(By.linkText(number)), "another executor's case is not in this inbox");
            browser.screenshot("2-other-executors-inbox-kk");

            // the page does not offer the other executor's step either
            browser.go("/office/application.xhtml?number=" + number);
            browser.find(By.id("applicationNumber"));
            assertFalse(browser.present(By.id("completeness")), "the completeness check is the assigned executor's");
        }
    }

    /** The application's line in the given journal, or null when it has none. */
    private static JsonObject line(JsonObject application, String journal) {
        return application.getJsonArray("journal").getValuesAs(JsonObject.class).stream()
                .filter(l -> journal.equals(l.getString("journal"))).findFirst().orElse(null);
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
