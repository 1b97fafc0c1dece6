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
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
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
            assertEquals(APPLICANT, browser.attribute(field("applicant.bin"), "value"));
            browser.type(field("applicant.name"), "ТОО «Демо Күзет»");
            browser.type(field("applicant.legalAddress"), "Астана, Мәңгілік Ел, 55");
            browser.type(field("applicant.phone"), "+7 7172 000000");
            browser.type(field("applicant.email"), "office@example.kz");
            browser.type(field("head.iin"), "123456789012");
            browser.type(field("head.fullName"), "Head of " + APPLICANT);
            browser.type(field("head.position"), "Директор");
            browser.clickAndLoad(By.id("apply:toDocuments"));
            browser.textOf(By.id("messages"), "123456789012 is not a valid IIN");
            browser.screenshot("2-form-bad-iin");
            browser.type(field("head.iin"), api.headIinOf(APPLICANT));
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

            String number = signedThroughNcaLayer(browser, pki, APPLICANT);
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
            assertFalse(browser.present(By.cssSelector("[data-add='personnel']")), "a duplicate's form names no personnel");
            browser.type(field("applicant.name"), "ТОО test " + holder);
            browser.type(field("applicant.legalAddress"), "Астана, Мәңгілік Ел, 55");
            browser.type(field("licenceNumber"), licence);
            browser.select(field("reason"), "LOST");
            browser.type(field("head.iin"), api.headIinOf(holder));
            browser.type(field("head.fullName"), "Head of " + holder);
            browser.click(field("feePaidThroughGateway"));
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

    /**
     * An individual registers a weapon unit through the wizard: the form is the weapon registration's own (the
     * applicant by IIN, the permit asked for, the weapon's identity with its codes), the checklist asks what an
     * individual presents, the medical certificate with its validity date, and the signed application is
     * registered with the weapon and the documents as entered.
     */
    @Test
    void anIndividualRegistersAWeaponThroughTheWizard() throws Exception {
        String individual = "691115302343";
        Path pki = Path.of(System.getProperty("licensing.pki.dir"));
        ThroughTheApi api = new ThroughTheApi();
        String serial = "S" + System.nanoTime();
        LocalDate medicalUntil = LocalDate.now().plusMonths(6);
        Map<String, Path> documents = Map.of(
                "WEAPON_ACQUISITION", write("acquisition.pdf", pdf("Weapon acquisition licence " + serial)),
                "MEDICAL_CERTIFICATE", write("medical.pdf", pdf("Medical certificate of " + individual)),
                "PHOTOGRAPH", write("photo.jpg", jpeg()),
                "STORAGE_CONDITIONS_ACT", write("storage.pdf", pdf("Storage conditions act")),
                "FEE_RECEIPT", write("fee.png", png()));

        try (Browser browser = Browser.open("apply-weapon", false)) {
            signIn(browser, individual);
            browser.clickAndLoad(By.id("language:en"));
            assertFalse(browser.present(By.cssSelector("input[value='SECURITY_ACTIVITY_ISSUE']")),
                    "a legal entity's service is not offered to an individual");
            assertFalse(browser.present(By.cssSelector("input[value='WEAPON_REGISTRATION'][disabled]")),
                    "the weapon registration has its form on the screen");
            browser.click(By.cssSelector("input[value='WEAPON_REGISTRATION']"));
            browser.clickAndLoad(By.id("apply:choose"));
            assertEquals(individual, browser.attribute(field("applicant.id"), "value"));
            assertEquals("true", browser.attribute(field("applicant.id"), "readonly"), "the IIN is the signed-in one");
            browser.textOf(By.cssSelector("[data-group='weapon']"), "The weapon");
            browser.select(field("permitKind"), "STORE_AND_CARRY");
            browser.select(field("weapon.type"), "SMOOTHBORE_HUNTING");
            fill(browser, "applicant.name", "Иванов Сергей Петрович", "applicant.address", "Астана, Мәңгілік Ел, 8, кв. 12",
                    "weapon.make", "ИЖ", "weapon.model", "27М", "weapon.calibre", "12/70", "weapon.serialNumber", serial,
                    "weapon.yearOfManufacture", "2019");
            browser.screenshot("1-form-en");
            browser.clickAndLoad(By.id("apply:toDocuments"));

            browser.textOf(By.id("doc-MEDICAL_CERTIFICATE"), "required");
            attach(browser, documents, Map.of("MEDICAL_CERTIFICATE", medicalUntil));
            browser.textOf(By.id("attached-PHOTOGRAPH"), "photo.jpg (image/jpeg");
            browser.screenshot("2-documents-en");
            browser.clickAndLoad(By.id("apply:toSignature"));
            browser.textOf(By.id("summaryApplicant"), "Иванов Сергей Петрович (" + individual + ")");

            String number = signedThroughNcaLayer(browser, pki, individual);
            assertTrue(number.matches("WPR-\\d{4}-\\d{6}"), number);
            browser.textOf(By.id("signatureStatus"), "valid");
            assertFalse(browser.present(By.id("done:orderPayment")), "the registration's fee is proven by its receipt");
            browser.screenshot("3-registered-en");

            JsonObject application = api.application(number);
            assertEquals("WEAPON_REGISTRATION", application.getString("procedure"));
            assertEquals(individual, application.getString("applicantId"));
            assertEquals("VALID", application.getString("signatureStatus"));
            Map<String, JsonObject> attached = application.getJsonArray("documents").getValuesAs(JsonObject.class)
                    .stream().collect(Collectors.toMap(d -> d.getString("kind"), d -> d));
            assertEquals(documents.keySet(), attached.keySet());
            assertEquals(medicalUntil.toString(), attached.get("MEDICAL_CERTIFICATE").getString("validUntil"));
            assertEquals(sha256(documents.get("PHOTOGRAPH")), attached.get("PHOTOGRAPH").getString("sha256"));
        }
    }

    /**
     * An individual applies for a forensic expert licence through the wizard, in Kazakh on a phone-sized screen: a
     * required field left empty (the kind of expertise) is told next to it and above the form, the wizard stays on
     * the form and nothing is submitted; then the form goes on with the diploma and the experience, the internship
     * conclusion said to exist electronically is not asked for, the medical certificates carry their validity, and
     * the application signed through NCALayer is registered.
     */
    @Test
    void anExpertAppliesForAForensicExpertLicenceAndAnEmptyRequiredFieldStopsTheWizard() throws Exception {
        String expert = "800101300125";
        Path pki = Path.of(System.getProperty("licensing.pki.dir"));
        ThroughTheApi api = new ThroughTheApi();
        LocalDate until = LocalDate.now().plusMonths(3);
        Map<String, Path> documents = Map.of(
                "HIGHER_EDUCATION_DIPLOMA", write("diploma.pdf", pdf("Diploma of " + expert)),
                "QUALIFICATION_FORM", write("expert-qualification.pdf", pdf("Qualification form of " + expert)),
                "EMPLOYMENT_RECORD", write("employment.pdf", pdf("Employment record of " + expert)),
                "NARCOLOGICAL_CERTIFICATE", write("narcological.jpg", jpeg()),
                "PSYCHIATRIC_CERTIFICATE", write("psychiatric.png", png()));
        List<String> before = api.applicationsOf(expert);

        try (Browser browser = Browser.open("apply-forensic", true)) {
            signIn(browser, expert);
            browser.click(By.cssSelector("input[value='FORENSIC_EXPERT_ISSUE']"));
            browser.clickAndLoad(By.id("apply:choose"));
            assertEquals(expert, browser.attribute(field("expert.iin"), "value"));
            fill(browser, "expert.fullName", "Ахметов Нурлан", "expert.address", "Астана, Мәңгілік Ел, 8, пәтер 12",
                    "expert.email", "expert@example.kz", "diploma.number", "ЖБ-0012345",
                    "diploma.institution", "Л.Н. Гумилев атындағы Еуразия ұлттық университеті",
                    "diploma.issuedOn", "25.06.2010", "diploma.speciality", "Юриспруденция", "experienceYears", "7");
            browser.click(field("internshipConclusionElectronic"));
            browser.clickAndLoad(By.id("apply:toDocuments"));

            browser.textOf(By.id("messages"), "Сот сараптамасының түрі: осы өрісті толтырыңыз.");
            browser.textOf(By.cssSelector("[id='problem-speciality']"), "осы өрісті толтырыңыз");
            assertEquals("true", browser.attribute(field("speciality"), "aria-invalid"));
            assertFalse(browser.present(By.id("checklist")), "the wizard stays on the form");
            assertEquals("Ахметов Нурлан", browser.attribute(field("expert.fullName"), "value"), "the input stays");
            assertEquals(before, api.applicationsOf(expert), "nothing is submitted");
            browser.scrollTo(By.cssSelector("[id='problem-speciality']"));
            browser.screenshot("1-required-field-kk-narrow");

            browser.select(field("speciality"), "HANDWRITING");
            browser.clickAndLoad(By.id("apply:toDocuments"));
            browser.textOf(By.id("doc-INTERNSHIP_CONCLUSION"), "бар болса");
            browser.textOf(By.id("doc-NARCOLOGICAL_CERTIFICATE"), "міндетті");
            attach(browser, documents, Map.of("NARCOLOGICAL_CERTIFICATE", until, "PSYCHIATRIC_CERTIFICATE", until));
            browser.textOf(By.id("attached-PSYCHIATRIC_CERTIFICATE"), "psychiatric.png (image/png");
            browser.screenshot("2-documents-kk-narrow");
            browser.clickAndLoad(By.id("apply:toSignature"));

            String number = signedThroughNcaLayer(browser, pki, expert);
            assertTrue(number.matches("FEX-\\d{4}-\\d{6}"), number);
            browser.screenshot("3-registered-kk-narrow");

            JsonObject application = api.application(number);
            assertEquals("FORENSIC_EXPERT_ISSUE", application.getString("procedure"));
            assertEquals(expert, application.getString("applicantId"));
            assertEquals("VALID", application.getString("signatureStatus"));
            assertEquals(documents.keySet(), application.getJsonArray("documents").getValuesAs(JsonObject.class)
                    .stream().map(d -> d.getString("kind")).collect(Collectors.toSet()));
            assertEquals(List.of(number), api.applicationsOf(expert).stream().filter(n -> !before.contains(n)).toList());
        }
    }

    /** Signs on the signature step with the demo NCALayer holding this key, and tells the registered number. */
    private static String signedThroughNcaLayer(Browser browser, Path pki, String signer) throws Exception {
        try (DemoNcaLayer ncaLayer = DemoNcaLayer.start(pki, signer, DemoNcaLayer.PORT, false)) {
            browser.clickAndLoad(By.id("sign"));
            return browser.find(By.id("applicationNumber")).getText();
        }
    }

    private static void signIn(Browser browser, String applicant) {
        browser.go("/cabinet/apply.xhtml");
        browser.type(By.id("j_username"), applicant);
        browser.type(By.id("j_password"), "demo");
        browser.clickAndLoad(By.id("submit"));
    }

    /** Types each value into the field of its path: path, value, path, value… */
    private static void fill(Browser browser, String... pathsAndValues) {
        for (int i = 0; i < pathsAndValues.length; i += 2) {
            browser.type(field(pathsAndValues[i]), pathsAndValues[i + 1]);
        }
    }

    private static By field(String path) {
        return By.cssSelector("[data-field='" + path + "']");
    }

    /** Chooses the checklist's files, types the validity of those that expire (day.month.year), and attaches them. */
    private static void attach(Browser browser, Map<String, Path> documents, Map<String, LocalDate> validUntil) {
        documents.forEach((kind, file) -> choose(browser, kind, file));
        validUntil.forEach((kind, date) -> browser.type(By.cssSelector("[data-valid-until='" + kind + "']"),
                date.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))));
        browser.clickAndLoad(By.id("apply:attach"));
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
