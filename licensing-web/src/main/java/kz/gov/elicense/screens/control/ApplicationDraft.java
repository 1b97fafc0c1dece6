package kz.gov.elicense.screens.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The form of a security activity service (issue, reissue, duplicate) as the applicant fills it in on the screen,
 * written as the JSON the portal API takes, with exactly the fields the procedure's form record declares
 * ({@link FormShape}): these bytes are what the applicant signs and what the server verifies. The documents are
 * listed with their SHA-256, so the signature covers them too.
 */
public class ApplicationDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String bin;
    private String name;
    private String legalAddress;
    private String phone;
    private String email;
    private String headIin;
    private String headName;
    private String headPosition;
    private boolean feePaidThroughGateway = true;
    private String licenceNumber;
    private String reason;
    private String reasonDetail;
    private String newName;
    private String newLegalAddress;
    private final List<Person> personnel = new ArrayList<>();

    /** A document as the form lists it. */
    public record Listed(String kind, String fileName, String sha256) {
    }

    /** One of the guards or other personnel. */
    public static class Person implements Serializable {

        private static final long serialVersionUID = 1L;

        private String iin;
        private String fullName;
        private String position;

        public String getIin() {
            return iin;
        }

        public void setIin(String iin) {
            this.iin = iin;
        }

        public String getFullName() {
            return fullName;
        }

        public void setFullName(String fullName) {
            this.fullName = fullName;
        }

        public String getPosition() {
            return position;
        }

        public void setPosition(String position) {
            this.position = position;
        }
    }

    public byte[] formBytes(String procedure, FormShape shape, List<Listed> documents) {
        JsonArrayBuilder docs = Json.createArrayBuilder();
        documents.forEach(d -> docs.add(Json.createObjectBuilder().add("kind", d.kind()).add("fileName", d.fileName())
                .add("sha256", d.sha256())));
        JsonArrayBuilder people = Json.createArrayBuilder();
        personnel.forEach(p -> people.add(person(p.iin, p.fullName, p.position)));
        JsonObjectBuilder applicant = Json.createObjectBuilder().add("bin", bin).add("name", strip(name))
                .add("legalAddress", strip(legalAddress));
        optional(applicant, "phone", phone);
        optional(applicant, "email", email);
        JsonObjectBuilder form = Json.createObjectBuilder()
                .add("procedure", procedure)
                .add("applicant", applicant);
        if (shape.has("licenceNumber")) {
            form.add("licenceNumber", strip(licenceNumber));
        }
        if (shape.has("reason")) {
            form.add("reason", strip(reason));
        }
        for (String[] field : new String[][]{{"reasonDetail", reasonDetail}, {"newName", newName},
                {"newLegalAddress", newLegalAddress}}) {
            if (shape.has(field[0])) {
                optional(form, field[0], field[1]);
            }
        }
        form.add("head", person(headIin, headName, headPosition));
        if (shape.has("personnel")) {
            form.add("personnel", people);
        }
        return form.add("documents", docs)
                .add("feePaidThroughGateway", feePaidThroughGateway)
                .build().toString().getBytes(StandardCharsets.UTF_8);
    }

    private static JsonObjectBuilder person(String iin, String fullName, String position) {
        JsonObjectBuilder person = Json.createObjectBuilder().add("iin", strip(iin)).add("fullName", strip(fullName));
        optional(person, "position", position);
        return person;
    }

    private static void optional(JsonObjectBuilder object, String name, String value) {
        if (value != null && !value.isBlank()) {
            object.add(name, value.strip());
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    public void addPerson() {
        personnel.add(new Person());
    }

    public void removePerson(Person person) {
        personnel.remove(person);
    }

    public List<Person> getPersonnel() {
        return personnel;
    }

    public String getBin() {
        return bin;
    }

    public void setBin(String bin) {
        this.bin = bin;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLegalAddress() {
        return legalAddress;
    }

    public void setLegalAddress(String legalAddress) {
        this.legalAddress = legalAddress;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getHeadIin() {
        return headIin;
    }

    public void setHeadIin(String headIin) {
        this.headIin = headIin;
    }

    public String getHeadName() {
        return headName;
    }

    public void setHeadName(String headName) {
        this.headName = headName;
    }

    public String getHeadPosition() {
        return headPosition;
    }

    public void setHeadPosition(String headPosition) {
        this.headPosition = headPosition;
    }

    public String getLicenceNumber() {
        return licenceNumber;
    }

    public void setLicenceNumber(String licenceNumber) {
        this.licenceNumber = licenceNumber;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getReasonDetail() {
        return reasonDetail;
    }

    public void setReasonDetail(String reasonDetail) {
        this.reasonDetail = reasonDetail;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewLegalAddress() {
        return newLegalAddress;
    }

    public void setNewLegalAddress(String newLegalAddress) {
        this.newLegalAddress = newLegalAddress;
    }

    public boolean isFeePaidThroughGateway() {
        return feePaidThroughGateway;
    }

    public void setFeePaidThroughGateway(boolean feePaidThroughGateway) {
        this.feePaidThroughGateway = feePaidThroughGateway;
    }
}
