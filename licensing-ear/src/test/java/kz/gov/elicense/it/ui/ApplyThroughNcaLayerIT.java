package kz.gov.elicense.it.ui;

import jakarta.json.JsonObject;
import kz.gov.elicense.it.Deployments;
import kz.gov.elicense.it.ThroughTheApi;
import kz.gov.elicense.ncalayer.DemoNcaLayer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An applicant applies on screen for a security activity licence: signs in, chooses the service, fills in the form,
 * attaches the checklist's documents (a text file named .pdf and a PNG named .pdf are refused by their content, a
 * real PDF and a real PNG taken), and signs through NCALayer, the demo signer started here with the tests' demo PKI
 * on NCALayer's port. Without a signer the page says NCALayer is not running, and that the signing was cancelled when
 * the applicant declines in NCALayer; signed with another organisation's key
 * the server refuses the signature; signed with the applicant's own key the application is registered, and the API
 * shows it with the signature VALID and exactly the attached documents. Then the fee is paid at the payment gateway.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApplyThroughNcaLayerIT {

    private static final String APPLICANT = "150440001011";
    private static final String OTHER_ORGANISATION = "221140008086";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @TempDir
    Path files;

    @Test
    void theApplicantAppliesSignsThroughNcaLayerAndGetsANumber() throws Exception {
        Path pki = Path.of(System.getProperty("licensing.pki.dir"));
        ThroughTheApi api = new ThroughTheApi();
        Path qualification = write("qualification.pdf", pdf("Qualification requirements form of " + APPLICANT));
        Path training = write("training.pdf", pdf("Special training certificate of the head"));
        Path premises = write("premises.png", png());
        Path textAsPdf = write("fake-qualification.pdf", "just text, not a PDF".getBytes(StandardCharsets.UTF_8));
        Path pngAsPdf = write("premises-scan.pdf", png());

        try (Browser browser = Browser.open("apply-ncalayer", false)) {
            browser.go("/cabinet/apply.xhtml");
            browser.type(By.id("j_username"), APPLICANT);
            browser.type(By.id("j_password"), "demo");
            browser.clickAndLoad(By.id("submit"));
            browser.textOf(By.tagName("h1"), "Қызметке өтініш беру");
            browser.clickAndLoad(By.id("language:en"));
            browser.textOf(By.tagName("h1"), "Apply for a service");
            assertTrue(browser.present(By.id("menu:apply")), "the menu offers the cabinet's wizard to an applicant");
            assertFalse(browser.present(By.cssSelector("input[value='FORENSIC_EXPERT_ISSUE']")),
                    "an individual's service is not offered to a legal entity");
            browser.screenshot("1-service");

            browser.click(By.cssSelector("input[value='SECURITY_ACTIVITY_ISSUE']"));
            browser.clickAndLoad(By.id("apply:choose"));
            assertEquals(APPLICANT, browser.attribute(By.id("apply:bin"), "value"));
            browser.type(By.id("apply:name"), "ТОО «Демо Күзет»");
            browser.type(By.id("apply:legalAddress"), "Астана, Мәңгілік Ел, 55");
            browser.type(By.id("apply:phone"), "+7 7172 000000");
            browser.type(By.id("apply:email"), "office@example.kz");
            browser.type(By.id("apply:headIin"), "123456789012");
            browser.type(By.id("apply:headName"), "Head of " + APPLICANT);
            browser.type(By.id("apply:headPosition"), "Директор");
            browser.clickAndLoad(By.id("apply:toDocuments"));
            browser.textOf(By.id("messages"), "123456789012 is not a valid IIN");
            browser.screenshot("2-form-bad-iin");
            browser.type(By.id("apply:headIin"), api.headIinOf(APPLICANT));
            browser.clickAndLoad(By.id("apply:toDocuments"));

            browser.textOf(By.id("checklist"), "Qualification requirements form");
            choose(browser, "QUALIFICATION_FORM", textAsPdf);
            choose(browser, "PREMISES_TITLE", pngAsPdf);
            choose(browser, "HEAD_SPECIAL_TRAINING", training);
            browser.clickAndLoad(By.id("apply:attach"));
            String refusals = browser.textOf(By.id("messages"), "fake-qualification.pdf");
            assertTrue(refusals.contains("fake-qualification.pdf (Qualification requirements form) is not a PDF, JPEG or PNG"),
                    refusals);
            assertTrue(refusals.contains("premises-scan.pdf (Title or lease of premises) is named as another kind"), refusals);
            browser.textOf(By.id("attached-HEAD_SPECIAL_TRAINING"), "training.pdf (application/pdf");
            assertFalse(browser.present(By.id("attached-QUALIFICATION_FORM")));
            browser.screenshot("3-documents-refused");

            browser.clickAndLoad(By.id("apply:toSignature"));
            browser.textOf(By.id("messages"), "These documents are still missing");
            choose(browser, "QUALIFICATION_FORM", qualification);
            choose(browser, "PREMISES_TITLE", premises);
            browser.clickAndLoad(By.id("apply:attach"));
            browser.textOf(By.id("attached-PREMISES_TITLE"), "premises.png (image/png");
            browser.textOf(By.id("attached-QUALIFICATION_FORM"), "qualification.pdf (application/pdf");
            browser.screenshot("4-documents-attached");

            browser.clickAndLoad(By.id("apply:toSignature"));
            browser.textOf(By.id("summaryDocuments"), sha256(qualification));
            browser.click(By.id("sign"));
            browser.textOf(By.id("signStatus"), "NCALayer is not running on this computer");
            browser.screenshot("5-ncalayer-not-running");

            try (DemoNcaLayer declining = DemoNcaLayer.start(pki, APPLICANT, DemoNcaLayer.PORT, true)) {
                browser.click(By.id("sign"));
                browser.textOf(By.id("signStatus"), "The signing was cancelled in NCALayer.");
            }

            try (DemoNcaLayer wrongKey = DemoNcaLayer.start(pki, OTHER_ORGANISATION, DemoNcaLayer.PORT, false)) {
                browser.clickAndLoad(By.id("sign"));
                browser.textOf(By.id("messages"), "The application was not accepted: the signature is not that of this applicant");
                browser.screenshot("6-signature-refused");
            }

            String number;
            try (DemoNcaLayer ncaLayer = DemoNcaLayer.start(pki, APPLICANT, DemoNcaLayer.PORT, false)) {
                browser.clickAndLoad(By.id("sign"));
                number = browser.find(By.id("applicationNumber")).getText();
            }
            assertTrue(number.matches("SEC-\\d{4}-\\d{6}"), number);
            browser.textOf(By.id("signatureStatus"), "valid");
            browser.textOf(By.id("status"), "Registered");
            browser.screenshot("7-registered");

            JsonObject application = api.application(number);
            assertEquals(APPLICANT, application.getString("applicantId"));
            assertEquals("PORTAL", application.getString("channel"));
            assertEquals("SECURITY_ACTIVITY_ISSUE", application.getString("procedure"));
            assertEquals("VALID", application.getString("signatureStatus"));
            Map<String, String> documents = application.getJsonArray("documents").getValuesAs(JsonObject.class).stream()
                    .collect(Collectors.toMap(d -> d.getString("kind"),
                            d -> d.getString("fileName") + " " + d.getString("mediaType") + " " + d.getString("sha256")));
            assertEquals(Map.of(
                    "QUALIFICATION_FORM", "qualification.pdf application/pdf " + sha256(qualification),
                    "HEAD_SPECIAL_TRAINING", "training.pdf application/pdf " + sha256(training),
                    "PREMISES_TITLE", "premises.png image/png " + sha256(premises)), documents);

            browser.clickAndLoad(By.id("done:orderPayment"));
            browser.textOf(By.id("feeAmount"), "KZT");
            browser.screenshot("8-fee-order");
            browser.click(By.id("pay"));
            browser.textOf(By.id("feeConfirmed"), "The licence fee is paid and confirmed.");
            browser.screenshot("9-fee-confirmed");
            JsonObject payment = api.application(number).getJsonObject("payment");
            assertTrue(payment.getBoolean("feeConfirmed"), payment.toString());
            assertEquals("GATEWAY_PAYMENT", payment.getString("confirmedBy"));
        }
    }

    /**
     * A duplicate of a licence the organisation holds, its fee paid at a bank: the form asks for the licence and the
     * reason (the codes the form's declaration allows), the checklist then requires the receipt, and the application
     * is registered with it.
     */
    @Test
    void aDuplicateWithTheFeePaidByReceiptAsksForTheLicenceAndTheReceipt() throws Exception {
        String holder = "140340009091";
        Path pki = Path.of(System.getProperty("licensing.pki.dir"));
        ThroughTheApi api = new ThroughTheApi();
        String licence = api.issuedLicence(holder).licenceNumber();
        Path receipt = write("receipt.jpg", jpeg());

        try (Browser browser = Browser.open("apply-duplicate", true);
             DemoNcaLayer ncaLayer = DemoNcaLayer.start(pki, holder, DemoNcaLayer.PORT, false)) {
            browser.go("/cabinet/apply.xhtml");
            browser.type(By.id("j_username"), holder);
            browser.type(By.id("j_password"), "demo");
            browser.clickAndLoad(By.id("submit"));
            browser.clickAndLoad(By.id("language:ru"));
            browser.click(By.cssSelector("input[value='SECURITY_ACTIVITY_DUPLICATE']"));
            browser.clickAndLoad(By.id("apply:choose"));
            assertFalse(browser.present(By.id("apply:addPerson")), "a duplicate's form names no personnel");
            browser.type(By.id("apply:name"), "ТОО test " + holder);
            browser.type(By.id("apply:legalAddress"), "Астана, Мәңгілік Ел, 55");
            browser.type(By.id("apply:licenceNumber"), licence);
            browser.select(By.id("apply:reason"), "LOST");
            browser.type(By.id("apply:headIin"), api.headIinOf(holder));
            browser.type(By.id("apply:headName"), "Head of " + holder);
            browser.click(By.id("apply:feeThroughGateway"));
            browser.screenshot("1-form-narrow-ru");
            browser.clickAndLoad(By.id("apply:toDocuments"));

            browser.textOf(By.id("doc-FEE_RECEIPT"), "обязательно");
            browser.clickAndLoad(By.id("apply:toSignature"));
            browser.textOf(By.id("messages"), "Ещё не приложены: Квитанция");
            choose(browser, "FEE_RECEIPT", receipt);
            browser.clickAndLoad(By.id("apply:attach"));
            browser.textOf(By.id("attached-FEE_RECEIPT"), "receipt.jpg (image/jpeg");
            browser.clickAndLoad(By.id("apply:toSignature"));
            browser.clickAndLoad(By.id("sign"));
            String number = browser.find(By.id("applicationNumber")).getText();
            assertFalse(browser.present(By.id("done:orderPayment")), "paid by receipt: nothing to pay here");
            browser.screenshot("2-registered-narrow-ru");

            JsonObject application = api.application(number);
            assertEquals("SECURITY_ACTIVITY_DUPLICATE", application.getString("procedure"));
            assertEquals("VALID", application.getString("signatureStatus"));
            JsonObject document = application.getJsonArray("documents").getJsonObject(0);
            assertEquals("FEE_RECEIPT", document.getString("kind"));
            assertEquals("image/jpeg", document.getString("mediaType"));
            assertEquals(sha256(receipt), document.getString("sha256"));
        }
    }

    private static void choose(Browser browser, String kind, Path file) {
        browser.find(By.cssSelector("input[type='file'][data-kind='" + kind + "']")).sendKeys(file.toString());
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(files.resolve(name), content);
    }

    /** A small but well-formed PDF: one page with one line of text. */
    private static byte[] pdf(String text) {
        String stream = "BT /F1 12 Tf 72 720 Td (" + text.replaceAll("[()\\\\]", "") + ") Tj ET";
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A real PNG image, as a scanned page would be. */
    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 120, 80);
        g.setColor(Color.BLACK);
        g.drawRect(10, 10, 100, 60);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A real JPEG image, as a photographed receipt would be. */
    private static byte[] jpeg() throws IOException {
        BufferedImage image = new BufferedImage(64, 96, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.LIGHT_GRAY);
        g.fillRect(0, 0, 64, 96);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
