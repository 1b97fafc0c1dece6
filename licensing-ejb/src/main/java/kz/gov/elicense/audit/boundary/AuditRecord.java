package kz.gov.elicense.audit.boundary;

import java.time.Instant;

/** One entry of the audit trail as it is read: who did what to which application or licence, when. */
public record AuditRecord(long sequence, Instant recordedAt, String actor, String action, String subject,
                          String detail) {
}
