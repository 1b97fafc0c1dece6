package kz.gov.elicense.screens.boundary;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import kz.gov.elicense.application.boundary.ServiceCatalogue;
import kz.gov.elicense.application.boundary.ServiceDescription;
import kz.gov.elicense.application.boundary.SubmissionReceipt;
import kz.gov.elicense.counter.boundary.CounterDesk;
import kz.gov.elicense.counter.boundary.CounterLookupView;
import kz.gov.elicense.counter.boundary.CounterSubmission;
import kz.gov.elicense.problem.Rejection;
import kz.gov.elicense.screens.control.ScanContent;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The counter (§3) at the screen: the officer looks the applicant up in the registries, enters the security licence
 * form on the data found and uploads the scans of the documents the applicant presented, and the application is
 * taken in, all through {@link CounterDesk} as the API's counter resource does. A scan is accepted by its content
 * (PDF, JPEG or PNG by its first bytes) within the size limit, whatever its file name says.
 */
@Named
@ViewScoped
public class CounterEntry implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The service whose form this screen enters; the others are entered through the API for now. */
    static final String SERVICE = "SECURITY_ACTIVITY_ISSUE";

    @Inject
    CounterDesk counter;

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    Messages messages;

    private String applicantId;
    private Long lookupId;
    private String state;
    private String unavailableReason;
    private List<Answer> answers = List.of();

    private String name;
    private String legalAddress;
    private String phone;
    private String email;
    private String headIin;
    private String headName;
    private String headPosition;
    private boolean feePaidThroughGateway = true;

    private String scanKind;
    private boolean scanOnPaper = true;
    private LocalDate scanValidUntil;
    private final List<Scan> scans = new ArrayList<>();

    private String applicationNumber;

    /** A registry's answer as the officer reads it. */
    public record Answer(String check, String outcome, String summary) implements Serializable {
    }

    /** An uploaded scan with what the officer said of it; its media type is the one its content shows. */
    public record Scan(String kind, String fileName, String mediaType, byte[] content, boolean presentedOnPaper,
                       LocalDate validUntil) implements Serializable {

        public long size() {
            return content.length;
        }

        String sha256() {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** §3 steps 2–3: the registries are asked; their answers arrive by messages, the page polls for them. */
    public void lookUp() {
        String id = applicantId == null ? "" : applicantId.strip();
        if (!id.matches("\\d{12}")) {
            messages.error("counter.applicantInvalid");
            return;
        }
        try {
            show(counter.lookUp(SERVICE, id));
            applicationNumber = null;
            scans.clear();
        } catch (EJBAccessException e) {
            messages.error("counter.refused");
        } catch (Rejection e) {
            messages.error("counter.rejected", e.type());
        }
    }

    /** Called by the page's poll while the registries have not answered. */
    public void refresh() {
        if (lookupId != null && isPending()) {
            show(counter.lookup(lookupId));
        }
    }

    private void show(CounterLookupView lookup) {
        lookupId = lookup.id();
        state = lookup.state();
        unavailableReason = lookup.reason();
        answers = lookup.answers().stream().map(a -> new Answer(a.check(), a.outcome(), a.summary())).toList();
        if ("FOUND".equals(state)) {
            lookup.answers().stream().filter(a -> "LEGAL_ENTITY".equals(a.check()) && a.data() != null)
                    .findFirst().ifPresent(a -> prefill(a.data()));
        }
    }

    /** What the legal entities register holds is entered for the officer, who corrects it with the applicant. */
    private void prefill(JsonObject data) {
        name = data.getString("name", name);
        legalAddress = data.getString("legalAddress", legalAddress);
        headIin = data.getString("headIin", headIin);
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        if (scanKind == null || scanKind.isBlank()) {
            messages.error("counter.scanKindMissing");
            return;
        }
        if (ScanContent.tooLarge(file.getSize())) {
            messages.error("counter.scanTooLarge", file.getFileName(), ScanContent.MAX_BYTES / 1_000_000);
            return;
        }
        byte[] content = file.getContent();
        Optional<String> mediaType = ScanContent.mediaTypeOf(content);
        if (mediaType.isEmpty()) {
            messages.error("counter.scanNotAScan", file.getFileName());
            return;
        }
        scans.removeIf(s -> s.kind().equals(scanKind));
        scans.add(new Scan(scanKind, file.getFileName(), mediaType.get(), content, scanOnPaper, scanValidUntil));
        messages.info("counter.scanAdded", file.getFileName());
        scanValidUntil = null;
    }

    public void remove(String kind) {
        scans.removeIf(s -> s.kind().equals(kind));
    }

    /** §3 steps 4–5: the application is registered and starts its procedure; the lookup is then used. */
    public void takeIn() {
        if (!isFound()) {
            return;
        }
        if (scans.isEmpty()) {
            messages.error("counter.noScans");
            return;
        }
        try {
            SubmissionReceipt receipt = counter.takeIn(new CounterSubmission(lookupId, formBytes(), null,
                    scans.stream().map(s -> new CounterSubmission.Document(s.kind(), s.fileName(), s.mediaType(),
                            s.content(), s.presentedOnPaper())).toList()));
            applicationNumber = receipt.number();
            state = "USED";
            messages.info("counter.takenIn", receipt.number());
        } catch (EJBAccessException e) {
            messages.error("counter.refused");
        } catch (Rejection e) {
            messages.error("counter.formRejected", e.getMessage());
        }
    }

    /** The security licence form, the same JSON a portal form is, with the SHA-256 of every scan. */
    byte[] formBytes() {
        JsonArrayBuilder documents = Json.createArrayBuilder();
        for (Scan scan : scans) {
            JsonObjectBuilder document = Json.createObjectBuilder().add("kind", scan.kind())
                    .add("fileName", scan.fileName()).add("sha256", scan.sha256());
            if (scan.validUntil() != null) {
                document.add("validUntil", scan.validUntil().toString());
            }
            documents.add(document);
        }
        JsonObjectBuilder applicant = Json.createObjectBuilder().add("bin", applicantId.strip())
                .add("name", text(name)).add("legalAddress", text(legalAddress));
        optional(applicant, "phone", phone);
        optional(applicant, "email", email);
        JsonObjectBuilder head = Json.createObjectBuilder().add("iin", text(headIin)).add("fullName", text(headName));
        optional(head, "position", headPosition);
        return Json.createObjectBuilder()
                .add("procedure", SERVICE)
                .add("applicant", applicant)
                .add("head", head)
                .add("personnel", Json.createArrayBuilder())
                .add("documents", documents)
                .add("feePaidThroughGateway", feePaidThroughGateway)
                .build().toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static void optional(JsonObjectBuilder object, String name, String value) {
        if (value != null && !value.isBlank()) {
            object.add(name, value.strip());
        }
    }

    /** The documents the service's checklist names, for the scan's kind. */
    public List<ServiceDescription.Document> getChecklist() {
        return catalogue.all().stream().filter(s -> SERVICE.equals(s.code())).findFirst()
                .map(ServiceDescription::checklist).orElse(List.of());
    }

    public String getService() {
        return SERVICE;
    }

    public boolean isPending() {
        return "PENDING".equals(state);
    }

    public boolean isFound() {
        return "FOUND".equals(state);
    }

    public boolean isNotAvailable() {
        return "NOT_AVAILABLE".equals(state);
    }

    public List<Answer> getAnswers() {
        return answers;
    }

    public String getUnavailableReason() {
        return unavailableReason;
    }

    public List<Scan> getScans() {
        return scans;
    }

    public String getApplicationNumber() {
        return applicationNumber;
    }

    public String getApplicantId() {
        return applicantId;
    }

    public void setApplicantId(String applicantId) {
        this.applicantId = applicantId;
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

    public boolean isFeePaidThroughGateway() {
        return feePaidThroughGateway;
    }

    public void setFeePaidThroughGateway(boolean feePaidThroughGateway) {
        this.feePaidThroughGateway = feePaidThroughGateway;
    }

    public String getScanKind() {
        return scanKind;
    }

    public void setScanKind(String scanKind) {
        this.scanKind = scanKind;
    }

    public boolean isScanOnPaper() {
        return scanOnPaper;
    }

    public void setScanOnPaper(boolean scanOnPaper) {
        this.scanOnPaper = scanOnPaper;
    }

    public LocalDate getScanValidUntil() {
        return scanValidUntil;
    }

    public void setScanValidUntil(LocalDate scanValidUntil) {
        this.scanValidUntil = scanValidUntil;
    }
}
