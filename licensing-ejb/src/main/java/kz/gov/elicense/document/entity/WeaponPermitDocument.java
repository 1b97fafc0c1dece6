package kz.gov.elicense.document.entity;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the paper permit to store, or to store and carry, a weapon unit prints (regulation §4.2). Names that have a
 * Kazakh and a Russian form are given in both.
 *
 * @param previousPermitNumber the permit this one replaces on a re-registration, or null
 */
public record WeaponPermitDocument(String permitNumber, String titleKk, String titleRu, String holderName,
                                   String holderId, String holderAddress, String weaponTypeKk, String weaponTypeRu,
                                   String make, String model, String calibre, String serialNumber,
                                   int yearOfManufacture, LocalDate issueDate, LocalDate validUntil,
                                   String authorityName, String city, String signerPosition, String signerFullName,
                                   String applicationNumber, String previousPermitNumber) {

    public WeaponPermitDocument {
        Texts.requireText(permitNumber, "permitNumber");
        Texts.requireText(titleKk, "titleKk");
        Texts.requireText(titleRu, "titleRu");
        Texts.requireText(holderName, "holderName");
        IdentifierKind.requireTwelveDigits(holderId, "holderId");
        Texts.requireText(holderAddress, "holderAddress");
        Texts.requireText(weaponTypeKk, "weaponTypeKk");
        Texts.requireText(weaponTypeRu, "weaponTypeRu");
        Texts.requireText(make, "make");
        Texts.requireText(model, "model");
        Texts.requireText(calibre, "calibre");
        Texts.requireText(serialNumber, "serialNumber");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(validUntil, "validUntil");
        Texts.requireText(authorityName, "authorityName");
        Texts.requireText(city, "city");
        Texts.requireText(signerPosition, "signerPosition");
        Texts.requireText(signerFullName, "signerFullName");
        Texts.requireText(applicationNumber, "applicationNumber");
    }

    public IdentifierKind holderKind() {
        return IdentifierKind.of(holderId);
    }

    public Optional<String> replaces() {
        return Optional.ofNullable(previousPermitNumber).filter(n -> !n.isBlank());
    }
}
