package kz.gov.elicense.checks.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import kz.gov.elicense.messaging.boundary.DeliveryFailures;
import kz.gov.elicense.observability.correlation.CorrelatedMessages;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Takes the registries' replies off the reply queue and records them. A reply that cannot be recorded rolls back and
 * is redelivered under the queue's bounded redeliveries, then parked in the dead-letter queue; each failure's reason
 * is noted first, for the operator who re-drives it.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:global/jms/licensing/RegistryReplies"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
})
@Interceptors(CorrelatedMessages.class)
public class RegistryReplyConsumer implements MessageListener {

    /** The reply queue's name, as dead letters name their original queue. */
    public static final String QUEUE_NAME = "LicensingRegistryReplies";

    private static final Logger LOG = Logger.getLogger(RegistryReplyConsumer.class.getName());

    @Inject
    RegistryChecks checks;

    @Inject
    DeliveryFailures failures;

    @Override
    public void onMessage(Message message) {
        String correlationId = correlationIdOf(message);
        try {
            if (!(message instanceof TextMessage text)) {
                throw new IllegalArgumentException("A registry reply must be a text message, not "
                        + message.getClass().getSimpleName());
            }
            checks.record(correlationId, text.getText());
        } catch (JMSException | RuntimeException failure) {
            noteFailure(correlationId, failure);
            throw failure instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("Unreadable registry reply " + correlationId, failure);
        }
    }

    /** Noting the reason must never hide the failure itself, which is what gets the message redelivered. */
    private void noteFailure(String correlationId, Exception failure) {
        try {
            failures.note(QUEUE_NAME, correlationId, failure);
        } catch (RuntimeException notNoted) {
            LOG.log(Level.WARNING, "Could not note why registry reply " + correlationId + " failed", notNoted);
        }
    }

    private static String correlationIdOf(Message message) {
        try {
            String correlationId = message.getJMSCorrelationID();
            return correlationId != null ? correlationId : message.getJMSMessageID();
        } catch (JMSException e) {
            throw new IllegalStateException("Unreadable registry reply headers", e);
        }
    }
}
