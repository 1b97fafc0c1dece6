package kz.gov.elicense.registry.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJBException;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSDestinationDefinition;
import jakarta.jms.JMSDestinationDefinitions;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;

import java.time.Duration;
import java.time.Instant;
import kz.gov.elicense.observability.correlation.CorrelatedMessages;
import kz.gov.elicense.observability.correlation.CorrelationId;
import kz.gov.elicense.registry.control.RegistryHttpClient;
import kz.gov.elicense.registry.control.AnsweredRequests;
import kz.gov.elicense.registry.control.RegistryRequestRouter;
import kz.gov.elicense.registry.entity.Outcome;
import kz.gov.elicense.registry.entity.RegistryNotice;
import kz.gov.elicense.registry.entity.RegistryReply;
import kz.gov.elicense.registry.entity.RegistryUnavailableException;
import kz.gov.elicense.registry.entity.ScheduledReply;

/**
 * The e-government gateway's side of the registry checks: takes a request from
 * {@value #REQUEST_QUEUE}, lets the router answer it and puts the reply on {@value #REPLY_QUEUE}.
 * <p>
 * The queues are declared here because this module owns the gateway; the domain side only looks them up.
 * Container-managed transactions make consuming the request and sending the reply one unit of work: a
 * failure rolls both back and the request is redelivered under the server's redelivery settings, while a
 * malformed request is answered with {@link Outcome#ERROR} and never redelivered.
 * <p>
 * A registry that gives no answer (its circuit breaker open, or every retry failed) is not a failure of the message:
 * the request goes back on the request queue with a growing delivery delay and a notice on {@value #NOTICE_QUEUE}
 * tells the domain side that the check awaits the registry and why. Both are sent in the transaction that consumes the
 * request, so it is neither lost nor dead-lettered, and it is answered as soon as the registry is back.
 * <p>
 * A request answered before (by correlation id, in {@link AnsweredRequests}) is consumed without a second answer;
 * the claim is made only when an answer is sent, so a request put back for an unavailable registry is still answered.
 */
@JMSDestinationDefinitions({
        @JMSDestinationDefinition(
                name = RegistryRequestConsumer.REQUEST_QUEUE,
                interfaceName = "jakarta.jms.Queue",
                destinationName = "LicensingRegistryRequests",
                properties = "durable=true",
                description = "Registry checks sent by the licensing procedures to the e-government gateway"),
        @JMSDestinationDefinition(
                name = RegistryRequestConsumer.REPLY_QUEUE,
                interfaceName = "jakarta.jms.Queue",
                destinationName = "LicensingRegistryReplies",
                properties = "durable=true",
                description = "Registry answers returned by the e-government gateway, correlated by JMSCorrelationID"),
        @JMSDestinationDefinition(
                name = RegistryRequestConsumer.NOTICE_QUEUE,
                interfaceName = "jakarta.jms.Queue",
                destinationName = "LicensingRegistryNotices",
                properties = "durable=true",
                description = "Notices that a registry is unavailable and a request waits for it, correlated by JMSCorrelationID")
})
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = RegistryRequestConsumer.REQUEST_QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "acknowledgeMode", propertyValue = "Auto-acknowledge"),
        // bounds the parallel registry calls; redelivery limits live in the server's address settings
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
})
@TransactionAttribute(TransactionAttributeType.REQUIRED)
@Interceptors(CorrelatedMessages.class)
public class RegistryRequestConsumer implements MessageListener {

    public static final String REQUEST_QUEUE = "java:global/jms/licensing/RegistryRequests";
    public static final String REPLY_QUEUE = "java:global/jms/licensing/RegistryReplies";
    public static final String NOTICE_QUEUE = "java:global/jms/licensing/RegistryNotices";
    /** Int property on a request asked again: how many rounds of calls it has already had. */
    public static final String ROUND_PROPERTY = "round";
    /** String property on requests and replies naming the check, for selectors and monitoring. */
    public static final String CHECK_PROPERTY = "check";

    private static final System.Logger LOG = System.getLogger(RegistryRequestConsumer.class.getName());

    @Inject
    @JMSConnectionFactory("java:/JmsXA")
    JMSContext jms;

    @Resource(lookup = REPLY_QUEUE)
    Queue replies;

    @Resource(lookup = REQUEST_QUEUE)
    Queue requests;

    @Resource(lookup = NOTICE_QUEUE)
    Queue notices;

    @Inject
    RegistryRequestRouter router;

    @Inject
    RegistryHttpClient registries;

    @Inject
    AnsweredRequests answered;

    @Override
    public void onMessage(Message request) {
        String correlationId = correlationIdOf(request);
        String body = textOf(request);
        ScheduledReply scheduled;
        try {
            scheduled = router.answer(body);
        } catch (RegistryUnavailableException unavailable) {
            askAgainLater(request, correlationId, body, unavailable);
            return;
        }
        if (!answered.claim(correlationId, checkOf(request))) {
            LOG.log(System.Logger.Level.INFO, "Registry request {0} was answered before; this copy is ignored",
                    correlationId);
            return;
        }
        RegistryReply reply = scheduled.reply();
        if (reply.outcome() == Outcome.ERROR) {
            LOG.log(System.Logger.Level.WARNING, "Registry request {0} answered with ERROR: {1}",
                    correlationId, reply.summary());
        } else {
            LOG.log(System.Logger.Level.INFO, "Registry request {0} ({1}) answered {2}", correlationId,
                    reply.check(), reply.outcome());
        }
        CorrelationId.stamp(jms.createProducer())
                .setDeliveryMode(DeliveryMode.PERSISTENT)
                .setDeliveryDelay(scheduled.deliveryDelay().toMillis())
                .setJMSCorrelationID(correlationId)
                .setProperty(CHECK_PROPERTY, reply.check())
                .send(replies, reply.toJson());
    }

    private void askAgainLater(Message request, String correlationId, String body,
                               RegistryUnavailableException unavailable) {
        int round = roundOf(request) + 1;
        Duration delay = registries.settings().askAgainAfter(round);
        LOG.log(System.Logger.Level.WARNING, "Registry request {0}, round {1}: {2}; asking again in {3} s",
                correlationId, round, unavailable.reason(), delay.toSeconds());
        String check = propertyOf(request, CHECK_PROPERTY);
        CorrelationId.stamp(jms.createProducer())
                .setDeliveryMode(DeliveryMode.PERSISTENT)
                .setDeliveryDelay(delay.toMillis())
                .setJMSCorrelationID(correlationId)
                .setProperty(CHECK_PROPERTY, check)
                .setProperty(ROUND_PROPERTY, round)
                .send(requests, body);
        CorrelationId.stamp(jms.createProducer())
                .setDeliveryMode(DeliveryMode.PERSISTENT)
                .setJMSCorrelationID(correlationId)
                .setProperty(CHECK_PROPERTY, check)
                .send(notices, new RegistryNotice(unavailable.registry().path(), unavailable.reason(), round,
                        Instant.now().plus(delay)).toJson());
    }

    private static int roundOf(Message request) {
        try {
            return request.propertyExists(ROUND_PROPERTY) ? request.getIntProperty(ROUND_PROPERTY) : 0;
        } catch (JMSException | NumberFormatException e) {
            return 0;
        }
    }

    private static String propertyOf(Message request, String name) {
        try {
            return request.getStringProperty(name);
        } catch (JMSException e) {
            return null;
        }
    }

    private static String checkOf(Message request) {
        try {
            return request.getStringProperty(CHECK_PROPERTY);
        } catch (JMSException e) {
            throw new EJBException("cannot read registry request properties", e);
        }
    }

    /** The text of the body, or {@code null} for any other kind of message, which the router answers as ERROR. */
    private static String textOf(Message request) {
        if (!(request instanceof TextMessage text)) {
            return null;
        }
        try {
            return text.getText();
        } catch (JMSException e) {
            // the broker failed to hand over the body: transient, so roll back and let it be redelivered
            throw new EJBException("cannot read registry request body", e);
        }
    }

    /**
     * The sender's correlation id; a sender that forgot it still gets an answer, correlated to its message id
     * as the usual JMS request/reply convention has it.
     */
    private static String correlationIdOf(Message request) {
        try {
            String correlationId = request.getJMSCorrelationID();
            if (correlationId != null && !correlationId.isBlank()) {
                return correlationId;
            }
            LOG.log(System.Logger.Level.WARNING, "Registry request {0} has no JMSCorrelationID; replying with its message id",
                    request.getJMSMessageID());
            return request.getJMSMessageID();
        } catch (JMSException e) {
            throw new EJBException("cannot read registry request headers", e);
        }
    }
}
