package kz.gov.elicense.weaponregistration.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A weapon unit as the officers see it in the register: its identity, its holder now, and every permit it had. */
public record WeaponUnitView(long id, String type, String make, String model, String calibre, String serialNumber,
                             int yearOfManufacture, Instant registeredAt, String holderId, String holderName,
                             List<Permit> permits) {

    /** One permit of the unit's history, oldest first. */
    public record Permit(String number, String holderId, String holderName, String holderAddress, String kind,
                         LocalDate issueDate, LocalDate validUntil, String status, String supersededBy,
                         LocalDate supersededOn, String applicationNumber, String provider) {
    }
}
