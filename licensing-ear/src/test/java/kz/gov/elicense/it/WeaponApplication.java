package kz.gov.elicense.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import kz.gov.elicense.application.entity.Bin;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A weapon registration (or, with {@link #reregistration}, re-registration) form as the portal builds it, with the
 * documents of §4.2's checklist for the kind of applicant, signed with the applicant's demo EDS.
 */
final class WeaponApplication {

    private final PortalClient portal;
    final String applicantId;
    private String procedure = "WEAPON_REGISTRATION";
    private String permitKind;
    private String ground;
    private String type = "SMOOTHBORE_HUNTING";
    private String make = "ИЖ";
    private String model = "27М";
    private String calibre = "12/70";
    private String serialNumber = "S" + System.nanoTime();
    private final Map<String, PortalClient.Document> documents = new LinkedHashMap<>();

    WeaponApplication(PortalClient portal, String applicantId) {
        this.portal = portal;
        this.applicantId = applicantId;
        boolean legalEntity = Bin.isBin(applicantId);
        this.permitKind = legalEntity ? "STORE" : "STORE_AND_CARRY";
        document("WEAPON_ACQUISITION", "acquisition.pdf", null);
        if (!legalEntity) {
            document("MEDICAL_CERTIFICATE", "medical.pdf", LocalDate.now().plusMonths(6));
            document("PHOTOGRAPH", "photo.pdf", null);
        }
        document("STORAGE_CONDITIONS_ACT", "storage-act.pdf", null);
        document("FEE_RECEIPT", "fee.pdf", null);
    }

    WeaponApplication permit(String kind) {
        this.permitKind = kind;
        return this;
    }

    /** The weapon's identity; make and serial number name it in the register. */
    WeaponApplication weapon(String type, String make, String model, String calibre, String serialNumber) {
        this.type = type;
        this.make = make;
        this.model = model;
        this.calibre = calibre;
        this.serialNumber = serialNumber;
        return this;
    }

    /** Makes this a re-registration of the registered unit of that make and serial number. */
    WeaponApplication reregistration(String make, String serialNumber, String ground) {
        this.procedure = "WEAPON_REREGISTRATION";
        this.make = make;
        this.serialNumber = serialNumber;
        this.ground = ground;
        return this;
    }

    WeaponApplication document(String kind, String fileName, LocalDate validUntil) {
        byte[] pdf = ("%PDF-1.4\n% " + kind + " of " + applicantId + " " + System.nanoTime() + "\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
        documents.put(kind, new PortalClient.Document(kind, fileName, pdf, validUntil));
        return this;
    }

    WeaponApplication without(String kind) {
        documents.remove(kind);
        return this;
    }

    String make() {
        return make;
    }

    String serialNumber() {
        return serialNumber;
    }

    /** The documents the form lists, with their contents: what an officer scans at the counter. */
    Collection<PortalClient.Document> documents() {
        return List.copyOf(documents.values());
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
        JsonObjectBuilder form = Json.createObjectBuilder()
                .add("procedure", procedure)
                .add("applicant", Json.createObjectBuilder().add("id", applicantId)
                        .add("name", (Bin.isBin(applicantId) ? "ТОО " : "") + "Applicant " + applicantId)
                        .add("address", "Астана, Мәңгілік Ел, 8, кв. 12"))
                .add("permitKind", permitKind);
        if (ground == null) {
            form.add("weapon", Json.createObjectBuilder().add("type", type).add("make", make).add("model", model)
                    .add("calibre", calibre).add("serialNumber", serialNumber).add("yearOfManufacture", 2019));
        } else {
            form.add("weapon", Json.createObjectBuilder().add("make", make).add("serialNumber", serialNumber))
                    .add("ground", ground);
        }
        return form.add("documents", docs).build().toString().getBytes(StandardCharsets.UTF_8);
    }

    String request() {
        byte[] form = formBytes();
        JsonArrayBuilder attachments = Json.createArrayBuilder();
        documents.values().forEach(d -> attachments.add(Json.createObjectBuilder().add("kind", d.kind())
                .add("fileName", d.fileName()).add("mediaType", "application/pdf")
                .add("content", Base64.getEncoder().encodeToString(d.content()))));
        return Json.createObjectBuilder()
                .add("form", Base64.getEncoder().encodeToString(form))
                .add("signature", Base64.getEncoder().encodeToString(portal.signAs(applicantId, form)))
                .add("documents", attachments)
                .build().toString();
    }

    PortalClient.Response submit() {
        return portal.post("applications", applicantId, request());
    }

    /** Submits and expects acceptance; returns the application number. */
    String submitted() {
        return submit().expect(201).json().getString("number");
    }
}
