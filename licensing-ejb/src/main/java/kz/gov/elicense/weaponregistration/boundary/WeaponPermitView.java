package kz.gov.elicense.weaponregistration.boundary;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One permit with whether the provider's signatures over the permit and its cover letter hold today, as the holder
 * and the officers check it.
 */
public record WeaponPermitView(String number, String kind, String status, String holderId, String holderName,
                               LocalDate issueDate, LocalDate validUntil, String supersededBy, String applicationNumber,
                               long unitId, String weaponType, String make, String model, String calibre,
                               String serialNumber, int yearOfManufacture, boolean permitSignatureValid,
                               boolean coverLetterSignatureValid, String signedBy, Instant signedAt) {
}
