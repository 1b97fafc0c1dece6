package kz.gov.elicense.document.control;

import kz.gov.elicense.document.boundary.LicenceSeals;

import kz.gov.elicense.document.entity.LicenceDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;

import static kz.gov.elicense.document.control.Samples.BASE;
import static kz.gov.elicense.document.control.Samples.SEAL;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LicencePdfTest {

    private static final LicenceSeals SEALS = new LicenceSeals(BASE);
    private static QrCode qr;
    private static byte[] pdf;
    private static String text;

    @BeforeAll
    static void render() throws IOException {
        qr = QrCode.of(SEALS.seal(SEAL, Samples.RSA.getPrivate()));
        pdf = LicencePdf.render(Samples.licence("Күзет қызметін тек Астана қаласында жүзеге асыру."), qr);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " "); // lines wrap where the layout wants
        }
    }

    @Test
    void theKazakhSectionComesFirstWithItsLettersIntact() {
        assertTrue(text.contains("МЕМЛЕКЕТТІК ЛИЦЕНЗИЯ"), text);
        assertTrue(text.contains("«Лицензиялау туралы» Қазақстан Республикасының Заңына сәйкес"), text);
        assertTrue(text.contains("айналысуға берілді: күзет қызметі."), text);
        assertTrue(text.contains("Лицензиялаудың ерекше шарттары: Күзет қызметін тек Астана қаласында жүзеге асыру."), text);
        assertTrue(text.contains("Басшы (уәкілетті адам): Әбілқайыров Ғ. Ө."), text);
        assertTrue(text.contains("Берілген күні: 14.05.2026"), text);
        assertTrue(text.contains("Лицензияның нөмірі: KZ26SEC0000001"), text);
        assertTrue(text.contains("Қала: Астана"), text);
        assertTrue(text.indexOf("МЕМЛЕКЕТТІК ЛИЦЕНЗИЯ") < text.indexOf("ГОСУДАРСТВЕННАЯ ЛИЦЕНЗИЯ"));
    }

    @Test
    void theRussianSectionFollows() {
        assertTrue(text.contains("ГОСУДАРСТВЕННАЯ ЛИЦЕНЗИЯ"), text);
        assertTrue(text.contains("выдана в соответствии с Законом Республики Казахстан «О лицензировании»"), text);
        assertTrue(text.contains("видом деятельности: охранная деятельность."), text);
        assertTrue(text.contains("Руководитель (уполномоченное лицо): Әбілқайыров Ғ. Ө."), text);
        assertTrue(text.contains("Дата выдачи: 14.05.2026"), text);
        assertTrue(text.contains("Номер лицензии: KZ26SEC0000001"), text);
        assertTrue(text.contains("Город: Астана"), text);
    }

    @Test
    void theHolderIsNamedWithTheBinInEachLanguage() {
        assertTrue(text.contains("ТОО «Қорған-Күзет», БСН 150440001011"), text);
        assertTrue(text.contains("ТОО «Қорған-Күзет», БИН 150440001011"), text);
    }

    @Test
    void aPersonsLicenceNamesTheIin() throws IOException {
        LicenceDocument sample = Samples.licence(null);
        LicenceDocument person = new LicenceDocument(sample.licenceNumber(), "900101300123", "Сейітқали Нұрлан Үмбетұлы",
                sample.activityKk(), sample.activityRu(), null, sample.licensorName(), sample.headSurnameInitials(),
                sample.issueDate(), sample.city(), sample.applicationNumber(), sample.verificationUrl());
        String personText = text(LicencePdf.render(person, qr));
        assertTrue(personText.contains("Сейітқали Нұрлан Үмбетұлы, ЖСН 900101300123"), personText);
        assertTrue(personText.contains("Сейітқали Нұрлан Үмбетұлы, ИИН 900101300123"), personText);
    }

    @Test
    void theLicensorTheLinkAndTheApplicationArePrinted() {
        assertTrue(text.contains("Астана қаласының Полиция департаменті / Департамент полиции города Астаны"), text);
        assertTrue(text.contains("Өтініш / Заявление № SEC-2026-000001"), text);
        assertTrue(text.contains(BASE + "/KZ26SEC0000001"), text);
        assertTrue(text.contains("қағаз"), text);
        assertTrue(text.contains("равнозначен"), text);
    }

    @Test
    void withoutSpecialConditionsTheLineIsLeftOut() throws IOException {
        String plain = text(LicencePdf.render(Samples.licence("  "), qr));
        assertFalse(plain.contains("ерекше шарттары"), plain);
        assertFalse(plain.contains("Особые условия"), plain);
    }

    @Test
    void renderingTwiceGivesTheSameBytes() throws InterruptedException {
        Thread.sleep(1100); // a date of rendering would now differ by at least a second
        assertArrayEquals(pdf, LicencePdf.render(Samples.licence("Күзет қызметін тек Астана қаласында жүзеге асыру."), qr));
    }

    @Test
    void theMetadataNamesTheLicenceAndIsDatedTheIssueDay() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertEquals("KZ26SEC0000001", info.getSubject());
            assertEquals("Мемлекеттік лицензия / Государственная лицензия № KZ26SEC0000001", info.getTitle());
            Calendar created = info.getCreationDate();
            assertEquals(2026, created.get(Calendar.YEAR));
            assertEquals(Calendar.MAY, created.get(Calendar.MONTH));
            assertEquals(14, created.get(Calendar.DAY_OF_MONTH));
            assertEquals(5 * 3600 * 1000, created.get(Calendar.ZONE_OFFSET));
            assertEquals(created, info.getModificationDate());
        }
    }

    @Test
    void theFileIdentifierFollowsTheContentNotTheClock() throws IOException {
        byte[] id = fileId(pdf);
        assertEquals(16, id.length);
        assertArrayEquals(id, fileId(LicencePdf.render(Samples.licence("Күзет қызметін тек Астана қаласында жүзеге асыру."), qr)));
        assertFalse(Arrays.equals(id, fileId(LicencePdf.render(Samples.licence(null), qr))));
    }

    private static byte[] fileId(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            COSArray ids = document.getDocument().getTrailer().getCOSArray(COSName.ID);
            assertEquals(2, ids.size());
            assertEquals(ids.getObject(0), ids.getObject(1));
            return ((COSString) ids.getObject(0)).getBytes();
        }
    }

    @Test
    void theFontsAreEmbeddedSubsetsOfLiberationSerif() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (var name : document.getPage(0).getResources().getFontNames()) {
                fonts.add(document.getPage(0).getResources().getFont(name));
            }
            assertEquals(2, fonts.size());
            for (PDFont font : fonts) {
                assertTrue(font instanceof PDType0Font, font.getName());
                assertTrue(font.isEmbedded(), font.getName());
                assertTrue(font.getName().matches("[A-Z]{6}\\+LiberationSerif(-Bold)?"), font.getName());
            }
        }
    }

    @Test
    void itIsOneA4PageOfModestSize() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            assertEquals(595.3f, document.getPage(0).getMediaBox().getWidth(), 0.5f);
            assertEquals(841.9f, document.getPage(0).getMediaBox().getHeight(), 0.5f);
        }
        assertTrue(pdf.length < 120_000, pdf.length + " bytes");
    }

    @Test
    void theQrCodeOnTheRenderedPageScansAndVerifies() throws IOException {
        // as a phone would: if the detector is misled at one resolution (text around the symbol can look like a
        // finder pattern), the camera moves; the symbol itself must decode at one of the common resolutions
        String scanned = null;
        AssertionError unreadable = null;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int dpi : new int[] {200, 300, 150}) {
                BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.RGB);
                try {
                    scanned = QrScanner.scan(page);
                    break;
                } catch (AssertionError e) {
                    unreadable = e;
                }
            }
        }
        if (scanned == null) {
            throw unreadable;
        }
        assertEquals(qr.text(), scanned);
        assertEquals(Optional.of(SEAL), SEALS.verify(scanned, Samples.RSA.getPublic()));
    }

    @Test
    void theQrCodeIsALinkToThePublicPage() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDAnnotation> annotations = document.getPage(0).getAnnotations();
            assertEquals(1, annotations.size());
            PDAnnotationLink link = (PDAnnotationLink) annotations.get(0);
            assertEquals(BASE + "/KZ26SEC0000001", ((PDActionURI) link.getAction()).getURI());
        }
    }

    @Test
    void aQrCodeForAnotherLicencesPageIsRefused() {
        QrCode other = QrCode.of(BASE + "/KZ26SEC0000002#x.y");
        assertThrows(IllegalArgumentException.class, () -> LicencePdf.render(Samples.licence(null), other));
    }

    @Test
    void longTextsFlowOntoAnotherPageInsteadOfBeingCut() throws IOException {
        String conditions = "Шарт. ".repeat(400) + "СОҢЫ";
        byte[] long_ = LicencePdf.render(Samples.licence(conditions), qr);
        try (PDDocument document = Loader.loadPDF(long_)) {
            assertTrue(document.getNumberOfPages() > 1);
        }
        String longText = text(long_);
        assertTrue(longText.contains("СОҢЫ"));
        assertTrue(longText.contains("Город: Астана"));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " "); // lines wrap where the layout wants
        }
    }
}
