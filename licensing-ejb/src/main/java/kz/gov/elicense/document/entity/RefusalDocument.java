package kz.gov.elicense.document.entity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the motivated refusal form (annex 3 of order No. 41) prints. The reason, the authority and the signer's
 * position are printed as given in both the Kazakh and the Russian section (pass "kk / ru" where they have two
 * forms): the officer writes the reason once.
 *
 * @param applicantName     name of the individual or organisation the refusal is addressed to
 * @param applicantId       their BIN or IIN
 * @param authorityName     name of the authority that refuses
 * @param applicationDate   date of the application
 * @param applicationNumber number of the application
 * @param reason            the reason for refusal, with the norms it rests on; line breaks are kept
 * @param signerPosition    position of the person who signs
 * @param signerFullName    full name of the person who signs
 * @param decisionDate      date of the refusal; the form has no line for it, but an outgoing letter is dated and
 *                          the PDF's fixed metadata dates come from it
 */
public record RefusalDocument(String applicantName, String applicantId, String authorityName,
                              LocalDate applicationDate, String applicationNumber, String reason,
                              String signerPosition, String signerFullName, LocalDate decisionDate) {

    public RefusalDocument {
        Texts.requireText(applicantName, "applicantName");
        IdentifierKind.requireTwelveDigits(applicantId, "applicantId");
        Texts.requireText(authorityName, "authorityName");
        Objects.requireNonNull(applicationDate, "applicationDate");
        Texts.requireText(applicationNumber, "applicationNumber");
        Texts.requireText(reason, "reason");
        Texts.requireText(signerPosition, "signerPosition");
        Texts.requireText(signerFullName, "signerFullName");
        Objects.requireNonNull(decisionDate, "decisionDate");
    }

    public IdentifierKind applicantKind() {
        return IdentifierKind.of(applicantId);
    }
}
