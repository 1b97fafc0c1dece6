package kz.gov.elicense.screens.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.gov.elicense.account.boundary.Accounts;
import kz.gov.elicense.application.boundary.ApplicationView;
import kz.gov.elicense.application.boundary.Applications;
import kz.gov.elicense.application.boundary.CaseFlow;
import kz.gov.elicense.application.boundary.ServiceCatalogue;
import kz.gov.elicense.application.boundary.ServiceDescription;
import kz.gov.elicense.application.control.CompletenessFindings;
import kz.gov.elicense.application.entity.ApplicationStatus;
import kz.gov.elicense.application.entity.DocumentKind;
import kz.gov.elicense.application.entity.OfficerRole;
import kz.gov.elicense.application.entity.ResultKind;
import kz.gov.elicense.application.entity.StepCode;
import kz.gov.elicense.journal.boundary.JournalLine;
import kz.gov.elicense.journal.entity.DispatchMethod;
import kz.gov.elicense.payment.boundary.FeePayments;
import kz.gov.elicense.problem.Rejection;
import kz.gov.elicense.problem.RejectionKind;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * One application as the officer reads it: steps with deadlines, history, documents, registry answers, journal
 * lines; and the action of the current step when it is the signed-in officer's: the office registers the received
 * documents in the incoming journal, the head assigns the executor, the assigned executor decides on completeness and
 * drafts the result, the head signs it, the office records the result in the outgoing journal and sends it. The
 * assigned executor also decides on a scanned fee receipt while the case is open. The actions are the same
 * {@link CaseFlow} and {@link FeePayments} methods the portal API calls, so the session beans decide who may do
 * what; the page only offers what the beans would accept.
 */
@Named
@ViewScoped
public class ApplicationDetail implements Serializable {

    private static final long serialVersionUID = 1L;
    /** An officer's user name, as the API's executor assignment takes it. */
    static final Pattern USER_NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    @Inject
    Applications applications;

    @Inject
    CaseFlow cases;

    @Inject
    FeePayments fees;

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    ActionMessages messages;

    @Inject
    Accounts accounts;

    private String number;
    private ApplicationView application;
    private ServiceDescription service;
    private CompletenessFindings findings;
    private boolean missing;

    private String executor;
    /** The executors of the head's division the page offers, read once per view. */
    private List<String> executors;
    private String instruction;
    private String completenessReason;
    private String proposal;
    private String report;
    private String refusalReason;
    private String dispatchMethod;
    private String address;
    private String receiptNote;

    public void open() {
        if (number == null || number.isBlank()) {
            missing = true;
            return;
        }
        try {
            application = applications.byNumber(number.strip());
        } catch (Rejection e) {
            if (e.kind() != RejectionKind.NOT_FOUND) {
                throw e;
            }
            missing = true;
            return;
        }
        service = catalogue.all().stream().filter(s -> s.code().equals(application.procedure())).findFirst()
                .orElse(null);
        findings = isCompletenessCheck() ? cases.completenessFindings(application.number()) : null;
        if (proposal == null && service != null) {
            proposal = service.positiveResult();
        }
    }

    public String receive() {
        return act(() -> {
            JournalLine line = cases.receive(application.number());
            return line.stamp() == null ? line.number() : line.stamp();
        }, "action.done.received");
    }

    public String dispatch() {
        DispatchMethod method;
        try {
            method = DispatchMethod.valueOf(dispatchMethod);
        } catch (IllegalArgumentException | NullPointerException e) {
            messages.error("action.error.dispatchMethod", dispatchMethod);
            return null;
        }
        return act(() -> {
            JournalLine line = cases.dispatch(application.number(), method, address);
            return line.number();
        }, "action.done.dispatched");
    }

    public String confirmFeeReceipt() {
        return act(() -> {
            fees.decideReceipt(application.number(), true, receiptNote);
            return null;
        }, "action.done.receiptConfirmed");
    }

    public String rejectFeeReceipt() {
        return act(() -> {
            fees.decideReceipt(application.number(), false, receiptNote);
            return null;
        }, "action.done.receiptRejected");
    }

    public String assignExecutor() {
        if (executor == null || executor.isBlank()) {
            messages.error("action.error.executorNotChosen", null);
            return null;
        }
        if (!USER_NAME.matcher(executor.strip()).matches()) {
            messages.error("action.error.executorName", executor);
            return null;
        }
        return act(() -> {
            cases.assignExecutor(application.number(), executor.strip(), instruction);
            return executor.strip();
        }, "action.done.assigned");
    }

    public String documentsComplete() {
        return act(() -> {
            cases.decideCompleteness(application.number(), true, null);
            return null;
        }, "action.done.complete");
    }

    public String documentsIncomplete() {
        return act(() -> {
            cases.decideCompleteness(application.number(), false, completenessReason);
            return null;
        }, "action.done.incomplete");
    }

    public String draftResult() {
        ResultKind kind;
        try {
            kind = ResultKind.valueOf(proposal);
        } catch (IllegalArgumentException | NullPointerException e) {
            messages.error("action.error.proposal", proposal);
            return null;
        }
        return act(() -> {
            cases.draftResult(application.number(), kind, report, refusalReason);
            return null;
        }, "action.done.drafted");
    }

    public String signResult() {
        return act(() -> cases.signResult(application.number()).reference(), "action.done.signed");
    }

    /**
     * Runs one action (one transaction of the session bean) and shows the page again by a redirect, so that it shows
     * the application as it is now and a reload does not repeat the action; a rejection stays on the page, read
     * anew, with the input kept and the bundle's words for it.
     */
    private String act(Supplier<String> action, String done) {
        String detail;
        try {
            detail = action.get();
        } catch (Rejection e) {
            messages.rejection(e);
            // the case may have moved on meanwhile (another officer, the API): show it as it is now
            open();
            return null;
        }
        messages.info(done, detail);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        return "/office/application?faces-redirect=true&number="
                + URLEncoder.encode(application.number(), StandardCharsets.UTF_8);
    }

    /** The role the current step is declared for, as a security role; null when the case has no open step. */
    private String stepRole() {
        if (application == null || application.currentStep() == null || service == null) {
            return null;
        }
        return service.steps().stream().filter(s -> s.code().equals(application.currentStep()))
                .map(ServiceDescription.Step::role).findFirst().orElse(null);
    }

    private boolean myStep(StepCode step) {
        if (application == null || !step.name().equals(application.currentStep())) {
            return false;
        }
        String role = stepRole();
        return role != null && FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
    }

    /** An executor's step is the assigned executor's only, as the session bean holds it. */
    private boolean myExecutorStep(StepCode step) {
        return myStep(step) && isAssignedExecutor();
    }

    private boolean isAssignedExecutor() {
        java.security.Principal me = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
        return me != null && application != null && me.getName().equals(application.executor());
    }

    private boolean isCompletenessCheck() {
        return application != null && StepCode.COMPLETENESS_CHECK.name().equals(application.currentStep());
    }

    public boolean isMayAssign() {
        return myStep(StepCode.ASSIGN_EXECUTOR);
    }

    public boolean isMayDecideCompleteness() {
        return myExecutorStep(StepCode.COMPLETENESS_CHECK);
    }

    public boolean isMayDraft() {
        return myExecutorStep(StepCode.REPORT_AND_RESULT);
    }

    public boolean isMaySign() {
        return myStep(StepCode.HEAD_SIGNATURE);
    }

    public boolean isMayReceive() {
        return myStep(StepCode.RECEIPT);
    }

    public boolean isMayDispatch() {
        return myStep(StepCode.DISPATCH);
    }

    /**
     * The assigned executor decides on the scanned fee receipt of an open case whose service takes a fee, as
     * {@link FeePayments#decideReceipt} allows; the decision counts until the head signs, so a signed result takes the
     * form away (the API still records a late decision, which changes nothing).
     */
    public boolean isMayDecideFeeReceipt() {
        return application != null && application.payment() != null && application.payment().feeRequired()
                && !ApplicationStatus.valueOf(application.status()).isFinal()
                && (application.result() == null || application.result().signedAt() == null)
                && application.documents().stream().anyMatch(d -> DocumentKind.FEE_RECEIPT.name().equals(d.kind()))
                && FacesContext.getCurrentInstance().getExternalContext().isUserInRole(OfficerRole.EXECUTOR_ROLE)
                && isAssignedExecutor();
    }

    /** The ways the office sends a result, as the API's dispatch takes them. */
    public List<String> getDispatchMethods() {
        return Arrays.stream(DispatchMethod.values()).map(Enum::name).toList();
    }

    /** The results the executor may propose: the service's positive result, or a motivated refusal. */
    public List<String> getProposals() {
        return service == null ? List.of(ResultKind.MOTIVATED_REFUSAL.name())
                : List.of(service.positiveResult(), ResultKind.MOTIVATED_REFUSAL.name());
    }

    public CompletenessFindings getFindings() {
        return findings;
    }

    public ApplicationView getApplication() {
        return application;
    }

    public boolean isMissing() {
        return missing;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    /** Whom the head may choose from: the officers of the division with the executor role (their accounts). */
    public List<String> getExecutors() {
        if (executors == null) {
            executors = accounts.ofMyDivisionWithRole(OfficerRole.EXECUTOR_ROLE);
        }
        return executors;
    }

    public String getExecutor() {
        return executor;
    }

    public void setExecutor(String executor) {
        this.executor = executor;
    }

    public String getInstruction() {
        return instruction;
    }

    public void setInstruction(String instruction) {
        this.instruction = instruction;
    }

    public String getCompletenessReason() {
        return completenessReason;
    }

    public void setCompletenessReason(String completenessReason) {
        this.completenessReason = completenessReason;
    }

    public String getProposal() {
        return proposal;
    }

    public void setProposal(String proposal) {
        this.proposal = proposal;
    }

    public String getReport() {
        return report;
    }

    public void setReport(String report) {
        this.report = report;
    }

    public String getRefusalReason() {
        return refusalReason;
    }

    public void setRefusalReason(String refusalReason) {
        this.refusalReason = refusalReason;
    }

    public String getDispatchMethod() {
        return dispatchMethod;
    }

    public void setDispatchMethod(String dispatchMethod) {
        this.dispatchMethod = dispatchMethod;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getReceiptNote() {
        return receiptNote;
    }

    public void setReceiptNote(String receiptNote) {
        this.receiptNote = receiptNote;
    }
}
