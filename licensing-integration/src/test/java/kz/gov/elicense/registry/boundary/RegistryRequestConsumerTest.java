package kz.gov.elicense.registry.boundary;

import jakarta.jms.BytesMessage;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import kz.gov.elicense.registry.control.AnsweredRequests;
import kz.gov.elicense.registry.control.RegistryRequestRouter;
import kz.gov.elicense.registry.control.SimulatedDismissedPersonsRegister;
import kz.gov.elicense.registry.control.SimulatedIndividualRegistry;
import kz.gov.elicense.registry.control.SimulatedLegalEntityRegistry;
import kz.gov.elicense.registry.control.SimulatedPaymentGateway;
import kz.gov.elicense.registry.control.SimulatedSpecialAccounts;
import kz.gov.elicense.registry.control.SimulatorSeed;
import kz.gov.elicense.registry.entity.Outcome;
import kz.gov.elicense.registry.entity.RegistryReply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The consumer's side of the contract: reply headers, properties and delivery delay. JMS is replaced by
 * recording proxies, so this runs without a broker; the transaction itself is the container's business.
 */
class RegistryRequestConsumerTest {

    private final Map<String, Object> sent = new HashMap<>();
    private final Queue replyQueue = proxy(Queue.class, Map.of("getQueueName", "LicensingRegistryReplies"));
    private RegistryRequestConsumer consumer;

    @BeforeEach
    void deployConsumer() {
        consumer = new RegistryRequestConsumer();
        consumer.jms = recordingContext();
        consumer.replies = replyQueue;
        consumer.answered = ledgerInMemory();
        consumer.router = new RegistryRequestRouter(
                new SimulatedLegalEntityRegistry(SimulatorSeed.fromResource(SimulatedLegalEntityRegistry.SEED)),
                new SimulatedIndividualRegistry(SimulatorSeed.fromResource(SimulatedIndividualRegistry.SEED)),
                new SimulatedSpecialAccounts(
                        SimulatorSeed.fromResource(SimulatedSpecialAccounts.CRIMINAL_RECORDS_SEED),
                        SimulatorSeed.fromResource(SimulatedSpecialAccounts.ADMINISTRATIVE_OFFENCES_SEED),
                        SimulatorSeed.fromResource(SimulatedSpecialAccounts.FORMAL_REQUESTS_SEED)),
                new SimulatedDismissedPersonsRegister(SimulatorSeed.fromResource(SimulatedDismissedPersonsRegister.SEED)),
                new SimulatedPaymentGateway(SimulatorSeed.fromResource(SimulatedPaymentGateway.SEED)));
    }

    @AfterEach
    void forgetConfiguredDelay() {
        System.clearProperty(SimulatedSpecialAccounts.DELAY_PROPERTY);
    }

    @Test
    void repliesPersistentlyToTheReplyQueueCorrelatedToTheRequest() {
        consumer.onMessage(textMessage("6f1c2e0a-3b4d-4c5e-9f60-718293a4b5c6",
                "{\"check\":\"LEGAL_ENTITY\",\"subject\":\"150440001011\"}"));

        assertSame(replyQueue, sent.get("destination"));
        assertEquals("6f1c2e0a-3b4d-4c5e-9f60-718293a4b5c6", sent.get("setJMSCorrelationID"));
        assertEquals(DeliveryMode.PERSISTENT, sent.get("setDeliveryMode"));
        assertEquals("LEGAL_ENTITY", sent.get("property:check"));
        assertEquals(0L, sent.get("setDeliveryDelay"));
        RegistryReply reply = RegistryReply.fromJson((String) sent.get("body"));
        assertEquals(Outcome.FOUND, reply.outcome());
        assertEquals("ТОО «Қалқан Күзет»", reply.data().get("name"));
    }

    @Test
    void holdsBackTheLateSpecialAccountsAnswerByTheConfiguredDelay() {
        System.setProperty(SimulatedSpecialAccounts.DELAY_PROPERTY, "7");

        consumer.onMessage(textMessage("late-1", "{\"check\":\"SPECIAL_ACCOUNTS\",\"subject\":\"200940006062\"}"));

        assertEquals(7_000L, sent.get("setDeliveryDelay"));
        assertEquals(Outcome.CLEAR, RegistryReply.fromJson((String) sent.get("body")).outcome());
    }

    @Test
    void answersAMalformedBodyWithAnErrorReplyRatherThanFailing() {
        consumer.onMessage(textMessage("broken-1", "{\"check\":\"LEGAL_ENTITY\",\"subject\":"));

        assertEquals("broken-1", sent.get("setJMSCorrelationID"));
        assertEquals(Outcome.ERROR, RegistryReply.fromJson((String) sent.get("body")).outcome());
    }

    @Test
    void answersAnUnknownCheckWithAnErrorReplyCarryingThatCheck() {
        consumer.onMessage(textMessage("unknown-1", "{\"check\":\"TAX_DEBT\",\"subject\":\"150440001011\"}"));

        assertEquals("TAX_DEBT", sent.get("property:check"));
        assertEquals(Outcome.ERROR, RegistryReply.fromJson((String) sent.get("body")).outcome());
    }

    @Test
    void answersANonTextMessageWithAnErrorReply() {
        consumer.onMessage(proxy(BytesMessage.class, Map.of("getJMSCorrelationID", "bytes-1")));

        assertEquals("bytes-1", sent.get("setJMSCorrelationID"));
        assertEquals(Outcome.ERROR, RegistryReply.fromJson((String) sent.get("body")).outcome());
    }

    @Test
    void correlatesToTheMessageIdWhenTheSenderSetNoCorrelationId() {
        Map<String, Object> answers = new HashMap<>();
        answers.put("getJMSMessageID", "ID:4711");
        answers.put("getText", "{\"check\":\"INDIVIDUAL\",\"subject\":\"800101300125\"}");

        consumer.onMessage(proxy(TextMessage.class, answers));

        assertEquals("ID:4711", sent.get("setJMSCorrelationID"));
    }

    @Test
    void aRequestAnsweredBeforeIsNeitherAskedNorAnsweredAgain() {
        consumer.onMessage(textMessage("twice-1", "{\"check\":\"LEGAL_ENTITY\",\"subject\":\"150440001011\"}"));
        assertEquals("twice-1", sent.get("setJMSCorrelationID"));
        sent.clear();

        consumer.onMessage(textMessage("twice-1", "{\"check\":\"LEGAL_ENTITY\",\"subject\":\"150440001011\"}"));

        assertTrue(sent.isEmpty(), "no second reply: " + sent);
    }

    /** The ledger's rule without its table: the first claim of a request id wins. */
    private static AnsweredRequests ledgerInMemory() {
        Set<String> claimed = new HashSet<>();
        return new AnsweredRequests() {
            @Override
            public boolean claim(String requestId, String check) {
                return claimed.add(requestId);
            }
        };
    }

    private static TextMessage textMessage(String correlationId, String body) {
        return proxy(TextMessage.class, Map.of("getJMSCorrelationID", correlationId, "getText", body,
                "getJMSMessageID", "ID:" + correlationId));
    }

    /** A JMSContext whose producers write every setter and the sent message into {@link #sent}. */
    private JMSContext recordingContext() {
        JMSProducer[] producer = new JMSProducer[1];
        producer[0] = (JMSProducer) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{JMSProducer.class},
                (self, method, args) -> switch (method.getName()) {
                    case "send" -> {
                        sent.put("destination", args[0]);
                        sent.put("body", args[1]);
                        yield self;
                    }
                    case "setProperty" -> {
                        sent.put("property:" + args[0], args[1]);
                        yield self;
                    }
                    case "toString" -> "recording producer";
                    case "hashCode" -> System.identityHashCode(self);
                    case "equals" -> self == args[0];
                    default -> {
                        sent.put(method.getName(), args == null ? null : args[0]);
                        yield self;
                    }
                });
        return proxy(JMSContext.class, Map.of("createProducer", producer[0]));
    }

    /** A stand-in answering the named methods with fixed values and everything else with null. */
    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Map<String, ?> answers) {
        return (T) Proxy.newProxyInstance(RegistryRequestConsumerTest.class.getClassLoader(), new Class<?>[]{type},
                (self, method, args) -> switch (method.getName()) {
                    case "toString" -> type.getSimpleName() + " stand-in";
                    case "hashCode" -> System.identityHashCode(self);
                    case "equals" -> self == args[0];
                    default -> answers.get(method.getName());
                });
    }
}
