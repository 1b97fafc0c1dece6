package kz.gov.elicense.register.boundary;

import java.time.LocalDate;

/** A register entry as anyone may see it, with whether the licence document's signature verifies. */
public record LicenceView(String number, String holderId, String holderName, String activity, String provider,
                          LocalDate issueDate, String status, String applicationNumber, boolean signatureValid,
                          String signedBy) {
}
