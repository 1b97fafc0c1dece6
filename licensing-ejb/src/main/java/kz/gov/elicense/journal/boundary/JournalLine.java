package kz.gov.elicense.journal.boundary;

import java.time.Instant;
import java.time.LocalDate;

/** A journal entry as the office sees it; {@code stamp} is the registration stamp of an incoming document. */
public record JournalLine(String journal, String number, LocalDate recordedOn, Instant recordedAt, String recordedBy,
                          String applicationNumber, String correspondent, String subject, String dispatchMethod,
                          String address, String stamp) {
}
