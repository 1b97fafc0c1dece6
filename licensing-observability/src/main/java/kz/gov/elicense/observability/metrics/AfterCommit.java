package kz.gov.elicense.observability.metrics;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Runs a measurement once the current transaction commits, so that work rolled back and redone (a redelivered
 * message, a retried request) is counted once; outside a transaction it runs at once.
 */
public final class AfterCommit {

    private static final String REGISTRY = "java:comp/TransactionSynchronizationRegistry";

    private AfterCommit() {
    }

    public static void run(Runnable measurement) {
        TransactionSynchronizationRegistry transactions;
        try {
            transactions = InitialContext.doLookup(REGISTRY);
        } catch (NamingException noTransactions) {
            measurement.run();
            return;
        }
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            measurement.run();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    measurement.run();
                }
            }
        });
    }
}
