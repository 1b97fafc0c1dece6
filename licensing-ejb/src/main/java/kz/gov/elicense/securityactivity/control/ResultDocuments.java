package kz.gov.elicense.securityactivity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.elicense.application.entity.Application;
import kz.gov.elicense.configuration.ConfigurationDirectories;
import kz.gov.elicense.document.control.LicencePdf;
import kz.gov.elicense.document.control.QrCode;
import kz.gov.elicense.document.control.RefusalPdf;
import kz.gov.elicense.document.entity.LicenceDocument;
import kz.gov.elicense.document.entity.LicenceSeal;
import kz.gov.elicense.document.entity.RefusalDocument;
import kz.gov.elicense.register.entity.Activity;
import kz.gov.elicense.register.entity.LicenceNumber;
import kz.gov.elicense.signature.boundary.Signatures;
import kz.gov.elicense.signature.entity.SignerIdentity;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The results as PDF documents in the state language and Russian, following the templates of the regulations
 * (annex 3 of seed 004): the state licence, with a QR code carrying the provider's seal and the link to the public
 * check, and the motivated refusal. The bytes rendered here are what the provider signs.
 */
@ApplicationScoped
public class ResultDocuments {

    public static final String MEDIA_TYPE = "application/pdf";
    private static final ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");

    @Inject
    Signatures signatures;

    public String providerName() {
        return ConfigurationDirectories.setting("licensing.provider.name")
                .orElse("Астана қаласының Полиция департаменті / Департамент полиции города Астаны");
    }

    public String city() {
        return ConfigurationDirectories.setting("licensing.provider.city").orElse("Астана");
    }

    public byte[] licence(Application application, Activity activity, LicenceNumber number, LocalDate issueDate,
                          SignerIdentity head) {
        String qrText = signatures.seal(new LicenceSeal(number.value(), application.applicantId(), activity.series(),
                issueDate));
        LicenceDocument document = new LicenceDocument(number.value(), application.applicantId(),
                application.applicantName(), activity.nameKk().toLowerCase(), activity.nameRu().toLowerCase(), null,
                providerName(), surnameAndInitials(head.fullName()), issueDate, city(), application.number(),
                signatures.verificationLink(number.value()));
        return LicencePdf.render(document, QrCode.of(qrText));
    }

    public byte[] motivatedRefusal(Application application, SignerIdentity head, LocalDate decisionDate) {
        return RefusalPdf.render(new RefusalDocument(application.applicantName(), application.applicantId(),
                providerName(), LocalDate.ofInstant(application.submittedAt(), KAZAKHSTAN), application.number(),
                application.refusalReason(), "Басшы / Руководитель", head.fullName(), decisionDate));
    }

    /** "Surname N. P.", as the licence template names the head of the licensing body. */
    static String surnameAndInitials(String fullName) {
        String[] names = fullName.strip().split("\\s+");
        StringBuilder text = new StringBuilder(names[0]);
        for (int i = 1; i < names.length; i++) {
            text.append(' ').append(names[i].charAt(0)).append('.');
        }
        return text.toString();
    }
}
