package kz.gov.elicense.it.ui;

import kz.gov.elicense.it.Deployments;
import kz.gov.elicense.it.HostileInput;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Script and SQL payloads in every text field of a submission (legal address, a site's name and address) and of
 * the officers' actions (the head's instruction, the executor's report), and in every parameter of the public
 * register search: stored and answered verbatim or refused cleanly, never a server error, never a query that
 * matches more than it should; and on the screen, in Chromium, shown as text, never run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

    private final HostileInput hostile = new HostileInput();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void payloadsInTheTextFieldsAreStoredVerbatimAndTheSearchTreatsThemAsText() {
        for (String payload : HostileInput.PAYLOADS) {
            HostileInput.Outcome outcome = hostile.through("221140008086", payload);
            if (outcome.submissionStatus() == 400) {
                // refused cleanly, with a problem that says why: acceptable for a submission field
                assertFalse(outcome.submissionProblem().startsWith("not a problem"), outcome.submissionProblem());
                continue;
            }
            assertEquals(201, outcome.submissionStatus(), payload + ": " + outcome.submissionProblem());
            assertTrue(outcome.instruction().contains(payload), "instruction verbatim: " + outcome.instruction());
            assertEquals(payload, outcome.report(), "report verbatim");

            for (int status : hostile.registerSearchStatuses(payload)) {
                assertTrue(status == 200 || status == 400, payload + " in the register search: " + status);
            }
            assertEquals(0, hostile.registerNameMatches(payload), payload + " matches no holder's name");
            assertEquals(400, hostile.assignTo(outcome.number(), payload), "an executor named " + payload);
        }
    }

    @Test
    void theDetailShowsThePayloadsAsTextAndRunsNone() {
        List<String> payloads = List.of(HostileInput.PAYLOADS.get(0), HostileInput.PAYLOADS.get(1));
        HostileInput.Outcome script = hostile.through("221140008086", payloads.get(0));
        HostileInput.Outcome image = hostile.through("221140008086", payloads.get(1));
        try (Browser browser = Browser.open("hostile-input", false)) {
            for (HostileInput.Outcome outcome : List.of(script, image)) {
                browser.go("/office/application.xhtml?number=" + outcome.number());
                if (browser.present(By.id("j_username"))) {
                    browser.type(By.id("j_username"), "head");
                    browser.type(By.id("j_password"), "demo");
                    browser.clickAndLoad(By.id("submit"));
                }
                assertEquals(outcome.report(), browser.find(By.id("draftReport")).getText(), "the report as text");
                browser.textOf(By.id("steps"), outcome.report());
                String html = browser.find(By.tagName("body")).getAttribute("innerHTML");
                assertFalse(html.contains("<script>alert('xss')"), "no script element from the payload");
                assertFalse(browser.present(By.cssSelector("img[src='x']")), "no image element from the payload");
                assertTrue(html.contains("&lt;script&gt;alert('xss')&lt;/script&gt;")
                        || html.contains("&lt;img src=x onerror=alert(1)&gt;"), "escaped in the page");
                browser.scrollTo(By.id("draftReport"));
                browser.screenshot(outcome == script ? "1-script-as-text" : "2-markup-as-text");
            }
        }
    }
}
