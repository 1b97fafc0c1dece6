package kz.gov.elicense.notification.boundary;

import java.time.Instant;

/** A notification as an officer sees it. */
public record NotificationView(Long id, String recipientRole, String applicationNumber, String subject, String message,
                               Instant createdAt) {
}
