package kz.gov.elicense.numbering.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import kz.gov.elicense.numbering.entity.NumberCounter;

/**
 * Hands out the next number of a counter. The counter row stays write-locked until the caller's transaction
 * ends: concurrent callers queue, and a rolled-back caller's number is given to the next one.
 */
@Stateless
@PermitAll
public class Counters {

    @PersistenceContext
    EntityManager em;

    @jakarta.ejb.EJB
    Counters self;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public long next(String key) {
        NumberCounter counter = em.find(NumberCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            try {
                self.create(key);
            } catch (EJBException createdConcurrently) {
                // another transaction created it first: the locked read below finds it
            }
            counter = em.find(NumberCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        }
        return counter.next();
    }

    /** Creates a counter in its own transaction, so that the first use of a key does not hold the caller up. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create(String key) {
        if (em.find(NumberCounter.class, key) == null) {
            em.persist(new NumberCounter(key));
        }
    }
}
