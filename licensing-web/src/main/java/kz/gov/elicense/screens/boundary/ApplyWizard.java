package kz.gov.elicense.screens.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import kz.gov.elicense.application.boundary.ApplicationView;
import kz.gov.elicense.application.boundary.Applications;
import kz.gov.elicense.application.boundary.CaseFlow;
import kz.gov.elicense.application.boundary.PortalSubmission;
import kz.gov.elicense.application.boundary.ServiceCatalogue;
import kz.gov.elicense.application.boundary.ServiceDescription;
import kz.gov.elicense.application.boundary.SubmissionReceipt;
import kz.gov.elicense.application.entity.ApplicantKind;
import kz.gov.elicense.payment.boundary.FeePayments;
import kz.gov.elicense.payment.boundary.PaymentState;
import kz.gov.elicense.problem.Rejection;
import kz.gov.elicense.screens.control.DocumentContent;
import kz.gov.elicense.screens.control.FormDraft;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The applicant's application, step by step: the service from the catalogue, the form's fields, the documents of
 * the regulation's checklist (PDF, JPEG or PNG by their content, within the size limit), then the signature, which
 * the page has the applicant's NCALayer make over the exact form bytes shown here; the signed form goes to
 * {@link CaseFlow#submit(PortalSubmission, String)} as the portal API's submissions do, so it is verified, checked
 * and registered the same way. After the number, the fee is paid at the payment gateway, whose order belongs to the
 * registered application.
 */
@Named
@ViewScoped
public class ApplyWizard implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Step {
        SERVICE, FORM, DOCUMENTS, SIGNATURE, DONE
    }

    /** A document taken in: what it is by its content, its digest, and its bytes. */
    public record Attached(String kind, String fileName, String mediaType, long size, String sha256, byte[] content)
            implements Serializable {
    }

    /** A line of the checklist as the applicant sees it. */
    public record ChecklistRow(String kind, boolean required, Attached attached) implements Serializable {
    }

    @Inject
    ServiceCatalogue services;

    @Inject
    CaseFlow cases;

    @Inject
    Applications applications;

    @Inject
    FeePayments fees;

    @Inject
    Texts texts;

    @Inject
    ServiceForms forms;

    private Step step = Step.SERVICE;
    private String applicantId;
    private String procedure;
    private String chosen;
    private FormDraft draft;
    /** Until when each document is valid, as the applicant typed it (medical certificates expire). */
    private final Map<String, String> validUntil = new HashMap<>();
    private transient Map<String, Part> uploads;
    private final Map<String, Attached> attached = new LinkedHashMap<>();
    private byte[] formBytes;
    private String idempotencyKey;
    private String signature;
    private SubmissionReceipt receipt;
    private PaymentState.Order order;
    private boolean feeConfirmed;
    private String feeConfirmedBy;

    @PostConstruct
    void start() {
        applicantId = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
    }

    /** The services this applicant may apply for (a legal entity's with a BIN, an individual's with an IIN). */
    public List<ServiceDescription> getServices() {
        return services.all().stream()
                .filter(s -> ApplicantKind.valueOf(s.applicantKind()).admits(applicantId))
                .toList();
    }

    public boolean hasForm(String code) {
        return forms.hasForm(code);
    }

    public String choose() {
        if (procedure == null || !hasForm(procedure)) {
            error("apply.service.choose");
            return null;
        }
        if (!procedure.equals(chosen)) {
            // another service has another form and another checklist
            attached.clear();
            validUntil.clear();
            chosen = procedure;
            draft = forms.draft(procedure);
            draft.lockIdentity(applicantId);
        }
        step = Step.FORM;
        return null;
    }

    /** The form is checked as the server will check it; each wrong field is told, and the wizard stays. */
    public String toDocuments() {
        if (forms.accepted(draft)) {
            step = Step.DOCUMENTS;
        }
        return null;
    }

    public String addRow(FormDraft.Line line) {
        draft.addRow(line);
        return null;
    }

    public String removeRow(FormDraft.Line line) {
        draft.removeRow(line);
        return null;
    }

    /**
     * The regulation's checklist as it applies to the form filled in: a document some forms need only when they say
     * so (the fee's receipt when the fee is not paid through the gateway) is required then.
     */
    public List<ChecklistRow> getChecklist() {
        if (draft == null) {
            return List.of();
        }
        return services.declaration(procedure).checklist().stream()
                .map(item -> new ChecklistRow(item.kind().name(), forms.requires(draft, item),
                        attached.get(item.kind().name())))
                .toList();
    }

    /** Takes in the files chosen on the checklist, each examined by its content; a refused one is told and dropped. */
    public String attach() {
        int taken = 0;
        for (Map.Entry<String, Part> upload : getUploads().entrySet()) {
            Part part = upload.getValue();
            if (part == null || part.getSubmittedFileName() == null || part.getSubmittedFileName().isBlank()) {
                continue;
            }
            String fileName = fileName(part.getSubmittedFileName());
            DocumentContent.Verdict verdict = DocumentContent.examine(fileName, part.getSize(),
                    part.getSize() > DocumentContent.MAX_BYTES ? null : bytes(part));
            if (!verdict.accepted()) {
                error("apply.upload." + verdict.refusal().name(), fileName,
                        texts.label("document", upload.getKey()), DocumentContent.MAX_BYTES / (1024 * 1024));
                continue;
            }
            byte[] content = bytes(part);
            attached.put(upload.getKey(), new Attached(upload.getKey(), fileName, verdict.mediaType(), content.length,
                    sha256(content), content));
            taken++;
        }
        getUploads().clear();
        if (taken > 0) {
            info("apply.upload.taken", taken);
        }
        return null;
    }

    public String remove(String kind) {
        attached.remove(kind);
        return null;
    }

    /** Lists the documents in the form and fixes its bytes: these, and only these, are signed and submitted. */
    public String toSignature() {
        List<String> missing = getChecklist().stream().filter(r -> r.required() && r.attached() == null)
                .map(r -> texts.label("document", r.kind())).toList();
        if (!missing.isEmpty()) {
            error("apply.documents.missing", String.join(", ", missing));
            return null;
        }
        // two documents with one name could not be told apart by the server, which matches them by name
        Map<String, Integer> names = new HashMap<>();
        attached.values().forEach(a -> names.merge(a.fileName(), 1, Integer::sum));
        if (names.values().stream().anyMatch(n -> n > 1)) {
            error("apply.documents.sameName");
            return null;
        }
        List<FormDraft.Listed> listed = new ArrayList<>();
        for (Attached a : attached.values()) {
            String until = validUntil.get(a.kind());
            LocalDate date = FormDraft.date(until);
            if (until != null && !until.isBlank() && date == null) {
                error("apply.documents.validUntilInvalid", texts.label("document", a.kind()), until);
                return null;
            }
            listed.add(new FormDraft.Listed(a.kind(), a.fileName(), a.sha256(), date));
        }
        formBytes = draft.formBytes(listed);
        idempotencyKey = UUID.randomUUID().toString();
        signature = null;
        step = Step.SIGNATURE;
        return null;
    }

    /**
     * Submits the signed form through the portal's path: the server verifies the signature over these bytes,
     * reads and checks the form, matches the documents by their digests and registers the application. Under one
     * idempotency key per signed form, so a second click or a reload cannot make a second application.
     */
    public String submit() {
        if (formBytes == null) {
            step = Step.DOCUMENTS;
            return null;
        }
        byte[] cms;
        try {
            cms = signature == null ? new byte[0] : Base64.getDecoder().decode(signature.strip());
        } catch (IllegalArgumentException e) {
            cms = new byte[0];
        }
        if (cms.length == 0) {
            error("apply.sign.missing");
            return null;
        }
        PortalSubmission submission = new PortalSubmission(formBytes, cms, attached.values().stream()
                .map(a -> new PortalSubmission.Attachment(a.kind(), a.fileName(), a.mediaType(), a.content()))
                .toList());
        try {
            CaseFlow.Submitted submitted;
            try {
                submitted = cases.submit(submission, idempotencyKey);
            } catch (EJBException concurrent) {
                // a first submission under the same key committed meanwhile: its application is the answer
                submitted = cases.submit(submission, idempotencyKey);
            }
            receipt = submitted.receipt();
            step = Step.DONE;
        } catch (Rejection refused) {
            String specific = "apply.problem." + refused.type();
            error("apply.refused", texts.has(specific) ? texts.format(specific) : refused.detail());
            signature = null;
        }
        return null;
    }

    /** Orders the fee's payment at the payment gateway for the registered application (an open order is reused). */
    public String orderPayment() {
        try {
            order = fees.order(receipt.number());
        } catch (Rejection refused) {
            if ("fee-already-paid".equals(refused.type())) {
                refreshPayment();
            } else {
                error("apply.fee.refused", refused.detail());
            }
        }
        return null;
    }

    /** Reads whether the gateway's callback has confirmed the fee. */
    public void refreshPayment() {
        ApplicationView view = applications.byNumber(receipt.number());
        feeConfirmed = view.payment() != null && view.payment().feeConfirmed();
        feeConfirmedBy = view.payment() == null ? null : view.payment().confirmedBy();
    }

    public String back() {
        step = switch (step) {
            case FORM -> Step.SERVICE;
            case DOCUMENTS -> Step.FORM;
            case SIGNATURE -> Step.DOCUMENTS;
            default -> step;
        };
        formBytes = null;
        signature = null;
        return null;
    }

    /** The form bytes to sign, Base64, as NCALayer's createCAdESFromBase64 takes them. */
    public String getFormBase64() {
        return formBytes == null ? "" : Base64.getEncoder().encodeToString(formBytes);
    }

    public boolean isFeeToPay() {
        return receipt != null && procedure != null && services.declaration(procedure).feeRequired()
                && draft.node("feePaidThroughGateway").map(FormDraft.Node::isFlag).orElse(false);
    }

    private static String fileName(String submitted) {
        // browsers of old sent the whole path; only the name is the applicant's
        String name = Path.of(submitted.replace('\\', '/')).getFileName().toString().strip();
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static byte[] bytes(Part part) {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private void error(String key, Object... arguments) {
        message(FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    private void info(String key, Object... arguments) {
        message(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    private void message(FacesMessage.Severity severity, String key, Object... arguments) {
        String text = texts.format(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, text));
    }

    public Map<String, Part> getUploads() {
        if (uploads == null) {
            uploads = new HashMap<>();
        }
        return uploads;
    }

    public List<Attached> getAttached() {
        return new ArrayList<>(attached.values());
    }

    public Step getStep() {
        return step;
    }

    public int getStepIndex() {
        return step.ordinal();
    }

    public String getApplicantId() {
        return applicantId;
    }

    public String getProcedure() {
        return procedure;
    }

    public void setProcedure(String procedure) {
        this.procedure = procedure;
    }

    public FormDraft getDraft() {
        return draft;
    }

    public Map<String, String> getValidUntil() {
        return validUntil;
    }

    public String getSignature() {
        return signature;
    }

    public void setSignature(String signature) {
        this.signature = signature;
    }

    public SubmissionReceipt getReceipt() {
        return receipt;
    }

    public PaymentState.Order getOrder() {
        return order;
    }

    public boolean isFeeConfirmed() {
        return feeConfirmed;
    }

    public String getFeeConfirmedBy() {
        return feeConfirmedBy;
    }

    public long getMaxBytes() {
        return DocumentContent.MAX_BYTES;
    }
}
