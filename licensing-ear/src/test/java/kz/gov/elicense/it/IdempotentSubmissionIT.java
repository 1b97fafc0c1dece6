package kz.gov.elicense.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A portal that does not know whether its submission arrived sends it again under the same {@code Idempotency-Key}
 * and gets the application the first one created, never a second; the key cannot be reused for another request.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdempotentSubmissionIT {

    private static final String BIN = "150440001011";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final PortalClient portal = PortalClient.forTestServer();

    @Test
    void theSameSubmissionUnderTheSameKeyIsTheSameApplication() {
        PortalClient.Form form = portal.form(BIN);
        String body = form.request(false, null);
        String key = UUID.randomUUID().toString();

        PortalClient.Response first = form.submitBody(body, key).expect(201);
        PortalClient.Response again = form.submitBody(body, key).expect(200);

        assertEquals(first.location(), again.location(), "the same Location");
        assertEquals(first.json().getString("number"), again.json().getString("number"));
        long withThatForm = portal.get("applications?max=500", "head").expect(200).jsonArray()
                .getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("number").equals(first.json().getString("number"))).count();
        assertEquals(1, withThatForm, "one application");
    }

    @Test
    void theSameKeyWithAnotherSubmissionIsRefused() {
        String key = UUID.randomUUID().toString();
        PortalClient.Form form = portal.form(BIN);
        String number = form.submitBody(form.request(false, null), key).expect(201).json().getString("number");

        PortalClient.Form another = portal.form(BIN);
        PortalClient.Response refused = another.submitBody(another.request(false, null), key).expect(409);

        assertEquals("idempotency-key-reused", refused.problem());
        assertTrue(refused.json().getString("detail").contains(number), refused.body());
    }

    @Test
    void keysBelongToTheApplicantAndMustBeWellFormed() {
        String key = UUID.randomUUID().toString();
        PortalClient.Form first = portal.form(BIN);
        String mine = first.submitBody(first.request(false, null), key).expect(201).json().getString("number");
        PortalClient.Form other = portal.form("221140008086");
        String theirs = other.submitBody(other.request(false, null), key).expect(201).json().getString("number");
        assertNotEquals(mine, theirs, "another applicant's key of the same text is another key");

        PortalClient.Form badKey = portal.form(BIN);
        assertEquals("idempotency-key-invalid",
                badKey.submitBody(badKey.request(false, null), "with space").expect(400).problem());
        assertEquals("idempotency-key-invalid",
                badKey.submitBody(badKey.request(false, null), "k".repeat(256)).expect(400).problem());
    }
}
