package kz.gov.elicense.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An application for a forensic expert licence (§4.5) under construction, as the portal builds it for an
 * individual: a clean expert of seven years in handwriting expertise with every document of the checklist, the fee
 * paid by a paper receipt and the internship conclusion attached. Tests change what their case needs.
 */
final class ForensicExpertForm {

    private final PortalClient portal;
    final String iin;
    private String keyFile;
    private int experienceYears = 7;
    private String speciality = "HANDWRITING";
    private boolean feePaidThroughGateway;
    private boolean internshipConclusionElectronic;
    private final Map<String, PortalClient.Document> documents = new LinkedHashMap<>();

    ForensicExpertForm(PortalClient portal, String iin, String keyFile) {
        this.portal = portal;
        this.iin = iin;
        this.keyFile = keyFile;
        document("HIGHER_EDUCATION_DIPLOMA", "diploma.pdf", null);
        document("QUALIFICATION_FORM", "qualification.pdf", null);
        document("EMPLOYMENT_RECORD", "employment-record.pdf", null);
        document("NARCOLOGICAL_CERTIFICATE", "narcological.pdf", LocalDate.now().plusMonths(6));
        document("PSYCHIATRIC_CERTIFICATE", "psychiatric.pdf", LocalDate.now().plusMonths(6));
        document("FEE_RECEIPT", "fee-receipt.pdf", null);
        document("INTERNSHIP_CONCLUSION", "internship.pdf", null);
    }

    ForensicExpertForm document(String kind, String fileName, LocalDate validUntil) {
        byte[] pdf = ("%PDF-1.4\n% " + kind + " of " + iin + " " + System.nanoTime() + "\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
        documents.put(kind, new PortalClient.Document(kind, fileName, pdf, validUntil));
        return this;
    }

    ForensicExpertForm without(String kind) {
        documents.remove(kind);
        return this;
    }

    ForensicExpertForm experienceYears(int years) {
        this.experienceYears = years;
        return this;
    }

    ForensicExpertForm speciality(String code) {
        this.speciality = code;
        return this;
    }

    /** The fee was paid through the payment gateway: no receipt, the gateway is asked instead. */
    ForensicExpertForm feePaidThroughGateway() {
        this.feePaidThroughGateway = true;
        return without("FEE_RECEIPT");
    }

    /** Signs with another key file of the demo PKI, e.g. {@code applicants/150440001011}. */
    ForensicExpertForm signedWith(String keyFile) {
        this.keyFile = keyFile;
        return this;
    }

    /** The attached documents, for a counter test that hands them in as the officer's scans. */
    java.util.Collection<PortalClient.Document> documents() {
        return documents.values();
    }

    byte[] formBytes() {
        JsonArrayBuilder docs = Json.createArrayBuilder();
        documents.values().forEach(d -> {
            JsonObjectBuilder o = Json.createObjectBuilder().add("kind", d.kind()).add("fileName", d.fileName())
                    .add("sha256", PortalClient.sha256(d.content()));
            if (d.validUntil() != null) {
                o.add("validUntil", d.validUntil().toString());
            }
            docs.add(o);
        });
        return Json.createObjectBuilder()
                .add("procedure", "FORENSIC_EXPERT_ISSUE")
                .add("expert", Json.createObjectBuilder().add("iin", iin).add("fullName", "Эксперт " + iin)
                        .add("address", "Астана, Мәңгілік Ел, 8, пәтер 12").add("phone", "+7 701 000 0000")
                        .add("email", "expert@example.kz"))
                .add("speciality", speciality)
                .add("diploma", Json.createObjectBuilder().add("number", "ЖБ-0012345")
                        .add("institution", "Л.Н. Гумилев атындағы Еуразия ұлттық университеті")
                        .add("issuedOn", "2010-06-25").add("speciality", "Юриспруденция"))
                .add("experienceYears", experienceYears)
                .add("internshipConclusionElectronic", internshipConclusionElectronic)
                .add("feePaidThroughGateway", feePaidThroughGateway)
                .add("documents", docs)
                .build().toString().getBytes(StandardCharsets.UTF_8);
    }

    String request() {
        byte[] form = formBytes();
        JsonArrayBuilder attachments = Json.createArrayBuilder();
        documents.values().forEach(d -> attachments.add(Json.createObjectBuilder().add("kind", d.kind())
                .add("fileName", d.fileName()).add("mediaType", "application/pdf")
                .add("content", Base64.getEncoder().encodeToString(d.content()))));
        return Json.createObjectBuilder()
                .add("form", Base64.getEncoder().encodeToString(form))
                .add("signature", Base64.getEncoder().encodeToString(portal.signWith(keyFile, form)))
                .add("documents", attachments)
                .build().toString();
    }

    /** Submits signed in as the expert (their IIN and password). */
    PortalClient.Response submit() {
        return portal.post("applications", iin, request());
    }

    String submitted() {
        return submit().expect(201).json().getString("number");
    }
}
