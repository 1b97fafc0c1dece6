package kz.gov.elicense.document.control;

import kz.gov.elicense.document.control.Typesetter.Align;
import kz.gov.elicense.document.entity.CoverLetterDocument;

import java.util.Objects;

import static kz.gov.elicense.document.control.Typesetter.MM;
import static kz.gov.elicense.document.control.Typesetter.Run.bold;
import static kz.gov.elicense.document.control.Typesetter.Run.regular;

/**
 * The cover letter of a paper result as a PDF: the authority and the date, the addressee in the upper right, then the
 * letter in Kazakh and in Russian, each closed by the signer, and the enclosure.
 */
public final class CoverLetterPdf {

    private static final float BODY = 11;

    private CoverLetterPdf() {
    }

    /** @return the PDF; the same letter gives the same bytes */
    public static byte[] render(CoverLetterDocument letter) {
        Objects.requireNonNull(letter, "letter");
        try (Typesetter page = new Typesetter()) {
            page.paragraph(Align.CENTER, BODY, bold(letter.authorityName()));
            page.rule();
            page.leftAndRight(BODY, regular(ElectronicDocument.date(letter.date())), regular(letter.city()));
            page.gap(6 * MM);
            page.paragraph(Align.RIGHT, BODY, bold(letter.addresseeName()),
                    regular("\n" + letter.addresseeKind().abbreviationKk() + " / "
                            + letter.addresseeKind().abbreviationRu() + " " + letter.addresseeId()
                            + "\n" + letter.addresseeAddress()));
            page.gap(8 * MM);
            page.paragraph(Align.LEFT, BODY, regular(letter.authorityName() + " Сіздің "
                    + ElectronicDocument.date(letter.applicationDate()) + " жылғы № " + letter.applicationNumber()
                    + " өтінішіңіз бойынша "), bold(letter.enclosureKk()), regular(" жолдайды."));
            page.gap(2 * MM);
            page.paragraph(Align.LEFT, BODY, regular("Қосымша: " + letter.enclosureKk() + ", 1 парақ."));
            page.gap(6 * MM);
            page.leftAndRight(BODY, regular(letter.signerPosition()), bold(letter.signerFullName()));
            page.gap(6 * MM);
            page.rule();
            page.gap(6 * MM);
            page.paragraph(Align.LEFT, BODY, regular(letter.authorityName() + " по Вашему заявлению от "
                    + ElectronicDocument.date(letter.applicationDate()) + " года № " + letter.applicationNumber()
                    + " направляет "), bold(letter.enclosureRu()), regular("."));
            page.gap(2 * MM);
            page.paragraph(Align.LEFT, BODY, regular("Приложение: " + letter.enclosureRu() + ", на 1 листе."));
            page.gap(6 * MM);
            page.leftAndRight(BODY, regular(letter.signerPosition()), bold(letter.signerFullName()));
            page.gap(8 * MM);
            page.paragraph(Align.LEFT, 8, regular(ElectronicDocument.STATEMENT_KK));
            page.paragraph(Align.LEFT, 8, regular(ElectronicDocument.STATEMENT_RU));
            return page.finish("Ілеспе хат / Сопроводительное письмо, өтініш / заявление № " + letter.applicationNumber(),
                    letter.applicationNumber(), letter.authorityName(), letter.date());
        }
    }
}
