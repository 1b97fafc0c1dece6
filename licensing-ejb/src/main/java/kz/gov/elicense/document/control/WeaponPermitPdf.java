package kz.gov.elicense.document.control;

import kz.gov.elicense.document.control.Typesetter.Align;
import kz.gov.elicense.document.entity.IdentifierKind;
import kz.gov.elicense.document.entity.WeaponPermitDocument;

import java.util.Objects;

import static kz.gov.elicense.document.control.Typesetter.MM;
import static kz.gov.elicense.document.control.Typesetter.Run.bold;
import static kz.gov.elicense.document.control.Typesetter.Run.regular;

/**
 * The paper permit to store, or to store and carry, a weapon unit as a PDF the office prints: the authority as the
 * title block, the Kazakh text first as the state language, then the Russian, each with the holder, the weapon's
 * identity, the term and the signer.
 */
public final class WeaponPermitPdf {

    private static final float BODY = 11;

    private WeaponPermitPdf() {
    }

    /**
     * @return the PDF; the same permit gives the same bytes
     * @throws IllegalArgumentException if a text has a character Liberation Serif has no glyph for
     */
    public static byte[] render(WeaponPermitDocument permit) {
        Objects.requireNonNull(permit, "permit");
        try (Typesetter page = new Typesetter()) {
            page.paragraph(Align.CENTER, BODY, bold(permit.authorityName()));
            page.rule();
            page.gap(5 * MM);
            kazakh(page, permit);
            page.gap(4 * MM);
            page.rule();
            page.gap(5 * MM);
            russian(page, permit);
            page.gap(6 * MM);
            page.paragraph(Align.LEFT, 8, regular(ElectronicDocument.STATEMENT_KK));
            page.paragraph(Align.LEFT, 8, regular(ElectronicDocument.STATEMENT_RU));
            return page.finish(permit.titleKk() + " / " + permit.titleRu() + " № " + permit.permitNumber(),
                    permit.permitNumber(), permit.authorityName(), permit.issueDate());
        }
    }

    private static void kazakh(Typesetter page, WeaponPermitDocument permit) {
        IdentifierKind kind = permit.holderKind();
        page.paragraph(Align.CENTER, 14, bold(permit.titleKk().toUpperCase(java.util.Locale.ROOT)));
        page.paragraph(Align.CENTER, 12, bold("№ " + permit.permitNumber()));
        page.gap(4 * MM);
        page.paragraph(Align.LEFT, BODY, regular("Берілді: "),
                bold(permit.holderName() + ", " + kind.abbreviationKk() + " " + permit.holderId()),
                regular(", мекенжайы: " + permit.holderAddress() + "."));
        page.gap(2 * MM);
        field(page, "Қарудың түрі", permit.weaponTypeKk());
        field(page, "Маркасы, моделі", permit.make() + " " + permit.model());
        field(page, "Калибрі", permit.calibre());
        field(page, "Сериясы, нөмірі", permit.serialNumber());
        field(page, "Шығарылған жылы", Integer.toString(permit.yearOfManufacture()));
        page.gap(2 * MM);
        field(page, "Берілген күні", ElectronicDocument.date(permit.issueDate()));
        field(page, "Дейін жарамды", ElectronicDocument.date(permit.validUntil()));
        permit.replaces().ifPresent(previous -> field(page, "Қайта тіркеу, ауыстырылған рұқсат", previous));
        field(page, "Өтініш", "№ " + permit.applicationNumber());
        field(page, "Қала", permit.city());
        page.gap(6 * MM);
        page.leftAndRight(BODY, regular(permit.signerPosition()), bold(permit.signerFullName()));
    }

    private static void russian(Typesetter page, WeaponPermitDocument permit) {
        IdentifierKind kind = permit.holderKind();
        page.paragraph(Align.CENTER, 14, bold(permit.titleRu().toUpperCase(java.util.Locale.ROOT)));
        page.paragraph(Align.CENTER, 12, bold("№ " + permit.permitNumber()));
        page.gap(4 * MM);
        page.paragraph(Align.LEFT, BODY, regular("Выдано: "),
                bold(permit.holderName() + ", " + kind.abbreviationRu() + " " + permit.holderId()),
                regular(", адрес: " + permit.holderAddress() + "."));
        page.gap(2 * MM);
        field(page, "Вид оружия", permit.weaponTypeRu());
        field(page, "Марка, модель", permit.make() + " " + permit.model());
        field(page, "Калибр", permit.calibre());
        field(page, "Серия, номер", permit.serialNumber());
        field(page, "Год выпуска", Integer.toString(permit.yearOfManufacture()));
        page.gap(2 * MM);
        field(page, "Дата выдачи", ElectronicDocument.date(permit.issueDate()));
        field(page, "Действительно до", ElectronicDocument.date(permit.validUntil()));
        permit.replaces().ifPresent(previous -> field(page, "Перерегистрация, взамен разрешения", previous));
        field(page, "Заявление", "№ " + permit.applicationNumber());
        field(page, "Город", permit.city());
        page.gap(6 * MM);
        page.leftAndRight(BODY, regular(permit.signerPosition()), bold(permit.signerFullName()));
    }

    private static void field(Typesetter page, String label, String value) {
        page.paragraph(Align.LEFT, BODY, regular(label + ": "), bold(value));
    }
}
