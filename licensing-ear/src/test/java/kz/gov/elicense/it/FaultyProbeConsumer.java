package kz.gov.elicense.it;

import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.MessageDrivenContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import kz.gov.elicense.messaging.boundary.DeliveryFailures;

/**
 * The consumer of the desk test's queue: while the probe says it is faulty it notes the failure as the licensing
 * consumers do and rolls back, so the broker redelivers and finally parks the message; otherwise it consumes it.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = DeadLetterProbe.QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
})
public class FaultyProbeConsumer implements MessageListener {

    @EJB
    DeadLetterProbe probe;

    @EJB
    DeliveryFailures failures;

    @Resource
    MessageDrivenContext context;

    @Override
    public void onMessage(Message message) {
        String correlationId;
        try {
            correlationId = message.getJMSCorrelationID();
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
        if (probe.faulty()) {
            failures.note(DeadLetterProbe.QUEUE_NAME, correlationId,
                    new IllegalStateException("Lock timeout: the desk test holds the row this message needs"));
            context.setRollbackOnly();
            return;
        }
        probe.consume(correlationId);
    }
}
