package kz.gov.elicense.messaging.boundary;

import jakarta.ejb.EJBTransactionRolledbackException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DeliveryFailuresTest {

    @Test
    void theReasonIsTheInnermostCausesFirstLine() {
        SQLException lockTimeout = new SQLException("Timeout trying to lock table \"registry_check\"; SQL statement:\n"
                + "select rc1_0.id from registry_check rc1_0 for update");
        RuntimeException wrapped = new EJBTransactionRolledbackException("JDBC exception executing SQL",
                new IllegalStateException("could not execute query", lockTimeout));

        assertEquals("java.sql.SQLException: Timeout trying to lock table \"registry_check\"; SQL statement:",
                DeliveryFailures.reasonOf(wrapped));
    }
}
