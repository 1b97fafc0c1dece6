package kz.gov.elicense.document.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.elicense.document.control.CoverLetterPdf;
import kz.gov.elicense.document.control.LicencePdf;
import kz.gov.elicense.document.control.QrCode;
import kz.gov.elicense.document.control.RefusalPdf;
import kz.gov.elicense.document.control.WeaponPermitPdf;
import kz.gov.elicense.document.entity.CoverLetterDocument;
import kz.gov.elicense.document.entity.LicenceDocument;
import kz.gov.elicense.document.entity.LicenceSeal;
import kz.gov.elicense.document.entity.RefusalDocument;
import kz.gov.elicense.document.entity.WeaponPermitDocument;
import kz.gov.elicense.signature.boundary.Signatures;

import java.time.LocalDate;

/**
 * The results as PDF documents in the state language and Russian, following the templates of the regulations
 * (annex 3 of seed 004): the state licence, with a QR code carrying the provider's seal and the link to the public
 * check, and the motivated refusal. The bytes rendered here are what the provider signs.
 */
@ApplicationScoped
public class ResultDocuments {

    public static final String MEDIA_TYPE = "application/pdf";

    @Inject
    Signatures signatures;

    /**
     * A state licence (or its reissue or duplicate: {@code conditions} says so) with its sealed QR code.
     *
     * @param series the licence series of the kind of activity, sealed into the QR code
     */
    public byte[] licence(String licenceNumber, String holderId, String holderName, String series, String activityKk,
                          String activityRu, String conditions, String licensorName, String city,
                          String headFullName, LocalDate issueDate, String applicationNumber) {
        String qrText = signatures.seal(new LicenceSeal(licenceNumber, holderId, series, issueDate));
        LicenceDocument document = new LicenceDocument(licenceNumber, holderId, holderName, activityKk, activityRu,
                conditions, licensorName, surnameAndInitials(headFullName), issueDate, city, applicationNumber,
                signatures.verificationLink(licenceNumber));
        return LicencePdf.render(document, QrCode.of(qrText));
    }

    public byte[] motivatedRefusal(RefusalDocument refusal) {
        return RefusalPdf.render(refusal);
    }

    /** The paper permit to store, or to store and carry, a weapon unit (§4.2). */
    public byte[] weaponPermit(WeaponPermitDocument permit) {
        return WeaponPermitPdf.render(permit);
    }

    /** The cover letter that goes with a paper result (§4.2 step 5). */
    public byte[] coverLetter(CoverLetterDocument letter) {
        return CoverLetterPdf.render(letter);
    }

    /** "Surname N. P.", as the licence template names the head of the licensing body. */
    public static String surnameAndInitials(String fullName) {
        String[] names = fullName.strip().split("\\s+");
        StringBuilder text = new StringBuilder(names[0]);
        for (int i = 1; i < names.length; i++) {
            text.append(' ').append(names[i].charAt(0)).append('.');
        }
        return text.toString();
    }
}
