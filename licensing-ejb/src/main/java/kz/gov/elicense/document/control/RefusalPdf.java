package kz.gov.elicense.document.control;

import kz.gov.elicense.document.control.Typesetter.Align;
import kz.gov.elicense.document.entity.IdentifierKind;
import kz.gov.elicense.document.entity.RefusalDocument;

import java.util.Objects;

import static kz.gov.elicense.document.control.Typesetter.MM;
import static kz.gov.elicense.document.control.Typesetter.Run.bold;
import static kz.gov.elicense.document.control.Typesetter.Run.regular;

/**
 * The motivated refusal as a PDF, after the form of annex 3 of order No. 41: the authority as the title block
 * with the date, the Kazakh letter first, then the Russian, each addressed to the applicant and closed by the
 * signer's position and name.
 */
public final class RefusalPdf {

    private static final float BODY = 11;

    private RefusalPdf() {
    }

    /**
     * @return the PDF; the same refusal gives the same bytes
     * @throws IllegalArgumentException if a text has a character Liberation Serif has no glyph for
     */
    public static byte[] render(RefusalDocument refusal) {
        Objects.requireNonNull(refusal, "refusal");
        try (Typesetter page = new Typesetter()) {
            return render(page, refusal);
        }
    }

    private static byte[] render(Typesetter page, RefusalDocument refusal) {
        page.paragraph(Align.CENTER, BODY, bold(refusal.authorityName()));
        page.rule();
        page.paragraph(Align.LEFT, BODY, regular(ElectronicDocument.date(refusal.decisionDate())));
        page.gap(6 * MM);
        IdentifierKind kind = refusal.applicantKind();

        page.paragraph(Align.CENTER, 14, bold("ДӘЛЕЛДІ БАС ТАРТУ"));
        page.gap(4 * MM);
        page.paragraph(Align.RIGHT, BODY, bold(refusal.applicantName()),
                regular("\n" + kind.abbreviationKk() + " " + refusal.applicantId()));
        page.gap(4 * MM);
        page.paragraph(Align.LEFT, BODY, regular(refusal.authorityName() + " Сіздің "
                + ElectronicDocument.date(refusal.applicationDate()) + " жылғы № " + refusal.applicationNumber()
                + " өтінішіңізді қарап, мынаны хабарлайды:"));
        page.gap(2 * MM);
        page.paragraph(Align.LEFT, BODY, regular(refusal.reason()));
        page.gap(8 * MM);
        page.leftAndRight(BODY, regular(refusal.signerPosition()), bold(refusal.signerFullName()));

        page.gap(6 * MM);
        page.rule();
        page.gap(6 * MM);

        page.paragraph(Align.CENTER, 14, bold("МОТИВИРОВАННЫЙ ОТКАЗ"));
        page.gap(4 * MM);
        page.paragraph(Align.RIGHT, BODY, bold(refusal.applicantName()),
                regular("\n" + kind.abbreviationRu() + " " + refusal.applicantId()));
        page.gap(4 * MM);
        page.paragraph(Align.LEFT, BODY, regular(refusal.authorityName() + ", рассмотрев Ваше заявление от "
                + ElectronicDocument.date(refusal.applicationDate()) + " года № " + refusal.applicationNumber()
                + ", сообщает следующее:"));
        page.gap(2 * MM);
        page.paragraph(Align.LEFT, BODY, regular(refusal.reason()));
        page.gap(8 * MM);
        page.leftAndRight(BODY, regular(refusal.signerPosition()), bold(refusal.signerFullName()));

        page.gap(8 * MM);
        page.paragraph(Align.LEFT, 8, regular(ElectronicDocument.STATEMENT_KK));
        page.paragraph(Align.LEFT, 8, regular(ElectronicDocument.STATEMENT_RU));
        return page.finish("Дәлелді бас тарту / Мотивированный отказ № " + refusal.applicationNumber(),
                refusal.applicationNumber(), refusal.authorityName(), refusal.decisionDate());
    }
}
