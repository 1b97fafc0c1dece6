package kz.gov.elicense.messaging.boundary;

import java.time.Instant;

/**
 * A message the broker parked in the dead-letter queue after its bounded redeliveries, as the operator sees it.
 *
 * @param id               the message's id, to re-drive it
 * @param originalQueue    the queue it came from and goes back to when re-driven
 * @param correlationId    the registry request it belongs to
 * @param check            the registry check named on the message, if any
 * @param sentAt           when it was first sent
 * @param failedDeliveries deliveries that failed with a recorded reason; 0 when the consumer could not record one
 * @param reason           why it could not be processed: the last failure the consumer recorded, or what is known
 * @param lastFailedAt     when it last failed, if recorded
 * @param body             the start of its body
 */
public record DeadLetter(String id, String originalQueue, String correlationId, String check, Instant sentAt,
                         int failedDeliveries, String reason, Instant lastFailedAt, String body) {
}
