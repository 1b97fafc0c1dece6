package kz.gov.elicense.messaging.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import kz.gov.elicense.application.entity.BoundedText;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * Why a message on a queue could not be processed, and how often. The broker keeps no reason with a dead letter,
 * so the consumer writes it here, keyed by the queue and the message's correlation id, which the dead letter keeps.
 */
@Entity
@Table(name = "message_delivery_failure")
@IdClass(DeliveryFailure.Key.class)
public class DeliveryFailure {

    @Id
    @Column(name = "queue_name", length = 100)
    private String queue;

    @Id
    @Column(name = "correlation_id", length = 100)
    private String correlationId;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_reason", nullable = false, length = 2000)
    private String lastReason;

    @Column(name = "last_failed_at", nullable = false)
    private Instant lastFailedAt;

    protected DeliveryFailure() {
        // for JPA
    }

    public DeliveryFailure(String queue, String correlationId) {
        this.queue = queue;
        this.correlationId = correlationId;
    }

    public void failedAgain(String reason, Instant at) {
        failures++;
        lastReason = BoundedText.fit(reason, 2000);
        lastFailedAt = at;
    }

    public String queue() {
        return queue;
    }

    public String correlationId() {
        return correlationId;
    }

    public int failures() {
        return failures;
    }

    public String lastReason() {
        return lastReason;
    }

    public Instant lastFailedAt() {
        return lastFailedAt;
    }

    /** The composite identifier: one row per queue and correlation id. */
    public static class Key implements Serializable {

        private String queue;
        private String correlationId;

        public Key() {
        }

        public Key(String queue, String correlationId) {
            this.queue = queue;
            this.correlationId = correlationId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(queue, key.queue)
                    && Objects.equals(correlationId, key.correlationId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(queue, correlationId);
        }
    }
}
