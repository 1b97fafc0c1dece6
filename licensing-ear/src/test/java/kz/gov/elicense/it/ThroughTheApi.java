package kz.gov.elicense.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import kz.gov.elicense.document.boundary.LicenceSeals;
import kz.gov.elicense.document.entity.LicenceSeal;
import kz.gov.elicense.signature.control.SigningKey;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What the browser tests need done through the portal API beforehand, as the portal and the officers would do it:
 * a submitted application, a licence issued all the way to the register, or a motivated refusal signed. Public so that tests in other packages
 * (the browser tests) can use the package's {@link PortalClient}.
 */
public final class ThroughTheApi {

    private final PortalClient portal = PortalClient.forTestServer();

    /** A licence in the register and the facts its QR code vouches for. */
    public record IssuedLicence(String applicationNumber, String licenceNumber, String holderId, String holderName,
                                LocalDate issueDate) {
    }

    /** A clean security activity application, registered and waiting for the head to assign an executor. */
    public String submittedApplication(String bin) {
        return portal.form(bin).submitted();
    }

    /** The IIN of the head the demo PKI gave the legal entity (the registries know the same head). */
    public String headIinOf(String bin) {
        return portal.headIinOf(bin);
    }

    /** A security activity licence issued to a clean applicant through the five steps of §4.1. */
    public IssuedLicence issuedLicence(String bin) {
        String number = portal.toReportStep(bin);
        portal.draft(number, "LICENCE", "All registry answers are clear; the requirements are met.").expect(200);
        String licenceNumber = portal.sign(number).expect(200).json().getString("licenceNumber");
        JsonObject licence = portal.get("licences/" + licenceNumber, null).expect(200).json();
        return new IssuedLicence(number, licenceNumber, licence.getString("holderId"), licence.getString("holderName"),
                LocalDate.parse(licence.getString("issueDate")));
    }

    /** A security activity application taken to a motivated refusal on the given grounds, signed by the head. */
    public String refusedApplication(String bin, String reason) {
        String number = portal.toReportStep(bin);
        portal.post("applications/" + number + "/result", "executor", Json.createObjectBuilder()
                .add("proposal", "MOTIVATED_REFUSAL").add("report", "The grounds of the refusal are stated.")
                .add("refusalReason", reason).build().toString()).expect(200);
        portal.sign(number).expect(200);
        return number;
    }

    /** The applicant answers the quality survey about their application through the API. */
    public void answeredSurvey(String number, String applicant) {
        portal.post("applications/" + number + "/survey", applicant,
                "{\"process\":\"SATISFIED\",\"information\":\"SATISFIED\"}").expect(201);
    }

    /** The application's status as the applicant reads it through the API. */
    public String statusOf(String number, String applicant) {
        return portal.read(number, applicant).expect(200).json().getString("status");
    }

    /**
     * The text of the licence's QR code: its facts sealed with the provider's key from the tests' demo PKI under
     * the link the test server prints (see arquillian.xml), exactly as the server sealed them on the licence.
     */
    public String qrTextOf(IssuedLicence licence) {
        try {
            SigningKey provider = SigningKey.fromPkcs12(
                    Path.of(System.getProperty("licensing.pki.dir"), "provider", "head-signer.p12"),
                    PortalClient.PASSWORD.toCharArray(), null);
            LicenceSeals seals = new LicenceSeals("http://127.0.0.1:" + System.getProperty("it.http.port")
                    + "/api/v1/licences");
            return seals.seal(new LicenceSeal(licence.licenceNumber(), licence.holderId(), "SEC", licence.issueDate()),
                    provider.privateKey());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot seal with the demo provider key: " + e, e);
        }
    }

    /** An application taken through steps 1–4 by the head and the executor: the executor's report is due. */
    public String atReportStepFor(String bin) {
        return portal.toReportStep(bin);
    }

    /** An application submitted without one of its documents, assigned to {@code executor} by the head. */
    public String assignedWithout(String bin, String documentKind) {
        String number = portal.form(bin).without(documentKind).submitted();
        portal.assign(number, "executor").expect(200);
        return number;
    }

    /** A clean application whose drafted licence awaits the head's signature. */
    public String licenceAwaitingSignature(String bin) {
        String number = portal.toReportStep(bin);
        portal.draft(number, "LICENCE", "All registry answers are clear; the requirements are met.").expect(200);
        return number;
    }

    /** The head signs through the API, as from another screen or client at the same time. */
    public String signedByTheHead(String number) {
        return portal.sign(number).expect(200).json().getString("reference");
    }

    /** The application as an officer reads it through the API. */
    public JsonObject application(String number) {
        return portal.read(number, "head").expect(200).json();
    }

    /** The numbers of the applicant's applications, as the applicant reads them with their own login. */
    public java.util.List<String> applicationsOf(String applicant) {
        return portal.get("applications", applicant).expect(200).jsonArray().getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("number")).toList();
    }

    /** The licence as the public register answers for it. */
    public JsonObject licence(String licenceNumber) {
        return portal.get("licences/" + licenceNumber, null).expect(200).json();
    }

    /** An application received by the office: its number and the number of its line in the incoming journal. */
    public record ReceivedApplication(String number, String incomingNumber) {
    }

    /**
     * A civil pyrotechnics licence application the clerk registered in the incoming journal and whose licence went
     * to the applicant's cabinet, recorded in the outgoing journal (the security licence's procedure has neither
     * step, so it leaves no journal line).
     */
    public ReceivedApplication resultSent(String bin) {
        String number = LicensingForm.issue(portal, "CIVIL_PYROTECHNICS", bin, "PYROTECHNICS_USE").submitted();
        JsonObject line = portal.receive(number).expect(200).json();
        portal.assign(number, "executor").expect(200);
        portal.completeness(number, true, null).expect(200);
        portal.awaitApplication(number, PortalClient.atStep("REPORT_AND_RESULT"), Duration.ofSeconds(60));
        portal.draft(number, "LICENCE", "The requirements are met; the registries' answers are clear.").expect(200);
        portal.sign(number).expect(200);
        portal.awaitApplication(number, a -> "RESULT_ISSUED".equals(a.getString("status")), Duration.ofSeconds(30));
        return new ReceivedApplication(number, line.getString("number"));
    }

    /** A weapon registration submitted through the portal: its paper permit passes the office twice (receipt, dispatch). */
    public String weaponRegistrationAtReceipt(String iin) {
        return portal.weapon(iin).permit("STORE_AND_CARRY").submitted();
    }

    /** A received weapon registration taken through the head, the executor and the signature: it waits at DISPATCH. */
    public void permitAwaitingDispatch(String number) {
        portal.assign(number, "executor").expect(200);
        portal.completeness(number, true, null).expect(200);
        portal.draft(number, "PERMIT", "Documents complete; storage inspected.").expect(200);
        portal.sign(number).expect(200);
    }

    /** A security licence application at the executor's report whose fee is shown only by a scanned receipt. */
    public String atReportWithUndecidedReceipt(String bin) {
        String number = portal.form(bin).feeByReceipt().submitted();
        portal.assign(number, "executor").expect(200);
        portal.completeness(number, true, null).expect(200);
        portal.awaitApplication(number, PortalClient.atStep("REPORT_AND_RESULT"), Duration.ofSeconds(60));
        return number;
    }

    /** A clean security licence application the head assigned to this executor: the completeness check is theirs. */
    public String assignedTo(String bin, String executor) {
        String number = portal.form(bin).submitted();
        portal.assign(number, executor).expect(200);
        return number;
    }

    /** Waits until the broker has parked the message with this correlation id, as the operator's API lists them. */
    public JsonObject parkedLetter(String correlationId, Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            for (JsonObject letter : portal.get("office/dead-letters", "head").expect(200).jsonArray()
                    .getValuesAs(JsonObject.class)) {
                if (correlationId.equals(letter.getString("correlationId", null))) {
                    return letter;
                }
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("No dead letter for " + correlationId + " within " + timeout);
    }

    /** Waits until the registry answers of an application are in, so that its detail page shows them. */
    public JsonObject atReportStep(String number) {
        return portal.awaitApplication(number, PortalClient.atStep("REPORT_AND_RESULT"), Duration.ofSeconds(60));
    }

    /**
     * An application of any service taken from where it stands (received by the office if it waits for that) through
     * the head's assignment, the completeness check and the registries' answers to the executor's proposal, which the
     * head signs: a licence (or the service's positive result), or a motivated refusal on the given grounds. Tells the
     * signed result's reference (the licence number; none for a refusal).
     */
    public String decided(String number, String proposal, String refusalReason) {
        if ("RECEIPT".equals(portal.read(number, "head").expect(200).json().getString("currentStep", null))) {
            portal.receive(number).expect(200);
        }
        portal.assign(number, "executor").expect(200);
        portal.completeness(number, true, null).expect(200);
        portal.awaitApplication(number, PortalClient.atStep("REPORT_AND_RESULT"), Duration.ofSeconds(60));
        if ("MOTIVATED_REFUSAL".equals(proposal)) {
            portal.post("applications/" + number + "/result", "executor", Json.createObjectBuilder()
                    .add("proposal", proposal).add("report", "The grounds of the refusal are stated.")
                    .add("refusalReason", refusalReason).build().toString()).expect(200);
        } else {
            portal.draft(number, proposal, "The requirements are met; the registries' answers are clear.").expect(200);
        }
        return portal.sign(number).expect(200).json().getString("reference", null);
    }
}
