package kz.gov.elicense.document.entity;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the state licence form (annex 3 of order No. 41) prints, in both languages where the law asks for it.
 * Names of people and organisations, the city and the licensor are printed as given in both sections (pass
 * "kk / ru" where a name has two forms). Everything here is data the register already keeps, so the same
 * document can be rendered again byte for byte when a signed copy is checked.
 *
 * @param licenceNumber       the register number, e.g. KZ26SEC0000001
 * @param holderId            BIN of the legal entity or IIN of the person the licence is issued to
 * @param holderName          full name of the legal entity, or surname, name and patronymic of the person
 * @param activityKk          name of the kind of activity in Kazakh
 * @param activityRu          name of the kind of activity in Russian
 * @param specialConditions   special conditions of licensing; {@code null} or blank where there are none
 * @param licensorName        name of the licensing body
 * @param headSurnameInitials surname and initials of the head (authorised person) of the licensor
 * @param issueDate           date of issue
 * @param city                city of issue
 * @param applicationNumber   the application the licence was issued on
 * @param verificationUrl     the public page of this licence, printed under the QR code
 */
public record LicenceDocument(String licenceNumber, String holderId, String holderName, String activityKk,
                              String activityRu, String specialConditions, String licensorName,
                              String headSurnameInitials, LocalDate issueDate, String city, String applicationNumber,
                              String verificationUrl) {

    public LicenceDocument {
        Texts.requireText(licenceNumber, "licenceNumber");
        IdentifierKind.requireTwelveDigits(holderId, "holderId");
        Texts.requireText(holderName, "holderName");
        Texts.requireText(activityKk, "activityKk");
        Texts.requireText(activityRu, "activityRu");
        specialConditions = specialConditions == null || specialConditions.isBlank() ? null : specialConditions.strip();
        Texts.requireText(licensorName, "licensorName");
        Texts.requireText(headSurnameInitials, "headSurnameInitials");
        Objects.requireNonNull(issueDate, "issueDate");
        Texts.requireText(city, "city");
        Texts.requireText(applicationNumber, "applicationNumber");
        Texts.requireText(verificationUrl, "verificationUrl");
    }

    public IdentifierKind holderKind() {
        return IdentifierKind.of(holderId);
    }

    /** The optional line of the form; empty rather than blank so the renderer leaves the line out. */
    public Optional<String> specialConditionsIfAny() {
        return Optional.ofNullable(specialConditions);
    }
}
