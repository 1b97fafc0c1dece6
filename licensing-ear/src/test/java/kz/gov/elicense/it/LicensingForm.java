package kz.gov.elicense.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form of one of the four services of a licence with annexes (§4.3, §4.4): issue, annex, reissue, duplicate. Built
 * with the documents its checklist asks for (the fee paid by a receipt's scan, since the simulated gateway knows no
 * payments for these services), signed with the applicant's demo EDS and submitted as the portal does.
 */
final class LicensingForm {

    private final PortalClient portal;
    private final String bin;
    private final Map<String, JsonValue> fields = new LinkedHashMap<>();
    private final Map<String, PortalClient.Document> documents = new LinkedHashMap<>();

    private LicensingForm(PortalClient portal, String procedure, String bin) {
        this.portal = portal;
        this.bin = bin;
        fields.put("procedure", Json.createValue(procedure));
        fields.put("applicant", Json.createObjectBuilder().add("bin", bin).add("name", "ТОО test " + bin)
                .add("legalAddress", "Астана, Мәңгілік Ел, 55").add("phone", "+7 7172 000000")
                .add("email", "office@example.kz").build());
        fields.put("feePaidThroughGateway", JsonValue.FALSE);
        document("FEE_RECEIPT", "fee-receipt.pdf");
    }

    /** A licence for the given sub-types, with a storage object and a branch. */
    static LicensingForm issue(PortalClient portal, String activity, String bin, String... subtypes) {
        return new LicensingForm(portal, activity + "_ISSUE", bin)
                .with("subtypes", strings(subtypes))
                .with("sites", Json.createArrayBuilder()
                        .add(site("OBJECT", "Склад / storage", "Астана, ул. Промышленная, 12"))
                        .add(site("BRANCH", "Филиал в Алматы", "Алматы, пр. Абая, 150")).build())
                .document("QUALIFICATION_FORM", "qualification.pdf")
                .document("PREMISES_TITLE", "premises.pdf")
                .document("STAFF_QUALIFICATION", "staff.pdf");
    }

    static LicensingForm annex(PortalClient portal, String activity, String bin, String licence, String... subtypes) {
        return new LicensingForm(portal, activity + "_ANNEX", bin)
                .with("licenceNumber", Json.createValue(licence))
                .with("subtypes", strings(subtypes))
                .document("QUALIFICATION_FORM", "qualification.pdf")
                .document("PREMISES_TITLE", "premises.pdf")
                .document("STAFF_QUALIFICATION", "staff.pdf");
    }

    /** A reissue of nothing yet: name the licence ({@link #licenceItself}) and/or {@link #annexes}. */
    static LicensingForm reissue(PortalClient portal, String activity, String bin, String licence, String reason,
                                 String detail) {
        return new LicensingForm(portal, activity + "_REISSUE", bin)
                .with("licenceNumber", Json.createValue(licence))
                .with("reason", Json.createValue(reason))
                .with("detail", Json.createValue(detail))
                .document("REISSUE_GROUNDS", "grounds.pdf");
    }

    /** A duplicate of nothing yet: name the licence ({@link #licenceItself}) and/or {@link #annexes}. */
    static LicensingForm duplicate(PortalClient portal, String activity, String bin, String licence) {
        return new LicensingForm(portal, activity + "_DUPLICATE", bin)
                .with("licenceNumber", Json.createValue(licence))
                .with("reason", Json.createValue("the original was lost"));
    }

    LicensingForm with(String field, JsonValue value) {
        fields.put(field, value);
        return this;
    }

    LicensingForm with(String field, String value) {
        return with(field, Json.createValue(value));
    }

    /** The licence itself is reissued or duplicated (the flag's name depends on the form). */
    LicensingForm licenceItself() {
        String procedure = ((JsonString) fields.get("procedure")).getString();
        return with(procedure.endsWith("_REISSUE") ? "reissueLicence" : "duplicateLicence", JsonValue.TRUE);
    }

    LicensingForm annexes(int... numbers) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (int number : numbers) {
            array.add(number);
        }
        return with("annexes", array.build());
    }

    LicensingForm document(String kind, String fileName) {
        byte[] pdf = ("%PDF-1.4\n% " + kind + " of " + bin + " " + System.nanoTime() + "\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
        documents.put(kind, new PortalClient.Document(kind, fileName, pdf, null));
        return this;
    }

    LicensingForm without(String kind) {
        documents.remove(kind);
        return this;
    }

    /** The documents the form lists, with their contents: what an officer scans at the counter. */
    Collection<PortalClient.Document> documents() {
        return List.copyOf(documents.values());
    }

    byte[] formBytes() {
        JsonObjectBuilder form = Json.createObjectBuilder();
        fields.forEach(form::add);
        JsonArrayBuilder listed = Json.createArrayBuilder();
        documents.values().forEach(d -> listed.add(Json.createObjectBuilder().add("kind", d.kind())
                .add("fileName", d.fileName()).add("sha256", PortalClient.sha256(d.content()))));
        return form.add("documents", listed).build().toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Submits as {@code user} (normally the applicant itself). */
    PortalClient.Response submitAs(String user) {
        byte[] form = formBytes();
        JsonArrayBuilder attachments = Json.createArrayBuilder();
        documents.values().forEach(d -> attachments.add(Json.createObjectBuilder().add("kind", d.kind())
                .add("fileName", d.fileName()).add("mediaType", "application/pdf")
                .add("content", Base64.getEncoder().encodeToString(d.content()))));
        String request = Json.createObjectBuilder()
                .add("form", Base64.getEncoder().encodeToString(form))
                .add("signature", Base64.getEncoder().encodeToString(portal.form(bin).sign(form)))
                .add("documents", attachments)
                .build().toString();
        return portal.post("applications", user, request);
    }

    PortalClient.Response submit() {
        return submitAs(bin);
    }

    /** Submits and expects acceptance; returns the application number. */
    String submitted() {
        return submit().expect(201).json().getString("number");
    }

    private static JsonValue strings(String... values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (String value : values) {
            array.add(value);
        }
        return array.build();
    }

    private static JsonObjectBuilder site(String kind, String name, String address) {
        return Json.createObjectBuilder().add("kind", kind).add("name", name).add("address", address);
    }
}
