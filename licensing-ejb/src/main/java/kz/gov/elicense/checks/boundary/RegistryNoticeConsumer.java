package kz.gov.elicense.checks.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import kz.gov.elicense.observability.correlation.CorrelatedMessages;

import java.io.StringReader;
import java.util.logging.Logger;

/**
 * Takes the gateway's notices that a registry is unavailable (body
 * {@code {"registry":"...","reason":"...","round":2,"askAgainAt":"..."}}, correlated like the replies) and shows them
 * on the waiting check. The gateway asks again by itself; the answer then arrives on the reply queue as usual.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:global/jms/licensing/RegistryNotices"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
})
@Interceptors(CorrelatedMessages.class)
public class RegistryNoticeConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(RegistryNoticeConsumer.class.getName());

    @Inject
    RegistryChecks checks;

    @Override
    public void onMessage(Message message) {
        String requestId;
        String body;
        try {
            requestId = message.getJMSCorrelationID();
            body = ((TextMessage) message).getText();
        } catch (JMSException e) {
            throw new IllegalStateException("Unreadable registry notice", e);
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonObject notice = reader.readObject();
            checks.awaitRegistry(requestId, notice.getString("reason"), notice.getInt("round"));
        } catch (JsonException | ClassCastException | NullPointerException | IllegalStateException e) {
            // a notice only informs; the answer still comes, so an unreadable one is dropped, not redelivered
            LOG.warning(() -> "Unreadable registry notice for request " + requestId + " dropped: " + body);
        }
    }
}
