package kz.gov.elicense.messaging.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.gov.elicense.account.boundary.Accounts;
import kz.gov.elicense.application.entity.OfficerRole;
import kz.gov.elicense.messaging.entity.DeliveryFailure;
import kz.gov.elicense.problem.Rejection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The operator's view of the dead-letter queue and the re-drive of its messages to the queues they came from.
 * <p>
 * Plain JMS rather than the broker's management API: a {@link QueueBrowser} lists without consuming, and a re-drive
 * is a receive from the dead-letter queue and a send to the original queue through the XA connection factory, so
 * both happen in this bean's transaction or neither does: a message is never lost between the queues nor doubled.
 * It needs no management rights and no broker-specific object names; the only broker-specific thing is the property
 * in which ActiveMQ Artemis keeps a dead letter's original address.
 * <p>
 * A head of the provider sees and re-drives the dead letters of their own division only (issue 7). A dead letter is
 * a registry message, correlated by the request id of its registry check; it belongs to the division of the
 * application that check was asked for, or, for a counter lookup's question (asked before there is an application),
 * to the division of the application entered on the lookup, else of the officer who made the lookup. A letter that
 * names no registry check of this application (no correlation id, or one no check has) concerns no division's case
 * and is every head's to see and re-drive, as the whole desk was before divisions. Another division's letter is left
 * out of the list, and its re-drive is answered as not found, with an ACCESS_DENIED entry in the audit trail.
 */
@Stateless
@RolesAllowed(OfficerRole.HEAD_OF_PROVIDER_ROLE)
public class DeadLetters {

    public static final String DEAD_LETTER_QUEUE = "java:/jms/queue/DLQ";
    /** Where Artemis notes the address a dead letter was first sent to. */
    static final String ORIGINAL_ADDRESS = "_AMQ_ORIG_ADDRESS";
    /** Artemis addresses a JMS queue as {@code jms.queue.<name>} in WildFly. */
    private static final String JMS_QUEUE_PREFIX = "jms.queue.";
    private static final Pattern MESSAGE_ID = Pattern.compile("[0-9a-fA-F-]{1,64}");
    private static final int BODY_SHOWN = 500;
    private static final long RECEIVE_WAIT_MILLIS = 2000;
    private static final Logger LOG = Logger.getLogger(DeadLetters.class.getName());

    @Inject
    @JMSConnectionFactory("java:/JmsXA")
    JMSContext jms;

    @Resource(lookup = DEAD_LETTER_QUEUE)
    Queue deadLetters;

    @Inject
    DeliveryFailures failures;

    @Inject
    Accounts accounts;

    @Resource
    SessionContext caller;

    @PersistenceContext
    EntityManager em;

    /** The dead letters of the caller's division (and those of none), oldest first. */
    public List<DeadLetter> list() {
        Optional<String> division = callerDivision();
        return browse(null).stream().filter(message -> covers(division, concernOf(message))).map(this::view)
                .toList();
    }

    /** Sends one dead letter of the caller's division back to its original queue. */
    public DeadLetter redrive(String id) {
        if (id == null || !MESSAGE_ID.matcher(id).matches()) {
            throw Rejection.invalid("dead-letter-id-invalid", "Not a message id", "A dead letter's id is a UUID");
        }
        String selector = "JMSMessageID = 'ID:" + id + "'";
        // looked at before it is taken: another division's letter stays parked, untouched
        for (Message message : browse(selector)) {
            Concern concern = concernOf(message);
            if (!covers(callerDivision(), concern)) {
                accounts.deniedOutsideDivision(callerName(), concern.applicationNumber(), "re-drive of dead letter "
                        + id);
                throw Rejection.notFound("dead letter " + id);
            }
        }
        try (JMSConsumer consumer = jms.createConsumer(deadLetters, selector)) {
            Message message = consumer.receive(RECEIVE_WAIT_MILLIS);
            if (message == null) {
                throw Rejection.notFound("dead letter " + id);
            }
            DeadLetter redriven = view(message);
            sendBack(message);
            return redriven;
        }
    }

    /** Sends every dead letter of the caller's division back to its original queue; returns those sent. */
    public List<DeadLetter> redriveAll() {
        Optional<String> division = callerDivision();
        List<DeadLetter> redriven = new ArrayList<>();
        for (Message parked : browse(null)) {
            if (!covers(division, concernOf(parked))) {
                continue;
            }
            try (JMSConsumer consumer = jms.createConsumer(deadLetters,
                    "JMSMessageID = '" + parked.getJMSMessageID() + "'")) {
                Message message = consumer.receive(RECEIVE_WAIT_MILLIS);
                if (message != null) {
                    redriven.add(view(message));
                    sendBack(message);
                }
            } catch (JMSException e) {
                throw new JMSRuntimeException("Cannot re-drive dead letter: " + e.getMessage());
            }
        }
        return redriven;
    }

    private List<Message> browse(String selector) {
        try (QueueBrowser browser = selector == null ? jms.createBrowser(deadLetters)
                : jms.createBrowser(deadLetters, selector)) {
            Enumeration<?> messages = browser.getEnumeration();
            return Collections.list(messages).stream().map(Message.class::cast).toList();
        } catch (JMSException e) {
            throw new JMSRuntimeException("Cannot browse the dead-letter queue: " + e.getMessage());
        }
    }

    /** The application a dead letter is about and its division; both null for a letter of no registry check. */
    record Concern(String applicationNumber, String division) {
        static final Concern NONE = new Concern(null, null);
    }

    private Concern concernOf(Message message) {
        String requestId;
        try {
            requestId = message.getJMSCorrelationID();
        } catch (JMSException e) {
            throw new JMSRuntimeException("Cannot read a dead letter's correlation id: " + e.getMessage());
        }
        if (requestId == null) {
            return Concern.NONE;
        }
        List<Object[]> ofApplication = em.createQuery("select a.number, a.division from RegistryCheck c, Application a"
                        + " where c.requestId = :requestId and a.id = c.applicationId", Object[].class)
                .setParameter("requestId", requestId).getResultList();
        if (!ofApplication.isEmpty()) {
            return new Concern((String) ofApplication.get(0)[0], (String) ofApplication.get(0)[1]);
        }
        List<Object[]> ofLookup = em.createQuery("select l.applicationNumber, l.requestedBy from RegistryCheck c,"
                        + " CounterLookup l where c.requestId = :requestId and l.id = c.lookupId", Object[].class)
                .setParameter("requestId", requestId).getResultList();
        if (ofLookup.isEmpty()) {
            return Concern.NONE;
        }
        String entered = (String) ofLookup.get(0)[0];
        if (entered != null) {
            List<String> division = em.createQuery("select a.division from Application a where a.number = :number",
                    String.class).setParameter("number", entered).getResultList();
            if (!division.isEmpty()) {
                return new Concern(entered, division.get(0));
            }
        }
        return new Concern(entered, accounts.divisionOf((String) ofLookup.get(0)[1]).orElse(Accounts.NO_DIVISION));
    }

    /** Whether the caller of this division may handle the letter: their division's, or no division's. */
    private static boolean covers(Optional<String> callerDivision, Concern concern) {
        return concern.division() == null || callerDivision.map(concern.division()::equals).orElse(true);
    }

    /** Empty for the application's own code running with a role (no account), which sees every letter. */
    private Optional<String> callerDivision() {
        return accounts.divisionOf(callerName());
    }

    private String callerName() {
        return caller.getCallerPrincipal().getName();
    }

    private void sendBack(Message message) {
        try {
            Queue origin = originOf(message).orElseThrow(() -> Rejection.conflict("dead-letter-origin-unknown",
                    "The message's queue is not known", "The broker did not record where this message came from"));
            JMSProducer producer = jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
            if (message.getJMSCorrelationID() != null) {
                producer.setJMSCorrelationID(message.getJMSCorrelationID());
            }
            for (Object name : Collections.list(message.getPropertyNames())) {
                String property = (String) name;
                // the broker's own bookkeeping (original address, delivery count) is not the message's content
                if (!property.startsWith("_AMQ") && !property.startsWith("JMSX")) {
                    producer.setProperty(property, message.getObjectProperty(property));
                }
            }
            if (!(message instanceof TextMessage text)) {
                throw Rejection.conflict("dead-letter-not-text", "Only text messages are re-driven",
                        "The licensing queues carry JSON text; this message is " + message.getClass().getSimpleName());
            }
            producer.send(origin, text.getText());
            LOG.info(() -> "Dead letter " + idOf(message) + " re-driven to " + origin);
        } catch (JMSException e) {
            throw new JMSRuntimeException("Cannot re-drive dead letter: " + e.getMessage());
        }
    }

    private Optional<Queue> originOf(Message message) throws JMSException {
        String address = message.getStringProperty(ORIGINAL_ADDRESS);
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        String name = address.startsWith(JMS_QUEUE_PREFIX) ? address.substring(JMS_QUEUE_PREFIX.length()) : address;
        return Optional.of(jms.createQueue(name));
    }

    private DeadLetter view(Message message) {
        try {
            String address = message.getStringProperty(ORIGINAL_ADDRESS);
            String queue = address == null ? null
                    : address.startsWith(JMS_QUEUE_PREFIX) ? address.substring(JMS_QUEUE_PREFIX.length()) : address;
            String correlationId = message.getJMSCorrelationID();
            Optional<DeliveryFailure> failure = queue == null || correlationId == null ? Optional.empty()
                    : failures.of(queue, correlationId);
            String reason = failure.map(DeliveryFailure::lastReason)
                    .orElse("Not processed within the queue's bounded redeliveries; the consumer recorded no reason"
                            + " (see the server log)");
            String body = message instanceof TextMessage text ? text.getText() : "(" + message.getClass().getSimpleName() + ")";
            if (body != null && body.length() > BODY_SHOWN) {
                body = body.substring(0, BODY_SHOWN) + "…";
            }
            return new DeadLetter(idOf(message), queue, correlationId,
                    message.propertyExists("check") ? message.getStringProperty("check") : null,
                    message.getJMSTimestamp() == 0 ? null : Instant.ofEpochMilli(message.getJMSTimestamp()),
                    failure.map(DeliveryFailure::failures).orElse(0), reason,
                    failure.map(DeliveryFailure::lastFailedAt).orElse(null), body);
        } catch (JMSException e) {
            throw new JMSRuntimeException("Cannot read a dead letter: " + e.getMessage());
        }
    }

    private static String idOf(Message message) {
        try {
            String id = message.getJMSMessageID();
            return id != null && id.startsWith("ID:") ? id.substring(3) : id;
        } catch (JMSException e) {
            throw new JMSRuntimeException("Cannot read a dead letter's id: " + e.getMessage());
        }
    }
}
