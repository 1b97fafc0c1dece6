package kz.gov.elicense.document.control;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Calendar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RefusalPdfTest {

    private static byte[] pdf;
    private static String text;

    @BeforeAll
    static void render() throws IOException {
        pdf = RefusalPdf.render(Samples.refusal());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " "); // lines wrap where the layout wants
        }
    }

    @Test
    void theKazakhLetterComesFirstWithItsLettersIntact() {
        assertTrue(text.contains("ДӘЛЕЛДІ БАС ТАРТУ"), text);
        assertTrue(text.contains("Сіздің 04.05.2026 жылғы № SEC-2026-000002 өтінішіңізді қарап, мынаны хабарлайды:"), text);
        assertTrue(text.contains("ТОО «Ұлы Дала Күзет»"), text);
        assertTrue(text.contains("БСН 160540002025"), text);
        assertTrue(text.indexOf("ДӘЛЕЛДІ БАС ТАРТУ") < text.indexOf("МОТИВИРОВАННЫЙ ОТКАЗ"));
    }

    @Test
    void theRussianLetterFollows() {
        assertTrue(text.contains("МОТИВИРОВАННЫЙ ОТКАЗ"), text);
        assertTrue(text.contains("рассмотрев Ваше заявление от 04.05.2026 года № SEC-2026-000002, сообщает следующее:"), text);
        assertTrue(text.contains("БИН 160540002025"), text);
    }

    @Test
    void theReasonTheSignerAndTheDateArePrinted() {
        assertTrue(text.contains("Руководитель имеет судимость (статья 9 Закона)."), text);
        assertTrue(text.contains("Басшының соттылығы бар"), text);
        assertTrue(text.contains("Бастық / Начальник"), text);
        assertTrue(text.contains("Әбілқайыров Ғалымжан Өмірұлы"), text);
        assertTrue(text.contains("14.05.2026"), text);
    }

    @Test
    void renderingTwiceGivesTheSameBytes() throws InterruptedException {
        Thread.sleep(1100);
        assertArrayEquals(pdf, RefusalPdf.render(Samples.refusal()));
    }

    @Test
    void theMetadataNamesTheApplicationAndIsDatedTheDecisionDay() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            PDDocumentInformation info = document.getDocumentInformation();
            assertEquals("SEC-2026-000002", info.getSubject());
            assertEquals("Дәлелді бас тарту / Мотивированный отказ № SEC-2026-000002", info.getTitle());
            assertEquals(14, info.getCreationDate().get(Calendar.DAY_OF_MONTH));
        }
    }
}
