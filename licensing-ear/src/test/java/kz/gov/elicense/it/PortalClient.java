package kz.gov.elicense.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import kz.gov.elicense.signature.control.CmsSigner;
import kz.gov.elicense.signature.control.SigningKey;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Speaks to the portal API over HTTP exactly as the e-government portal would: builds an application form,
 * signs its bytes with the applicant's demo EDS, submits it, and lets officers act. Used by the black-box tests
 * from outside the server and by in-container tests from inside it.
 */
final class PortalClient {

    static final String PASSWORD = "demo";

    private final URI api;
    private final Path pki;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** Sent as X-Correlation-Id with every request when set, as a portal that correlates its calls does. */
    private final String correlationId;

    PortalClient(URI api, Path pki) {
        this(api, pki, null);
    }

    private PortalClient(URI api, Path pki, String correlationId) {
        this.api = api;
        this.pki = pki;
        this.correlationId = correlationId;
    }

    /** The same client, sending the correlation id with every request. */
    PortalClient correlatedAs(String id) {
        return new PortalClient(api, pki, id);
    }

    /** The server Arquillian started: port offset 100 unless told otherwise. */
    static PortalClient forTestServer() {
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 100);
        return new PortalClient(URI.create("http://127.0.0.1:" + (8080 + offset) + "/api/v1/"),
                Path.of(System.getProperty("licensing.pki.dir")));
    }

    Form form(String bin) {
        return new Form(bin);
    }

    /** The reissue of the applicant's security licence on a ground, with the reissue grounds document. */
    Form reissueForm(String bin, String licenceNumber, String reason) {
        Form form = new Form(bin).procedure("SECURITY_ACTIVITY_REISSUE").field("licenceNumber", licenceNumber)
                .field("reason", reason);
        form.documents.clear();
        return form.document("REISSUE_GROUNDS", "grounds.pdf", null);
    }

    /** A duplicate of the applicant's security licence, lost or damaged; no documents (the fee went through the gateway). */
    Form duplicateForm(String bin, String licenceNumber, String reason) {
        Form form = new Form(bin).procedure("SECURITY_ACTIVITY_DUPLICATE").field("licenceNumber", licenceNumber)
                .field("reason", reason);
        form.documents.clear();
        form.omitted.add("personnel");
        return form;
    }

    /** An application form under construction, with the three documents of the security licence checklist. */
    final class Form {
        final String bin;
        String keyFile;
        String headIin;
        final Map<String, Document> documents = new LinkedHashMap<>();
        final List<String> personnel = new ArrayList<>();
        String procedure = "SECURITY_ACTIVITY_ISSUE";
        String legalAddress = "Астана, Мәңгілік Ел, 55";
        boolean feePaidThroughGateway = true;
        final List<JsonObject> sites = new ArrayList<>();
        final Map<String, String> fields = new LinkedHashMap<>();
        final java.util.Set<String> omitted = new java.util.HashSet<>();

        Form(String bin) {
            this.bin = bin;
            this.keyFile = bin;
            document("QUALIFICATION_FORM", "qualification.pdf", null);
            document("HEAD_SPECIAL_TRAINING", "training.pdf", LocalDate.now().plusYears(1));
            document("PREMISES_TITLE", "premises.pdf", LocalDate.now().plusYears(1));
        }

        Form document(String kind, String fileName, LocalDate validUntil) {
            byte[] pdf = ("%PDF-1.4\n% " + kind + " of " + bin + " " + System.nanoTime() + "\n%%EOF\n")
                    .getBytes(StandardCharsets.US_ASCII);
            documents.put(kind, new Document(kind, fileName, pdf, validUntil));
            return this;
        }

        Form without(String kind) {
            documents.remove(kind);
            return this;
        }

        /** Signs with another key file of the demo PKI, e.g. {@code expired-150440001011} or another BIN. */
        Form signedWith(String keyFileName) {
            this.keyFile = keyFileName;
            return this;
        }

        Form head(String iin) {
            this.headIin = iin;
            return this;
        }

        Form guard(String iin) {
            personnel.add(iin);
            return this;
        }

        Form procedure(String code) {
            this.procedure = code;
            return this;
        }

        /** A field of the service's form beyond the issue's, e.g. {@code newName} of a reissue. */
        Form field(String name, String value) {
            fields.put(name, value);
            return this;
        }

        Form legalAddress(String address) {
            this.legalAddress = address;
            return this;
        }

        /** A branch or object of the licensee ({@code BRANCH} or {@code OBJECT}). */
        Form site(String kind, String name, String address) {
            sites.add(Json.createObjectBuilder().add("kind", kind).add("name", name).add("address", address).build());
            return this;
        }

        /** The fee paid at a bank: not through the gateway, its scanned receipt attached. */
        Form feeByReceipt() {
            feePaidThroughGateway = false;
            return document("FEE_RECEIPT", "receipt.pdf", null);
        }

        byte[] formBytes() {
            JsonArrayBuilder docs = Json.createArrayBuilder();
            documents.values().forEach(d -> {
                JsonObjectBuilder o = Json.createObjectBuilder().add("kind", d.kind).add("fileName", d.fileName)
                        .add("sha256", sha256(d.content));
                if (d.validUntil != null) {
                    o.add("validUntil", d.validUntil.toString());
                }
                docs.add(o);
            });
            JsonArrayBuilder people = Json.createArrayBuilder();
            personnel.forEach(iin -> people.add(Json.createObjectBuilder().add("iin", iin).add("fullName", "Guard " + iin)
                    .add("position", "guard")));
            JsonObjectBuilder form = Json.createObjectBuilder()
                    .add("procedure", procedure)
                    .add("applicant", Json.createObjectBuilder().add("bin", bin).add("name", "ТОО test " + bin)
                            .add("legalAddress", legalAddress).add("phone", "+7 7172 000000")
                            .add("email", "office@example.kz"))
                    .add("head", Json.createObjectBuilder().add("iin", headIin != null ? headIin : headIinOf(bin))
                            .add("fullName", "Head of " + bin).add("position", "Директор"))
                    .add("personnel", people)
                    .add("documents", docs)
                    .add("feePaidThroughGateway", feePaidThroughGateway);
            if (!sites.isEmpty()) {
                JsonArrayBuilder declared = Json.createArrayBuilder();
                sites.forEach(declared::add);
                form.add("sites", declared);
            }
            fields.forEach(form::add);
            omitted.forEach(form::remove);
            return form.build().toString().getBytes(StandardCharsets.UTF_8);
        }

        byte[] sign(byte[] content) {
            try {
                SigningKey key = SigningKey.fromPkcs12(pki.resolve("applicants").resolve(keyFile + ".p12"),
                        PASSWORD.toCharArray(), null);
                return new CmsSigner().signDetached(content, key);
            } catch (Exception e) {
                throw new IllegalStateException("Cannot sign with demo key " + keyFile, e);
            }
        }

        /** The submission as the portal sends it; {@code tamper} may alter the form after signing. */
        String request(boolean tamperAfterSigning, byte[] signatureOverride) {
            byte[] form = formBytes();
            byte[] signature = signatureOverride != null ? signatureOverride : sign(form);
            if (tamperAfterSigning) {
                form = new String(form, StandardCharsets.UTF_8).replace("Мәңгілік Ел, 55", "Мәңгілік Ел, 56")
                        .getBytes(StandardCharsets.UTF_8);
            }
            JsonArrayBuilder attachments = Json.createArrayBuilder();
            documents.values().forEach(d -> attachments.add(Json.createObjectBuilder().add("kind", d.kind)
                    .add("fileName", d.fileName).add("mediaType", "application/pdf")
                    .add("content", Base64.getEncoder().encodeToString(d.content))));
            return Json.createObjectBuilder()
                    .add("form", Base64.getEncoder().encodeToString(form))
                    .add("signature", Base64.getEncoder().encodeToString(signature))
                    .add("documents", attachments)
                    .build().toString();
        }

        Response submit() {
            return post("applications", bin, request(false, null));
        }

        /**
         * A request body made once by {@link #request}, sent under the portal's idempotency key; a retry sends the
         * same body again (a new {@code request} is signed anew and so is another request).
         */
        Response submitBody(String body, String idempotencyKey) {
            return send(HttpRequest.newBuilder(api.resolve("applications"))
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", idempotencyKey)
                    .POST(HttpRequest.BodyPublishers.ofString(body)), bin);
        }

        /** Submits and expects acceptance; returns the application number. */
        String submitted() {
            Response response = submit();
            response.expect(201);
            return response.json().getString("number");
        }
    }

    record Document(String kind, String fileName, byte[] content, LocalDate validUntil) {
    }

    /** An individual expert's application for a forensic expert licence (§4.5), signed with their own demo EDS. */
    ForensicExpertForm forensicForm(String iin) {
        return new ForensicExpertForm(this, iin, "individuals/" + iin);
    }

    /** Signs with a key file of the demo PKI, e.g. {@code individuals/800101300125} or {@code applicants/150440001011}. */
    byte[] signWith(String keyFile, byte[] content) {
        try {
            SigningKey key = SigningKey.fromPkcs12(pki.resolve(keyFile + ".p12"), PASSWORD.toCharArray(), null);
            return new CmsSigner().signDetached(content, key);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot sign with demo key " + keyFile, e);
        }
    }

    /**
     * A weapon registration or re-registration form (§4.2): an individual's, signed with the demo key
     * {@code individual.<iin>} (individuals/&lt;iin&gt;.p12), or a legal entity's, signed with its head's key.
     */
    WeaponApplication weapon(String applicantId) {
        return new WeaponApplication(this, applicantId);
    }

    /** Signs the bytes with the applicant's demo EDS: a BIN's head key or an individual's own key. */
    byte[] signAs(String applicantId, byte[] content) {
        String folder = kz.gov.elicense.application.entity.Bin.isBin(applicantId) ? "applicants" : "individuals";
        return signWith(folder + "/" + applicantId, content);
    }

    String headIinOf(String bin) {
        try {
            java.util.Properties properties = new java.util.Properties();
            try (var in = java.nio.file.Files.newBufferedReader(pki.resolve("demo-pki.properties"))) {
                properties.load(in);
            }
            return properties.getProperty("applicant." + bin + ".iin");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- the officers' actions

    Response assign(String number, String executor) {
        return post("applications/" + number + "/executor", "head", "{\"executor\":\"" + executor + "\"}");
    }

    Response completeness(String number, boolean complete, String reason) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("complete", complete);
        if (reason != null) {
            body.add("reason", reason);
        }
        return post("applications/" + number + "/completeness", "executor", body.build().toString());
    }

    /**
     * The executor's draft; a positive one after the executor has confirmed a scanned fee receipt that nobody decided
     * on yet, since no positive result is drafted without a confirmed fee.
     */
    Response draft(String number, String proposal, String report) {
        if (!"MOTIVATED_REFUSAL".equals(proposal)) {
            confirmUndecidedFeeReceipt(number);
        }
        return draftAsIs(number, proposal, report);
    }

    /** The executor's draft exactly as asked, with no decision on the fee receipt before it. */
    Response draftAsIs(String number, String proposal, String report) {
        return post("applications/" + number + "/result", "executor", Json.createObjectBuilder()
                .add("proposal", proposal).add("report", report).build().toString());
    }

    /** The executor confirms (or rejects, with the note) the scanned fee receipt of the application. */
    Response decideFeeReceipt(String number, boolean confirmed, String note) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("confirmed", confirmed);
        if (note != null) {
            body.add("note", note);
        }
        return post("applications/" + number + "/fee-receipt", "executor", body.build().toString());
    }

    private void confirmUndecidedFeeReceipt(String number) {
        Response read = read(number, "executor");
        if (read.status() != 200) {
            return;
        }
        JsonObject application = read.json();
        JsonObject payment = application.getJsonObject("payment");
        boolean receiptAttached = application.getJsonArray("documents").getValuesAs(JsonObject.class).stream()
                .anyMatch(d -> "FEE_RECEIPT".equals(d.getString("kind")));
        if (receiptAttached && !payment.getBoolean("feeConfirmed") && payment.getJsonArray("receiptDecisions").isEmpty()) {
            // a refusal of this (wrong step, another executor) leaves the draft to give the answer the test expects
            decideFeeReceipt(number, true, "The receipt shows the fee paid");
        }
    }

    /** The office registers the received application in the incoming journal. */
    Response receive(String number) {
        return post("applications/" + number + "/receipt", "clerk", "");
    }

    /** The executor's assignment by the given head, with an instruction. */
    Response assign(String number, String executor, String head, String instruction) {
        return post("applications/" + number + "/executor", head, Json.createObjectBuilder()
                .add("executor", executor).add("instruction", instruction).build().toString());
    }

    Response sign(String number) {
        return post("applications/" + number + "/signature", "head", "");
    }

    Response read(String number, String user) {
        return get("applications/" + number, user);
    }

    /** Polls the application until its state satisfies the condition (registry answers arrive by JMS). */
    JsonObject awaitApplication(String number, Predicate<JsonObject> condition, Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        JsonObject last = null;
        while (Instant.now().isBefore(end)) {
            last = read(number, "executor").expect(200).json();
            if (condition.test(last)) {
                return last;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("Application " + number + " did not reach the expected state in " + timeout
                + "; last seen: " + last);
    }

    static Predicate<JsonObject> atStep(String step) {
        return a -> step.equals(a.getString("currentStep", null));
    }

    /** Takes a clean application through steps 1–4 to the executor's report. */
    String toReportStep(String bin) {
        String number = form(bin).submitted();
        assign(number, "executor").expect(200);
        completeness(number, true, null).expect(200);
        awaitApplication(number, atStep("REPORT_AND_RESULT"), Duration.ofSeconds(60));
        return number;
    }

    // --- HTTP

    Response get(String path, String user) {
        return send(HttpRequest.newBuilder(api.resolve(path)).GET(), user);
    }

    Response post(String path, String user, String json) {
        return send(HttpRequest.newBuilder(api.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), user);
    }

    /** A POST with no user but one extra header, as the payment gateway sends its callbacks. */
    Response postWithHeader(String path, String json, String header, String value) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (value != null) {
            request.header(header, value);
        }
        return send(request, null);
    }

    /** A request to an absolute address, e.g. the payment gateway's payment page. */
    Response postTo(URI address) {
        return send(HttpRequest.newBuilder(address).POST(HttpRequest.BodyPublishers.noBody()), null);
    }

    private Response send(HttpRequest.Builder request, String user) {
        if (correlationId != null) {
            request.header("X-Correlation-Id", correlationId);
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null), response.body());
        } catch (Exception e) {
            throw new IllegalStateException("HTTP request failed: " + e, e);
        }
    }

    record Response(int status, String contentType, String location, String body) {

        Response expect(int expected) {
            if (status != expected) {
                throw new AssertionError("Expected HTTP " + expected + " but got " + status + ": " + body);
            }
            return this;
        }

        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        JsonArray jsonArray() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readArray();
            }
        }

        /** The problem type's code, e.g. {@code signature-invalid}. */
        String problem() {
            if (!contentType.startsWith("application/problem+json")) {
                throw new AssertionError("Not a problem (" + contentType + "): " + body);
            }
            return json().getString("type").replace("urn:kz:elicense:problem:", "");
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean isNull(JsonObject object, String key) {
        return !object.containsKey(key) || object.get(key) == JsonValue.NULL;
    }
}
