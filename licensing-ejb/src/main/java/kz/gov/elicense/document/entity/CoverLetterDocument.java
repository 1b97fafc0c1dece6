package kz.gov.elicense.document.entity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The cover letter that goes with a paper result (regulation §4.2 step 5): from the authority to the applicant, on
 * their application, naming what it encloses. The outgoing number is written by the office when it sends the
 * letter (step 6), after the signature, so the letter carries the application's number.
 *
 * @param enclosureKk what is enclosed, in Kazakh, e.g. "қаруды сақтауға рұқсат № WP-2026-000001"
 * @param enclosureRu the same in Russian
 */
public record CoverLetterDocument(String authorityName, String city, LocalDate date, String addresseeName,
                                  String addresseeId, String addresseeAddress, LocalDate applicationDate,
                                  String applicationNumber, String enclosureKk, String enclosureRu,
                                  String signerPosition, String signerFullName) {

    public CoverLetterDocument {
        Texts.requireText(authorityName, "authorityName");
        Texts.requireText(city, "city");
        Objects.requireNonNull(date, "date");
        Texts.requireText(addresseeName, "addresseeName");
        IdentifierKind.requireTwelveDigits(addresseeId, "addresseeId");
        Texts.requireText(addresseeAddress, "addresseeAddress");
        Objects.requireNonNull(applicationDate, "applicationDate");
        Texts.requireText(applicationNumber, "applicationNumber");
        Texts.requireText(enclosureKk, "enclosureKk");
        Texts.requireText(enclosureRu, "enclosureRu");
        Texts.requireText(signerPosition, "signerPosition");
        Texts.requireText(signerFullName, "signerFullName");
    }

    public IdentifierKind addresseeKind() {
        return IdentifierKind.of(addresseeId);
    }
}
