package kz.gov.elicense.registry.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The gateway's ledger of the requests it has answered, by correlation id. It is written through the JTA data
 * source, in the transaction that consumes the request and sends the reply, so the three commit together: a request
 * delivered again (a redelivery, a re-drive, a sender's retry) finds its entry and is neither asked of the registry
 * again (a formal request to the special accounts committee is a real act) nor answered twice.
 * <p>
 * Plain JDBC: this module has no persistence unit of its own; the table is created by licensing-ejb's migrations.
 */
@ApplicationScoped
public class AnsweredRequests {

    @Resource(lookup = "java:jboss/datasources/LicensingDS")
    DataSource database;

    /**
     * Claims a request for answering; false when it was answered before. Two copies claimed at once both insert;
     * the second waits for the first's row lock and fails on the primary key, so its transaction rolls back and its
     * redelivery finds the entry.
     */
    public boolean claim(String requestId, String check) {
        try (Connection connection = database.getConnection()) {
            try (PreparedStatement answered = connection.prepareStatement(
                    "select 1 from gateway_answered_request where request_id = ?")) {
                answered.setString(1, requestId);
                try (ResultSet found = answered.executeQuery()) {
                    if (found.next()) {
                        return false;
                    }
                }
            }
            try (PreparedStatement claim = connection.prepareStatement(
                    "insert into gateway_answered_request (request_id, check_kind, answered_at) values (?, ?, ?)")) {
                claim.setString(1, requestId);
                claim.setString(2, check);
                claim.setTimestamp(3, Timestamp.from(Instant.now()));
                claim.executeUpdate();
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot consult the ledger of answered requests for " + requestId, e);
        }
    }
}
