package kz.gov.elicense.screens.boundary;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import kz.gov.elicense.application.boundary.ServiceCatalogue;
import kz.gov.elicense.application.boundary.ServiceDescription;
import kz.gov.elicense.application.boundary.SubmissionReceipt;
import kz.gov.elicense.counter.boundary.CounterDesk;
import kz.gov.elicense.counter.boundary.CounterLookupView;
import kz.gov.elicense.counter.boundary.CounterSubmission;
import kz.gov.elicense.problem.Rejection;
import kz.gov.elicense.screens.control.FormDraft;
import kz.gov.elicense.screens.control.ScanContent;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The counter (§3) at the screen: the officer chooses the service (any of the catalogue), looks the applicant up in
 * the registries, enters the service's form on the data found (the same form, {@link FormDraft}, the applicant's
 * wizard fills in) and uploads the scans of the documents the applicant presented, and the application is taken in,
 * all through {@link CounterDesk} as the API's counter resource does. A scan is accepted by its content
 * (PDF, JPEG or PNG by its first bytes) within the size limit, whatever its file name says.
 */
@Named
@ViewScoped
public class CounterEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CounterDesk counter;

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    Messages messages;

    @Inject
    ServiceForms forms;

    private String service = "SECURITY_ACTIVITY_ISSUE";
    private FormDraft draft;

    private String applicantId;
    private Long lookupId;
    private String state;
    private String unavailableReason;
    private List<Answer> answers = List.of();

    private String scanKind;
    private boolean scanOnPaper = true;
    private LocalDate scanValidUntil;
    private final List<Scan> scans = new ArrayList<>();

    private String applicationNumber;
    /** The form bytes the officer certifies with their EDS, where the service asks it (§3 step 4; seed 004). */
    private byte[] certifiedForm;
    private String officerSignature;

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
            draft = null;
            applicationNumber = null;
            scans.clear();
            show(counter.lookUp(service, id));
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
        if ("FOUND".equals(state) && draft == null) {
            draft = forms.draft(lookup.procedure());
            draft.lockIdentity(lookup.applicantId());
            lookup.answers().stream().filter(a -> a.data() != null).forEach(a -> prefill(a.data()));
        }
    }

    /**
     * What the registries hold is entered for the officer, who corrects it with the applicant: the legal entities
     * database's name, legal address and head, the individuals database's full name.
     */
    private void prefill(JsonObject data) {
        for (String group : List.of("applicant", "expert")) {
            for (String field : List.of("name", "fullName")) {
                draft.prefill(group + "." + field, data.getString("name", data.getString("fullName", null)));
            }
            for (String field : List.of("legalAddress", "address")) {
                draft.prefill(group + "." + field, data.getString("legalAddress", null));
            }
        }
        draft.prefill("head.iin", data.getString("headIin", null));
        draft.prefill("head.fullName", data.getString("headName", null));
    }

    /** Another service: another form and another checklist, on a new lookup. */
    public void changeService() {
        lookupId = null;
        state = null;
        answers = List.of();
        draft = null;
        scans.clear();
    }

    public void addRow(FormDraft.Line line) {
        draft.addRow(line);
        certifiedForm = null;
    }

    public void removeRow(FormDraft.Line line) {
        draft.removeRow(line);
        certifiedForm = null;
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
        certifiedForm = null;
        scans.removeIf(s -> s.kind().equals(scanKind));
        scans.add(new Scan(scanKind, file.getFileName(), mediaType.get(), content, scanOnPaper, scanValidUntil));
        messages.info("counter.scanAdded", file.getFileName());
        scanValidUntil = null;
    }

    public void remove(String kind) {
        certifiedForm = null;
        scans.removeIf(s -> s.kind().equals(kind));
    }

    /**
     * §3 steps 4–5: the application is registered and starts its procedure; the lookup is then used. Where the
     * service has the officer certify the form (seed 004), the form's bytes are fixed here and the officer signs
     * them through NCALayer first ({@link #takeInCertified()}).
     */
    public void takeIn() {
        certifiedForm = null;
        if (!isFound() || !forms.accepted(draft)) {
            return;
        }
        if (scans.isEmpty()) {
            messages.error("counter.noScans");
            return;
        }
        if (catalogue.declaration(draft.getProcedure()).officerCertifiesCounterForm()) {
            certifiedForm = formBytes();
            officerSignature = null;
            messages.info("counter.certify.lead");
            return;
        }
        register(formBytes(), null);
    }

    /** The form the officer certified, with their detached CMS over exactly its bytes. */
    public void takeInCertified() {
        if (certifiedForm == null || !isFound()) {
            return;
        }
        byte[] cms;
        try {
            cms = officerSignature == null ? new byte[0] : Base64.getDecoder().decode(officerSignature.strip());
        } catch (IllegalArgumentException e) {
            cms = new byte[0];
        }
        if (cms.length == 0) {
            messages.error("counter.certify.missing");
            return;
        }
        register(certifiedForm, cms);
    }

    private void register(byte[] form, byte[] certification) {
        try {
            SubmissionReceipt receipt = counter.takeIn(new CounterSubmission(lookupId, form, certification,
                    scans.stream().map(s -> new CounterSubmission.Document(s.kind(), s.fileName(), s.mediaType(),
                            s.content(), s.presentedOnPaper())).toList()));
            applicationNumber = receipt.number();
            state = "USED";
            certifiedForm = null;
            messages.info("counter.takenIn", receipt.number());
        } catch (EJBAccessException e) {
            messages.error("counter.refused");
        } catch (Rejection e) {
            messages.error("counter.formRejected", e.getMessage());
        }
    }

    /** The bytes to certify, Base64, as NCALayer's createCAdESFromBase64 takes them. */
    public String getFormBase64() {
        return certifiedForm == null ? "" : Base64.getEncoder().encodeToString(certifiedForm);
    }

    public boolean isCertifying() {
        return certifiedForm != null;
    }

    public String getOfficerSignature() {
        return officerSignature;
    }

    public void setOfficerSignature(String officerSignature) {
        this.officerSignature = officerSignature;
    }

    /** The service's form, the same JSON a portal form is, with the SHA-256 of every scan. */
    byte[] formBytes() {
        return draft.formBytes(scans.stream()
                .map(s -> new FormDraft.Listed(s.kind(), s.fileName(), s.sha256(), s.validUntil())).toList());
    }

    /** The documents the service's checklist names, for the scan's kind. */
    public List<ServiceDescription.Document> getChecklist() {
        return catalogue.all().stream().filter(s -> s.code().equals(service)).findFirst()
                .map(ServiceDescription::checklist).orElse(List.of());
    }

    /** The services of the catalogue whose form the screen can enter: every one. */
    public List<ServiceDescription> getServices() {
        return catalogue.all().stream().filter(s -> forms.hasForm(s.code())).toList();
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public FormDraft getDraft() {
        return draft;
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
