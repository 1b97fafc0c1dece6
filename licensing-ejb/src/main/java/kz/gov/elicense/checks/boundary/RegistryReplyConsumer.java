package kz.gov.elicense.checks.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

/** Takes the registries' replies off the reply queue and records them. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:global/jms/licensing/RegistryReplies"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
})
public class RegistryReplyConsumer implements MessageListener {

    @Inject
    RegistryChecks checks;

    @Override
    public void onMessage(Message message) {
        try {
            checks.record(message.getJMSCorrelationID(), ((TextMessage) message).getText());
        } catch (JMSException e) {
            throw new IllegalStateException("Unreadable registry reply", e);
        }
    }
}
