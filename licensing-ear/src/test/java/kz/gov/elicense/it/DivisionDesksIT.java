package kz.gov.elicense.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The provider's desks that issue 7 narrows to the officer's division: the dead letters (a letter belongs to the
 * division of the application whose registry check it carries) and the executor's decision on a scanned fee receipt.
 * The head of the second demo division (head2, MVD-ALMATY) neither sees nor re-drives a dead letter of an MVD-ASTANA
 * application; an executor of MVD-ALMATY (the test's own account) finds no MVD-ASTANA application to decide the
 * receipt of. Each refusal is answered as not found and is an ACCESS_DENIED entry in the audit trail. A letter that
 * carries no registry check of this application is every head's.
 * <p>
 * The letters are put on the dead-letter queue by the test itself, as the broker parks them (correlated by the
 * check's request id), and taken off again at the end; RegistryMessagingIT shows how a real one is parked and
 * re-driven.
 */
@ExtendWith(ArquillianExtension.class)
class DivisionDesksIT {

    private static final String APPLICANT = "221140008086";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    JMSContext jms;

    @Resource(lookup = "java:/jms/queue/DLQ")
    Queue deadLetterQueue;

    @Resource(lookup = "java:jboss/datasources/LicensingDS")
    DataSource database;

    private final PortalClient portal = PortalClient.forTestServer();

    @Test
    void theHeadOfAnotherDivisionNeitherSeesNorReDrivesThisDivisionsDeadLetters() throws Exception {
        String number = portal.form(APPLICANT).submitted();
        portal.assign(number, "executor").expect(200);
        assertEquals("REGISTRY_CHECKS", portal.completeness(number, true, null).expect(200).json()
                .getString("currentStep"));
        String requestId = requestIdOf(number);
        String ofNoCheck = UUID.randomUUID().toString();
        park(requestId);
        park(ofNoCheck);
        try {
            JsonObject ours = letter("head", requestId).orElseThrow(() -> new AssertionError(
                    "the head of MVD-ASTANA sees the letter of its application " + number));
            assertTrue(letter("head2", requestId).isEmpty(), "not in the list of the head of MVD-ALMATY");
            assertTrue(letter("head2", ofNoCheck).isPresent(), "a letter of no division's case is every head's");
            assertTrue(letter("head", ofNoCheck).isPresent(), "a letter of no division's case is every head's");

            PortalClient.Response redrive = portal.post("office/dead-letters/" + ours.getString("id") + "/redrive",
                    "head2", "{}");
            assertEquals(404, redrive.status(), redrive.body());
            assertEquals("not-found", redrive.problem());
            assertTrue(letter("head", requestId).isPresent(), "the letter stays parked, untouched");
            assertTrue(deniedTo("head2", number).stream().anyMatch(e -> e.getString("detail")
                            .contains("re-drive of dead letter " + ours.getString("id"))),
                    "the refusal is in the audit trail: " + deniedTo("head2", number));
        } finally {
            takeOff(requestId);
            takeOff(ofNoCheck);
        }
    }

    @Test
    void anExecutorOfAnotherDivisionFindsNoApplicationToDecideTheFeeReceiptOf() throws Exception {
        String number = portal.form(APPLICANT).submitted();
        portal.assign(number, "executor").expect(200);
        String outsider = almatyExecutor();
        String decision = "{\"confirmed\":true}";

        PortalClient.Response elsewhere = portal.post("applications/" + number + "/fee-receipt", outsider, decision);
        assertEquals(404, elsewhere.status(), elsewhere.body());
        assertEquals("not-found", elsewhere.problem(), "as if the application did not exist");
        assertEquals(404, portal.post("applications/SEC-2099-999999/fee-receipt", outsider, decision).status());
        assertTrue(deniedTo(outsider, number).stream().anyMatch(e -> e.getString("detail")
                        .contains("fee-receipt decision") && e.getString("detail").contains("another division")),
                "the refusal is in the audit trail: " + deniedTo(outsider, number));
        assertEquals(403, portal.post("applications/" + number + "/fee-receipt", "head2", decision).status(),
                "the head of MVD-ALMATY decides no receipt at all");

        // the assigned executor of the application's own division gets past the lookup, to the receipt itself
        PortalClient.Response own = portal.post("applications/" + number + "/fee-receipt", "executor", decision);
        assertEquals(409, own.status(), own.body());
        assertEquals("no-fee-receipt", own.problem());
    }

    private Optional<JsonObject> letter(String head, String correlationId) {
        return portal.get("office/dead-letters", head).expect(200).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(l -> correlationId.equals(l.getString("correlationId", null))).findFirst();
    }

    private List<JsonObject> deniedTo(String actor, String number) {
        return portal.get("audit/entries?actor=" + actor + "&subject=" + number, "auditor").expect(200).jsonArray()
                .getValuesAs(JsonObject.class).stream().filter(e -> "ACCESS_DENIED".equals(e.getString("action")))
                .toList();
    }

    /** Parks a registry answer on the dead-letter queue, as the broker does after its bounded redeliveries. */
    private void park(String correlationId) throws JMSException {
        TextMessage message = jms.createTextMessage("{\"requestId\":\"" + correlationId + "\",\"outcome\":\"CLEAR\"}");
        message.setJMSCorrelationID(correlationId);
        message.setStringProperty("check", "SPECIAL_ACCOUNTS");
        jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(deadLetterQueue, message);
    }

    private void takeOff(String correlationId) {
        try (JMSConsumer consumer = jms.createConsumer(deadLetterQueue, "JMSCorrelationID = '" + correlationId + "'")) {
            while (consumer.receive(2000) != null) {
                // taken off: the letter was the test's own
            }
        }
    }

    private String requestIdOf(String number) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement("select c.request_id from registry_check c"
                     + " join application a on a.id = c.application_id where a.number = ? order by c.id")) {
            query.setString(1, number);
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next(), "a registry check of " + number);
                return rows.getString(1);
            }
        }
    }

    /** An executor account of MVD-ALMATY with the password "demo" (the demo executor's hash), the test's own. */
    private String almatyExecutor() throws SQLException {
        String name = "executor-almaty-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection connection = database.getConnection()) {
            try (PreparedStatement account = connection.prepareStatement("insert into account"
                    + " (user_name, password_hash, provider, division) select ?, password_hash, 'MVD', 'MVD-ALMATY'"
                    + " from account where user_name = 'executor'")) {
                account.setString(1, name);
                assertEquals(1, account.executeUpdate());
            }
            try (PreparedStatement role = connection.prepareStatement(
                    "insert into account_role (user_name, role) values (?, 'executor')")) {
                role.setString(1, name);
                role.executeUpdate();
            }
        }
        return name;
    }
}
