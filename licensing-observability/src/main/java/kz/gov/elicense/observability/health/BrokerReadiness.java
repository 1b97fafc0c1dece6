package kz.gov.elicense.observability.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.util.List;
import java.util.Map;

/**
 * The broker takes a connection from the application's connection factory and each registry queue exists: browsing
 * a queue fails when it is missing, and reads nothing off it.
 */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {

    static final String NAME = "licensing-broker";
    static final String CONNECTION_FACTORY = "java:/JmsXA";
    static final List<String> QUEUES = List.of(
            "java:global/jms/licensing/RegistryRequests",
            "java:global/jms/licensing/RegistryReplies",
            "java:global/jms/licensing/RegistryNotices");

    @Override
    public HealthCheckResponse call() {
        String at = CONNECTION_FACTORY;
        try {
            ConnectionFactory factory = Checks.lookup(CONNECTION_FACTORY, ConnectionFactory.class);
            HealthCheckResponseBuilder up = HealthCheckResponse.named(NAME).up()
                    .withData("connectionFactory", CONNECTION_FACTORY);
            try (JMSContext jms = factory.createContext()) {
                for (String name : QUEUES) {
                    at = name;
                    Queue queue = Checks.lookup(name, Queue.class);
                    try (QueueBrowser browser = jms.createBrowser(queue)) {
                        browser.getEnumeration();
                    }
                    up.withData(name.substring(name.lastIndexOf('/') + 1), queue.getQueueName());
                }
            }
            return up.build();
        } catch (Exception failure) {
            return Checks.down(NAME, at + ": " + Checks.reason(failure), Map.of("connectionFactory", CONNECTION_FACTORY));
        }
    }
}
