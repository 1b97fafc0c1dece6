package kz.gov.elicense.checks.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.annotation.Resource;
import jakarta.json.Json;
import kz.gov.elicense.checks.entity.RegistryCheck;
import kz.gov.elicense.observability.correlation.CorrelationId;

/**
 * Sends registry checks to the gateway's request queue as persistent messages. With the XA connection
 * factory the message leaves only when the transaction that recorded the check commits.
 */
@ApplicationScoped
public class JmsRegistryRequests implements RegistryRequests {

    public static final String REQUEST_QUEUE = "java:global/jms/licensing/RegistryRequests";

    @Inject
    @JMSConnectionFactory("java:/JmsXA")
    JMSContext jms;

    @Resource(lookup = REQUEST_QUEUE)
    Queue requests;

    @Override
    public String send(RegistryCheck check, String procedure) {
        String body = Json.createObjectBuilder()
                .add("check", check.kind().name())
                .add("subject", check.subject())
                .add("procedure", procedure)
                .build().toString();
        TextMessage message = jms.createTextMessage(body);
        try {
            message.setJMSCorrelationID(check.requestId());
            message.setStringProperty("check", check.kind().name());
            // the work that asked carries on in the consumers under the same id
            CorrelationId.stamp(message);
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot address registry request " + check.requestId(), e);
        }
        jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(requests, message);
        return body;
    }
}
