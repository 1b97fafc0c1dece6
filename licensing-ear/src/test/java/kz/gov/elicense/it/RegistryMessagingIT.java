package kz.gov.elicense.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.UserTransaction;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The registry messages in the real server and broker: every request and every reply delivered twenty times has one
 * effect, and a reply that cannot be recorded is redelivered a bounded number of times, parked in the dead-letter
 * queue with its reason, and applied once when the operator re-drives it after the fault is gone.
 */
@ExtendWith(ArquillianExtension.class)
class RegistryMessagingIT {

    /** The simulator answers the special accounts' formal request for this BIN late (8 s in the tests). */
    private static final String LATE_ANSWERED_BIN = "200940006062";
    private static final int COPIES = 20;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    JMSContext jms;

    @Resource(lookup = "java:global/jms/licensing/RegistryRequests")
    Queue requests;

    @Resource(lookup = "java:global/jms/licensing/RegistryReplies")
    Queue replies;

    @Resource(lookup = "java:jboss/datasources/LicensingDS")
    DataSource database;

    @Resource
    UserTransaction transaction;

    private final PortalClient portal = PortalClient.forTestServer();

    @Test
    void everyRequestAndReplyDeliveredTwentyTimesHasOneEffect() throws Exception {
        String number = toRegistryChecks();
        JsonObject answered = portal.awaitApplication(number, PortalClient.atStep("REPORT_AND_RESULT"),
                Duration.ofSeconds(90));
        List<Question> questions = questionsOf(number);
        assertEquals(checks(answered).size(), questions.size());

        for (Question question : questions) {
            for (int copy = 0; copy < COPIES; copy++) {
                send(requests, question.requestId(), question.check(), Json.createObjectBuilder()
                        .add("check", question.check()).add("subject", question.subject())
                        .add("procedure", question.procedure()).build().toString());
            }
        }
        // a second reply to any copy would come at the latest one late-answer delay (8 s) after it
        Thread.sleep(15_000);
        JsonObject settled = portal.read(number, "executor").expect(200).json();
        assertEquals(checksOf(answered), checksOf(settled), "no answer was recorded again");
        assertTrue(checks(settled).stream().allMatch(c -> c.getInt("repeatedAnswers") == 0),
                "the gateway replied once to each request: " + checks(settled));
        assertEquals(questions.size(), ledgerEntries(questions), "each request is in the gateway's ledger once");

        for (Question question : questions) {
            for (int copy = 0; copy < COPIES; copy++) {
                send(replies, question.requestId(), question.check(), Json.createObjectBuilder()
                        .add("check", question.check()).add("subject", question.subject())
                        .add("outcome", "HIT").add("summary", "A different answer that must not replace the first")
                        .add("data", Json.createObjectBuilder()).build().toString());
            }
        }
        JsonObject afterCopies = portal.awaitApplication(number, a -> checks(a).stream()
                .allMatch(c -> c.getInt("repeatedAnswers") == COPIES), Duration.ofSeconds(90));
        assertEquals(answersOf(settled), answersOf(afterCopies), "the first answers stand, unchanged");
        assertEquals("REPORT_AND_RESULT", afterCopies.getString("currentStep"));
        assertEquals(1, stepsCoded(afterCopies, "REGISTRY_CHECKS"), "the check step completed once");
        assertEquals(1, stepsCoded(afterCopies, "REPORT_AND_RESULT"), "the case moved on once");
        assertEquals(settled.getJsonArray("history"), afterCopies.getJsonArray("history"));
    }

    @Test
    void aReplyThatCannotBeRecordedIsParkedWithItsReasonAndAppliedOnceWhenReDriven() throws Exception {
        assertEquals(403, portal.get("office/dead-letters", "executor").status(), "the operator's desk only");
        String number = toRegistryChecks();
        Question special = questionsOf(number).stream().filter(q -> q.check().equals("SPECIAL_ACCOUNTS"))
                .findFirst().orElseThrow();

        // the fault: another transaction holds the check's row, so recording its answer times out on the lock
        transaction.setTransactionTimeout(240);
        transaction.begin();
        JsonObject parked;
        try (Connection connection = database.getConnection();
             PreparedStatement lock = connection.prepareStatement(
                     "select id from registry_check where request_id = ? for update")) {
            lock.setString(1, special.requestId());
            lock.executeQuery().close();

            parked = awaitDeadLetter(special.requestId(), Duration.ofSeconds(200));
            JsonObject waiting = portal.read(number, "executor").expect(200).json();
            assertEquals("REGISTRY_CHECKS", waiting.getString("currentStep"));
            assertEquals("AWAITING_ANSWER", checks(waiting).stream()
                    .filter(c -> c.getString("check").equals("SPECIAL_ACCOUNTS")).findFirst().orElseThrow()
                    .getString("state"));
        } finally {
            transaction.rollback();
        }
        assertEquals("LicensingRegistryReplies", parked.getString("originalQueue"));
        assertEquals("SPECIAL_ACCOUNTS", parked.getString("check"));
        assertEquals(5, parked.getInt("failedDeliveries"), "max-delivery-attempts, then the dead-letter queue");
        assertTrue(parked.getString("reason").toLowerCase().contains("lock"), parked.getString("reason"));
        assertTrue(parked.getString("body").contains("CLEAR"), parked.getString("body"));

        PortalClient.Response redriven = portal.post("office/dead-letters/" + parked.getString("id") + "/redrive",
                "head", "{}").expect(200);
        assertEquals(special.requestId(), redriven.json().getString("correlationId"));
        JsonObject applied = portal.awaitApplication(number, PortalClient.atStep("REPORT_AND_RESULT"),
                Duration.ofSeconds(60));
        JsonObject answer = checks(applied).stream().filter(c -> c.getString("check").equals("SPECIAL_ACCOUNTS"))
                .findFirst().orElseThrow();
        assertEquals("CLEAR", answer.getString("outcome"));
        assertEquals(0, answer.getInt("repeatedAnswers"));
        assertEquals(1, stepsCoded(applied, "REPORT_AND_RESULT"));
        assertTrue(deadLetters().stream().noneMatch(d -> special.requestId().equals(d.getString("correlationId", null))),
                "no longer parked");
        assertEquals(404, portal.post("office/dead-letters/" + parked.getString("id") + "/redrive", "head", "{}")
                .status(), "re-driven once");
    }

    private String toRegistryChecks() {
        String number = portal.form(LATE_ANSWERED_BIN).submitted();
        portal.assign(number, "executor").expect(200);
        assertEquals("REGISTRY_CHECKS", portal.completeness(number, true, null).expect(200).json()
                .getString("currentStep"));
        return number;
    }

    private JsonObject awaitDeadLetter(String correlationId, Duration timeout) throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            for (JsonObject letter : deadLetters()) {
                if (correlationId.equals(letter.getString("correlationId", null))) {
                    return letter;
                }
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("No dead letter for " + correlationId + " in " + timeout + ": " + deadLetters());
    }

    private List<JsonObject> deadLetters() {
        return portal.get("office/dead-letters", "head").expect(200).jsonArray().getValuesAs(JsonObject.class);
    }

    private void send(Queue queue, String correlationId, String check, String body) throws JMSException {
        TextMessage message = jms.createTextMessage(body);
        message.setJMSCorrelationID(correlationId);
        message.setStringProperty("check", check);
        jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(queue, message);
    }

    private record Question(String requestId, String check, String subject, String procedure) {
    }

    private List<Question> questionsOf(String number) throws SQLException {
        List<Question> questions = new ArrayList<>();
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement("select c.request_id, c.check_kind, c.subject,"
                     + " a.procedure_type from registry_check c join application a on a.id = c.application_id"
                     + " where a.number = ? order by c.id")) {
            query.setString(1, number);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    questions.add(new Question(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4)));
                }
            }
        }
        return questions;
    }

    private int ledgerEntries(List<Question> questions) throws SQLException {
        int entries = 0;
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select count(*) from gateway_answered_request where request_id = ?")) {
            for (Question question : questions) {
                query.setString(1, question.requestId());
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    entries += rows.getInt(1);
                }
            }
        }
        return entries;
    }

    private static List<JsonObject> checks(JsonObject application) {
        return application.getJsonArray("checks").getValuesAs(JsonObject.class);
    }

    private static Map<String, JsonObject> checksOf(JsonObject application) {
        return checks(application).stream().collect(Collectors.toMap(RegistryMessagingIT::question, Function.identity()));
    }

    /** What each check's answer says and when it was recorded, without the repeat count. */
    private static Map<String, String> answersOf(JsonObject application) {
        return checks(application).stream().collect(Collectors.toMap(RegistryMessagingIT::question,
                c -> c.getString("outcome") + " at " + c.getString("answeredAt") + ": " + c.getString("summary")));
    }

    /** A question is its check and its subject: the same check is asked of the organisation and of its head. */
    private static String question(JsonObject check) {
        return check.getString("check") + " of " + check.getString("subject");
    }

    private static long stepsCoded(JsonObject application, String code) {
        return application.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .filter(s -> code.equals(s.getString("code"))).count();
    }
}
