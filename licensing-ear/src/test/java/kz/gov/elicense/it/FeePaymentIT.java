package kz.gov.elicense.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import kz.gov.elicense.payment.boundary.GatewaySignature;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The licence fee (§2 process 4) in the real server: paid through the demo payment gateway, whose signed callback
 * confirms it once however often it comes; a callback without the shared secret's HMAC changes nothing; a scanned
 * receipt counts only once the executor confirms it; and without a confirmed fee no licence is drafted or signed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FeePaymentIT {

    private static final String APPLICANT = "221140008086";
    private static final String OTHER_APPLICANT = "140340009091";
    private static final long ISSUE_FEE = 43250;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final PortalClient portal = PortalClient.forTestServer();

    @Test
    void theFeePaidThroughTheGatewaySimulatorLetsTheLicenceBeDrafted() {
        String number = atReportWithUndecidedReceipt();
        assertEquals("fee-not-confirmed", portal.draftAsIs(number, "LICENCE", "Clear").expect(409).problem(),
                "nothing paid, the receipt not confirmed");

        assertEquals(403, portal.post("applications/" + number + "/payments", "executor", "").status(),
                "the applicant pays, not an officer");
        assertEquals("not-found", portal.post("applications/" + number + "/payments", OTHER_APPLICANT, "")
                .expect(404).problem(), "another applicant's application");
        JsonObject order = portal.post("applications/" + number + "/payments", APPLICANT, "").expect(200).json();
        assertEquals(ISSUE_FEE, order.getJsonNumber("amount").longValue(), "the fee schedule's amount");
        assertEquals("KZT", order.getString("currency"));
        assertEquals("PENDING", order.getString("status"));
        assertEquals(order.getString("reference"), portal.post("applications/" + number + "/payments", APPLICANT, "")
                .expect(200).json().getString("reference"), "a pending order is handed out again, not doubled");

        URI paymentPage = URI.create(order.getString("paymentUrl"));
        PortalClient.Response paid = portal.postTo(URI.create(paymentPage + "/payment")).expect(202);
        assertEquals("PAID", paid.json().getString("status"));

        JsonObject confirmed = portal.awaitApplication(number,
                a -> a.getJsonObject("payment").getBoolean("feeConfirmed"), Duration.ofSeconds(30))
                .getJsonObject("payment");
        assertEquals("GATEWAY_PAYMENT", confirmed.getString("confirmedBy"));
        JsonObject confirmedOrder = confirmed.getJsonArray("orders").getJsonObject(0);
        assertEquals("CONFIRMED", confirmedOrder.getString("status"));
        assertEquals(paid.json().getString("transactionId"), confirmedOrder.getString("transactionId"));
        assertEquals(List.of("CONFIRMED"), dispositions(confirmed));

        assertEquals("fee-already-paid", portal.post("applications/" + number + "/payments", APPLICANT, "")
                .expect(409).problem());
        portal.draftAsIs(number, "LICENCE", "The fee is paid through the gateway; the registries are clear.")
                .expect(200);
        assertTrue(portal.sign(number).expect(200).json().getString("licenceNumber").startsWith("KZ"));
    }

    @Test
    void aGatewayPaymentAfterAnUnpaidAnswerToTheFeeQuestionSupersedesThatAnswer() {
        String unpaid = "170640003039";
        String number = portal.toReportStep(unpaid);
        assertEquals("adverse-registry-answer", portal.draftAsIs(number, "LICENCE", "Clear").expect(409).problem(),
                "E-licensing answered the fee question UNPAID");

        JsonObject order = portal.post("applications/" + number + "/payments", unpaid, "").expect(200).json();
        portal.postTo(URI.create(order.getString("paymentUrl") + "/payment")).expect(202);
        portal.awaitApplication(number, a -> a.getJsonObject("payment").getBoolean("feeConfirmed"),
                Duration.ofSeconds(30));

        portal.draftAsIs(number, "LICENCE", "Paid through the gateway after the unpaid answer").expect(200);
    }

    @Test
    void aCallbackWithoutTheSharedSecretsSignatureIsRefusedAndChangesNothing() {
        String number = atReportWithUndecidedReceipt();
        JsonObject order = portal.post("applications/" + number + "/payments", APPLICANT, "").expect(200).json();
        String report = report(order.getString("reference"), "TX-forged", ISSUE_FEE);

        PortalClient.Response forged = callback(report, new GatewaySignature("not-the-shared-secret")
                .sign(report.getBytes(StandardCharsets.UTF_8)));
        assertEquals(401, forged.status());
        assertEquals("callback-signature-invalid", forged.problem());
        assertEquals("callback-signature-invalid", callback(report, null).expect(401).problem(), "no signature");
        byte[] anotherBody = report(order.getString("reference"), "TX-other", ISSUE_FEE).getBytes(StandardCharsets.UTF_8);
        assertEquals(401, callback(report, shared().sign(anotherBody)).status(), "the shared secret's signature of another body");

        JsonObject payment = portal.read(number, APPLICANT).expect(200).json().getJsonObject("payment");
        assertFalse(payment.getBoolean("feeConfirmed"));
        assertEquals("PENDING", payment.getJsonArray("orders").getJsonObject(0).getString("status"));
        assertTrue(payment.getJsonArray("callbacks").isEmpty(), payment.toString());
        assertEquals("fee-not-confirmed", portal.draftAsIs(number, "LICENCE", "Clear").expect(409).problem());
    }

    @Test
    void theSameCallbackTenTimesIsOnePaymentAndAConflictingAmountIsRefusedAndRecorded() {
        String number = atReportWithUndecidedReceipt();
        String reference = portal.post("applications/" + number + "/payments", APPLICANT, "").expect(200).json()
                .getString("reference");
        String report = report(reference, "TX-" + number, ISSUE_FEE);
        String signature = shared().sign(report.getBytes(StandardCharsets.UTF_8));

        for (int i = 0; i < 10; i++) {
            JsonObject answer = callback(report, signature).expect(200).json();
            assertEquals(i == 0 ? "CONFIRMED" : "REPEATED", answer.getString("disposition"));
            assertEquals("CONFIRMED", answer.getString("orderStatus"));
        }
        String otherAmount = report(reference, "TX-" + number, ISSUE_FEE - 1);
        assertEquals("payment-callback-conflict", callback(otherAmount,
                shared().sign(otherAmount.getBytes(StandardCharsets.UTF_8))).expect(409).problem());
        String unknown = report("FEE-unknown", "TX-x", ISSUE_FEE);
        assertEquals("payment-order-unknown", callback(unknown,
                shared().sign(unknown.getBytes(StandardCharsets.UTF_8))).expect(404).problem());

        JsonObject payment = portal.read(number, "executor").expect(200).json().getJsonObject("payment");
        assertEquals(1, payment.getJsonArray("orders").size(), "one payment");
        JsonObject order = payment.getJsonArray("orders").getJsonObject(0);
        assertEquals("CONFIRMED", order.getString("status"));
        assertEquals(ISSUE_FEE, order.getJsonNumber("amount").longValue());
        List<String> dispositions = dispositions(payment);
        assertEquals(1, dispositions.stream().filter("CONFIRMED"::equals).count(), dispositions.toString());
        assertEquals(9, dispositions.stream().filter("REPEATED"::equals).count(), dispositions.toString());
        assertEquals("CONFLICTING", dispositions.get(dispositions.size() - 1), "the conflict is on record");
        portal.draftAsIs(number, "LICENCE", "Paid once through the gateway.").expect(200);
    }

    @Test
    void aReceiptTheExecutorConfirmsLetsTheLicenceBeDrafted() {
        String number = atReportWithUndecidedReceipt();
        assertEquals(403, portal.post("applications/" + number + "/fee-receipt", APPLICANT,
                "{\"confirmed\":true}").status(), "the applicant does not confirm their own receipt");
        JsonObject decided = portal.decideFeeReceipt(number, true, "Receipt No. 4471 of Halyk Bank, 43 250 tenge")
                .expect(200).json().getJsonObject("payment");
        assertTrue(decided.getBoolean("feeConfirmed"));
        assertEquals("OFFICER_CONFIRMED_RECEIPT", decided.getString("confirmedBy"));
        assertEquals("executor", decided.getJsonArray("receiptDecisions").getJsonObject(0).getString("decidedBy"));
        portal.draftAsIs(number, "LICENCE", "The receipt is confirmed; the registries are clear.").expect(200);
        portal.sign(number).expect(200);
    }

    @Test
    void aRejectedReceiptStopsTheLicenceAtTheDraftAndAtTheSignature() {
        String number = atReportWithUndecidedReceipt();
        assertEquals("note-required", portal.decideFeeReceipt(number, false, null).expect(400).problem());
        portal.decideFeeReceipt(number, false, "The bank knows no such payment").expect(200);
        PortalClient.Response refused = portal.draftAsIs(number, "LICENCE", "Clear").expect(409);
        assertEquals("fee-not-confirmed", refused.problem());
        assertTrue(refused.json().getString("detail").contains("rejected"), refused.body());

        // confirmed after all, drafted, then the receipt rejected before the head signs
        portal.decideFeeReceipt(number, true, "The payment arrived late").expect(200);
        portal.draftAsIs(number, "LICENCE", "Clear").expect(200);
        portal.decideFeeReceipt(number, false, "The payment was recalled by the bank").expect(200);
        assertEquals("fee-not-confirmed", portal.sign(number).expect(409).problem());
        JsonObject application = portal.read(number, "executor").expect(200).json();
        assertEquals("HEAD_SIGNATURE", application.getString("currentStep"), "nothing was signed");
        assertTrue(PortalClient.isNull(application.getJsonObject("result"), "licenceNumber"));
    }

    /** A clean applicant's security licence application at the executor's report, its fee shown only by a scan. */
    private String atReportWithUndecidedReceipt() {
        String number = portal.form(APPLICANT).feeByReceipt().submitted();
        portal.assign(number, "executor").expect(200);
        portal.completeness(number, true, null).expect(200);
        portal.awaitApplication(number, PortalClient.atStep("REPORT_AND_RESULT"), Duration.ofSeconds(60));
        return number;
    }

    private PortalClient.Response callback(String body, String signature) {
        return portal.postWithHeader("payment-callbacks", body, GatewaySignature.HEADER, signature);
    }

    private static String report(String reference, String transaction, long amount) {
        return Json.createObjectBuilder().add("reference", reference).add("transactionId", transaction)
                .add("amount", amount).add("currency", "KZT").add("status", "PAID")
                .add("paidAt", "2026-03-02T09:01:30Z").build().toString();
    }

    private static List<String> dispositions(JsonObject payment) {
        return payment.getJsonArray("callbacks").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("disposition")).toList();
    }

    /** The secret the server shares with the gateway, from the configuration the server runs with. */
    private static GatewaySignature shared() {
        Properties properties = new Properties();
        Path file = Path.of(System.getProperty("licensing.config.dir"), "payment-gateway.properties");
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new GatewaySignature(properties.getProperty("secret"));
    }
}
