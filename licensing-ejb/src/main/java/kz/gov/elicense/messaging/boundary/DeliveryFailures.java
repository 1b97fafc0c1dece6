package kz.gov.elicense.messaging.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.gov.elicense.messaging.entity.DeliveryFailure;

import java.time.Clock;
import java.util.Optional;

/** Notes why a consumer could not process a message, in a transaction of its own that survives the consumer's rollback. */
@Stateless
@PermitAll
public class DeliveryFailures {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void note(String queue, String correlationId, Throwable failure) {
        DeliveryFailure noted = em.find(DeliveryFailure.class, new DeliveryFailure.Key(queue, correlationId));
        if (noted == null) {
            noted = new DeliveryFailure(queue, correlationId);
            noted.failedAgain(reasonOf(failure), clock.instant());
            em.persist(noted);
        } else {
            noted.failedAgain(reasonOf(failure), clock.instant());
        }
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<DeliveryFailure> of(String queue, String correlationId) {
        return Optional.ofNullable(em.find(DeliveryFailure.class, new DeliveryFailure.Key(queue, correlationId)));
    }

    /**
     * The innermost cause names the fault (a lock timeout, a constraint); the wrappers only name the layers. Its
     * first line is enough: drivers append the whole SQL statement.
     */
    static String reasonOf(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage().lines().findFirst().orElse("");
        return root.getClass().getName() + message;
    }
}
