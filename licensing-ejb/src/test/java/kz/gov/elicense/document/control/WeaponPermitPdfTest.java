package kz.gov.elicense.document.control;

import kz.gov.elicense.document.entity.CoverLetterDocument;
import kz.gov.elicense.document.entity.WeaponPermitDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The paper weapon permit and its cover letter, in Kazakh then Russian, with the Kazakh letters intact. */
class WeaponPermitPdfTest {

    private static final WeaponPermitDocument PERMIT = new WeaponPermitDocument("WP-2026-000007",
            "Қаруды сақтауға және алып жүруге рұқсат", "Разрешение на хранение и ношение оружия",
            "Ахметов Нурлан Серикович", "800101300125", "Астана, Мәңгілік Ел, 8",
            "тегіс ұңғылы аңшылық атыс қаруы", "охотничье гладкоствольное огнестрельное оружие", "ИЖ", "27М", "12",
            "1234567", 2019, LocalDate.of(2026, 5, 14), LocalDate.of(2031, 5, 13),
            "Астана қаласының Полиция департаменті / Департамент полиции города Астаны", "Астана",
            "Басшы / Руководитель", "Сейткали Бауыржан", "WRR-2026-000003", "WP-2026-000002");

    private static final CoverLetterDocument LETTER = new CoverLetterDocument(
            "Департамент полиции города Астаны", "Астана", LocalDate.of(2026, 5, 14), "ТОО «Қалқан Күзет»",
            "150440001011", "Астана, Сарыарқа 1", LocalDate.of(2026, 5, 4), "WPR-2026-000001",
            "қаруды сақтауға рұқсат № WP-2026-000008", "разрешение на хранение оружия № WP-2026-000008",
            "Басшы / Руководитель", "Сейткали Бауыржан");

    @Test
    void thePermitNamesHolderWeaponTermAndThePermitItReplaces() throws IOException {
        String text = text(WeaponPermitPdf.render(PERMIT));
        assertTrue(text.contains("ҚАРУДЫ САҚТАУҒА ЖӘНЕ АЛЫП ЖҮРУГЕ РҰҚСАТ"), text);
        assertTrue(text.contains("РАЗРЕШЕНИЕ НА ХРАНЕНИЕ И НОШЕНИЕ ОРУЖИЯ"), text);
        assertTrue(text.indexOf("ҚАРУДЫ САҚТАУҒА") < text.indexOf("РАЗРЕШЕНИЕ НА ХРАНЕНИЕ"), "Kazakh first");
        assertTrue(text.contains("№ WP-2026-000007"), text);
        assertTrue(text.contains("Ахметов Нурлан Серикович, ЖСН 800101300125"), text);
        assertTrue(text.contains("Ахметов Нурлан Серикович, ИИН 800101300125"), text);
        assertTrue(text.contains("Серия, номер: 1234567"), text);
        assertTrue(text.contains("Сериясы, нөмірі: 1234567"), text);
        assertTrue(text.contains("Действительно до: 13.05.2031"), text);
        assertTrue(text.contains("взамен разрешения: WP-2026-000002"), text);
        assertTrue(text.contains("Сейткали Бауыржан"), text);
    }

    @Test
    void theCoverLetterEnclosesThePermitOnTheApplication() throws IOException {
        String text = text(CoverLetterPdf.render(LETTER));
        assertTrue(text.contains("Сіздің 04.05.2026 жылғы № WPR-2026-000001 өтінішіңіз бойынша қаруды сақтауға рұқсат"
                + " № WP-2026-000008 жолдайды."), text);
        assertTrue(text.contains("по Вашему заявлению от 04.05.2026 года № WPR-2026-000001 направляет разрешение на"
                + " хранение оружия № WP-2026-000008."), text);
        assertTrue(text.contains("БСН / БИН 150440001011"), text);
    }

    @Test
    void renderingTwiceGivesTheSameBytes() {
        assertArrayEquals(WeaponPermitPdf.render(PERMIT), WeaponPermitPdf.render(PERMIT));
        assertArrayEquals(CoverLetterPdf.render(LETTER), CoverLetterPdf.render(LETTER));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
