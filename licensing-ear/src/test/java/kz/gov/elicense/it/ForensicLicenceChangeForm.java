package kz.gov.elicense.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An expert's application about the forensic expert licence they hold (§4.5), as the portal builds it: a reissue on
 * a ground, or a duplicate of a lost or damaged licence, signed with the expert's own demo EDS. The fee is paid by a
 * paper receipt unless the test says it went through the gateway.
 */
final class ForensicLicenceChangeForm {

    private final PortalClient portal;
    private final String procedure;
    final String iin;
    private final String licenceNumber;
    private final String reason;
    private String expertName;
    private boolean feePaidThroughGateway;
    private final Map<String, String> fields = new LinkedHashMap<>();
    private final Map<String, PortalClient.Document> documents = new LinkedHashMap<>();

    private ForensicLicenceChangeForm(PortalClient portal, String procedure, String iin, String licenceNumber,
                                      String reason) {
        this.portal = portal;
        this.procedure = procedure;
        this.iin = iin;
        this.licenceNumber = licenceNumber;
        this.reason = reason;
        this.expertName = "Эксперт " + iin;
        document("FEE_RECEIPT", "fee-receipt.pdf");
    }

    /** A reissue on the ground ({@code PERSONAL_NAME_CHANGE} comes with the grounds document). */
    static ForensicLicenceChangeForm reissue(PortalClient portal, String iin, String licenceNumber, String reason) {
        ForensicLicenceChangeForm form = new ForensicLicenceChangeForm(portal, "FORENSIC_EXPERT_REISSUE", iin,
                licenceNumber, reason);
        return "PERSONAL_NAME_CHANGE".equals(reason) ? form.document("REISSUE_GROUNDS", "name-change.pdf") : form;
    }

    /** A duplicate, {@code LOST} or {@code DAMAGED}. */
    static ForensicLicenceChangeForm duplicate(PortalClient portal, String iin, String licenceNumber, String reason) {
        return new ForensicLicenceChangeForm(portal, "FORENSIC_EXPERT_DUPLICATE", iin, licenceNumber, reason);
    }

    /** A field of the service's form, e.g. {@code newFullName} or {@code reasonDetail}. */
    ForensicLicenceChangeForm field(String name, String value) {
        fields.put(name, value);
        return this;
    }

    /** The expert's name as the portal prefills it. */
    ForensicLicenceChangeForm expertName(String name) {
        this.expertName = name;
        return this;
    }

    ForensicLicenceChangeForm feePaidThroughGateway() {
        feePaidThroughGateway = true;
        documents.remove("FEE_RECEIPT");
        return this;
    }

    ForensicLicenceChangeForm document(String kind, String fileName) {
        byte[] pdf = ("%PDF-1.4\n% " + kind + " of " + iin + " " + System.nanoTime() + "\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
        documents.put(kind, new PortalClient.Document(kind, fileName, pdf, null));
        return this;
    }

    byte[] formBytes() {
        JsonArrayBuilder docs = Json.createArrayBuilder();
        documents.values().forEach(d -> docs.add(Json.createObjectBuilder().add("kind", d.kind())
                .add("fileName", d.fileName()).add("sha256", PortalClient.sha256(d.content()))));
        JsonObjectBuilder form = Json.createObjectBuilder()
                .add("procedure", procedure)
                .add("expert", Json.createObjectBuilder().add("iin", iin).add("fullName", expertName)
                        .add("address", "Астана, Мәңгілік Ел, 8, пәтер 12"))
                .add("licenceNumber", licenceNumber)
                .add("reason", reason)
                .add("feePaidThroughGateway", feePaidThroughGateway)
                .add("documents", docs);
        fields.forEach(form::add);
        return form.build().toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Submits signed in as the expert, with the expert's own EDS over the form. */
    PortalClient.Response submit() {
        byte[] form = formBytes();
        JsonArrayBuilder attachments = Json.createArrayBuilder();
        documents.values().forEach(d -> attachments.add(Json.createObjectBuilder().add("kind", d.kind())
                .add("fileName", d.fileName()).add("mediaType", "application/pdf")
                .add("content", Base64.getEncoder().encodeToString(d.content()))));
        return portal.post("applications", iin, Json.createObjectBuilder()
                .add("form", Base64.getEncoder().encodeToString(form))
                .add("signature", Base64.getEncoder().encodeToString(portal.signWith("individuals/" + iin, form)))
                .add("documents", attachments)
                .build().toString());
    }

    String submitted() {
        return submit().expect(201).json().getString("number");
    }
}
