package kz.gov.elicense.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSDestinationDefinition;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.annotation.Resource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A queue of the test web module whose consumer ({@link FaultyProbeConsumer}) fails while the test says so: a message
 * sent while it fails exhausts its deliveries and the broker parks it in the dead-letter queue, with its original
 * address, as it parks a registry reply that cannot be recorded; once the fault is switched off, a re-drive is
 * consumed. Reached over HTTP, so that the browser test stays a client of the deployed EAR.
 */
@JMSDestinationDefinition(name = DeadLetterProbe.QUEUE, interfaceName = "jakarta.jms.Queue",
        destinationName = DeadLetterProbe.QUEUE_NAME, properties = "durable=true",
        description = "The desk test's queue whose consumer fails on demand")
@Singleton
@PermitAll
@Path("dead-letters")
@Produces(MediaType.TEXT_PLAIN)
public class DeadLetterProbe {

    public static final String QUEUE = "java:global/jms/licensing-it/DeskProbe";
    public static final String QUEUE_NAME = "LicensingDeskProbe";

    @Inject
    @JMSConnectionFactory("java:/JmsXA")
    JMSContext jms;

    @Resource(lookup = QUEUE)
    Queue queue;

    private boolean faulty;
    private final Set<String> consumed = new HashSet<>();

    /** Switches the consumer's fault on, sends a message and answers its correlation id. */
    @POST
    @Path("failing")
    public String sendWhileFailing() throws Exception {
        faulty = true;
        String correlationId = UUID.randomUUID().toString();
        TextMessage message = jms.createTextMessage("{\"requestId\":\"" + correlationId + "\",\"outcome\":\"CLEAR\"}");
        message.setJMSCorrelationID(correlationId);
        message.setStringProperty("check", "SPECIAL_ACCOUNTS");
        jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(queue, message);
        return correlationId;
    }

    /** The fault is gone: what arrives from now on is consumed. */
    @POST
    @Path("mended")
    public String mend() {
        faulty = false;
        return "mended";
    }

    @GET
    @Path("consumed/{correlationId}")
    public String consumed(@PathParam("correlationId") String correlationId) {
        return String.valueOf(consumed.contains(correlationId));
    }

    public boolean faulty() {
        return faulty;
    }

    public void consume(String correlationId) {
        consumed.add(correlationId);
    }
}
