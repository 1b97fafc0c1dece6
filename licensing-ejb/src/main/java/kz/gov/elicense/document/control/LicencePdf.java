package kz.gov.elicense.document.control;

import kz.gov.elicense.document.control.Typesetter.Align;
import kz.gov.elicense.document.control.Typesetter.Run;
import kz.gov.elicense.document.entity.IdentifierKind;
import kz.gov.elicense.document.entity.LicenceDocument;

import java.util.List;
import java.util.Objects;

import static kz.gov.elicense.document.control.Typesetter.MM;
import static kz.gov.elicense.document.control.Typesetter.Run.bold;
import static kz.gov.elicense.document.control.Typesetter.Run.regular;

/**
 * The state licence as a PDF, after the form of annex 3 of order No. 41: the licensor as the title block (no
 * state emblem is available to us), the Kazakh text first as the state language, then the Russian, then the
 * QR code with the public link and the statement that the electronic document equals a paper one.
 */
public final class LicencePdf {

    private static final float BODY = 11;
    private static final float QR_SIDE = 40 * MM;

    private LicencePdf() {
    }

    /**
     * @param qr the licence's sealed QR code (see {@link LicenceSeals}); its text must be the document's
     *           verification URL, alone or followed by a '#' fragment
     * @return the PDF; the same arguments give the same bytes
     * @throws IllegalArgumentException if the QR code opens another page, or a text has a character Liberation
     *                                  Serif has no glyph for (it covers Latin, Cyrillic with Kazakh, Greek)
     */
    public static byte[] render(LicenceDocument licence, QrCode qr) {
        Objects.requireNonNull(licence, "licence");
        Objects.requireNonNull(qr, "qr");
        String url = licence.verificationUrl();
        if (!qr.text().equals(url) && !qr.text().startsWith(url + "#")) {
            throw new IllegalArgumentException("The QR code does not open this licence's page " + url);
        }
        try (Typesetter page = new Typesetter()) {
            return render(page, licence, qr);
        }
    }

    private static byte[] render(Typesetter page, LicenceDocument licence, QrCode qr) {
        String url = licence.verificationUrl();
        page.paragraph(Align.CENTER, BODY, bold(licence.licensorName()));
        page.rule();
        page.gap(6 * MM);
        kazakh(page, licence);
        page.gap(4 * MM);
        page.rule();
        page.gap(6 * MM);
        russian(page, licence);
        page.gap(4 * MM);
        page.rule();
        page.gap(4 * MM);
        page.qrBlock(qr, QR_SIDE, url, 9, List.of(
                new Run[]{regular("Лицензияның түпнұсқалығын тексеру / Проверка подлинности лицензии:")},
                new Run[]{bold(url)},
                new Run[]{regular("Өтініш / Заявление № " + licence.applicationNumber())},
                new Run[]{regular(ElectronicDocument.STATEMENT_KK)},
                new Run[]{regular(ElectronicDocument.STATEMENT_RU)}));
        return page.finish("Мемлекеттік лицензия / Государственная лицензия № " + licence.licenceNumber(),
                licence.licenceNumber(), licence.licensorName(), licence.issueDate());
    }

    private static void kazakh(Typesetter page, LicenceDocument licence) {
        IdentifierKind kind = licence.holderKind();
        page.paragraph(Align.CENTER, 15, bold("МЕМЛЕКЕТТІК ЛИЦЕНЗИЯ"));
        page.paragraph(Align.CENTER, 12, bold("№ " + licence.licenceNumber()));
        page.gap(4 * MM);
        page.paragraph(Align.LEFT, BODY,
                bold(licence.holderName() + ", " + kind.abbreviationKk() + " " + licence.holderId()),
                regular(" «Лицензиялау туралы» Қазақстан Республикасының Заңына сәйкес мынадай қызмет түрімен"
                        + " айналысуға берілді: "),
                bold(licence.activityKk()), regular("."));
        licence.specialConditionsIfAny().ifPresent(conditions -> {
            page.gap(2 * MM);
            page.paragraph(Align.LEFT, BODY, regular("Лицензиялаудың ерекше шарттары: "), regular(conditions));
        });
        page.gap(3 * MM);
        field(page, "Лицензиар", licence.licensorName());
        field(page, "Басшы (уәкілетті адам)", licence.headSurnameInitials());
        field(page, "Берілген күні", ElectronicDocument.date(licence.issueDate()));
        field(page, "Лицензияның нөмірі", licence.licenceNumber());
        field(page, "Қала", licence.city());
    }

    private static void russian(Typesetter page, LicenceDocument licence) {
        IdentifierKind kind = licence.holderKind();
        page.paragraph(Align.CENTER, 15, bold("ГОСУДАРСТВЕННАЯ ЛИЦЕНЗИЯ"));
        page.paragraph(Align.CENTER, 12, bold("№ " + licence.licenceNumber()));
        page.gap(4 * MM);
        page.paragraph(Align.LEFT, BODY,
                bold(licence.holderName() + ", " + kind.abbreviationRu() + " " + licence.holderId()),
                regular(" выдана в соответствии с Законом Республики Казахстан «О лицензировании» на занятие"
                        + " следующим видом деятельности: "),
                bold(licence.activityRu()), regular("."));
        licence.specialConditionsIfAny().ifPresent(conditions -> {
            page.gap(2 * MM);
            page.paragraph(Align.LEFT, BODY, regular("Особые условия лицензирования: "), regular(conditions));
        });
        page.gap(3 * MM);
        field(page, "Лицензиар", licence.licensorName());
        field(page, "Руководитель (уполномоченное лицо)", licence.headSurnameInitials());
        field(page, "Дата выдачи", ElectronicDocument.date(licence.issueDate()));
        field(page, "Номер лицензии", licence.licenceNumber());
        field(page, "Город", licence.city());
    }

    private static void field(Typesetter page, String label, String value) {
        page.paragraph(Align.LEFT, BODY, regular(label + ": "), bold(value));
    }
}
