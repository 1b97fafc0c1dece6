package kz.gov.elicense.document.control;

import kz.gov.elicense.document.entity.LicenceDocument;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The letters of the Kazakh Cyrillic alphabet that Russian lacks must print and extract as themselves. */
class KazakhAlphabetTest {

    private static final String KAZAKH_LETTERS = "ӘәҒғҚқҢңӨөҰұҮүҺһІі";
    private static final String PUNCTUATION = "«»—№";

    @ParameterizedTest
    @ValueSource(strings = {"liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf",
            "liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"})
    void theLiberationFontsHaveAGlyphForEveryKazakhLetter(String resource) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
                CmapLookup cmap = font.getUnicodeCmapLookup();
                (KAZAKH_LETTERS + PUNCTUATION).codePoints().forEach(letter ->
                        assertNotEquals(0, cmap.getGlyphId(letter), resource + " lacks " + Character.toString(letter)));
            }
        }
    }

    @Test
    void everyKazakhLetterSurvivesRenderingInBothWeights() throws IOException {
        LicenceDocument sample = Samples.licence(KAZAKH_LETTERS);
        LicenceDocument letters = new LicenceDocument(sample.licenceNumber(), sample.holderId(), KAZAKH_LETTERS,
                sample.activityKk(), sample.activityRu(), KAZAKH_LETTERS, sample.licensorName(),
                sample.headSurnameInitials(), sample.issueDate(), sample.city(), sample.applicationNumber(),
                sample.verificationUrl());
        byte[] pdf = LicencePdf.render(letters, QrCode.of(sample.verificationUrl()));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " "); // lines wrap where the layout wants
            assertTrue(text.contains(KAZAKH_LETTERS + ", БСН"), "bold: " + text);
            assertTrue(text.contains("шарттары: " + KAZAKH_LETTERS), "regular: " + text);
        }
    }

    @Test
    void aCharacterTheFontLacksFailsTheRenderingInsteadOfVanishing() {
        LicenceDocument sample = Samples.licence(null);
        LicenceDocument chinese = new LicenceDocument(sample.licenceNumber(), sample.holderId(), "北京 LLP",
                sample.activityKk(), sample.activityRu(), null, sample.licensorName(), sample.headSurnameInitials(),
                sample.issueDate(), sample.city(), sample.applicationNumber(), sample.verificationUrl());
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> LicencePdf.render(chinese, QrCode.of(sample.verificationUrl())));
        assertTrue(failure.getMessage().contains("U+5317"), failure.getMessage());
    }
}
