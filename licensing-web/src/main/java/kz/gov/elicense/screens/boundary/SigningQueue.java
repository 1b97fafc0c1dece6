package kz.gov.elicense.screens.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.gov.elicense.application.boundary.ApplicationSummary;
import kz.gov.elicense.application.boundary.ApplicationView;
import kz.gov.elicense.application.boundary.Applications;
import kz.gov.elicense.application.boundary.CaseFlow;
import kz.gov.elicense.application.boundary.ServiceCatalogue;
import kz.gov.elicense.application.entity.StepCode;
import kz.gov.elicense.problem.Rejection;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The head's signing queue: the drafted results whose signature step is the signed-in head's, oldest deadline first,
 * with the executor's proposal and report. The head ticks several and signs them at once; each is signed by its own
 * call of {@link CaseFlow#signResult}, so in its own transaction: one that is turned down (signed meanwhile
 * elsewhere, a fee receipt rejected since the draft…) rolls back alone and is reported on its row, the others stay
 * signed.
 */
@Named
@ViewScoped
public class SigningQueue implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SigningQueue.class.getName());

    @Inject
    Applications applications;

    @Inject
    CaseFlow cases;

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    ActionMessages messages;

    private List<Row> rows = List.of();
    private final Map<String, Boolean> picked = new HashMap<>();
    private final List<Outcome> outcomes = new ArrayList<>();

    /** A result awaiting the head's signature. */
    public record Row(String number, String procedure, String applicantId, String applicantName, String executor,
                      String proposal, String report, String refusalReason, Instant deadline, boolean overdue)
            implements Serializable {
    }

    /** How the signature of one picked result went: the register reference, or why it was turned down. */
    public record Outcome(String number, boolean signed, String result, String reference, String error, String detail)
            implements Serializable {
    }

    @PostConstruct
    void load() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Set<String> mine = catalogue.all().stream()
                .flatMap(service -> service.steps().stream()
                        .filter(step -> StepCode.HEAD_SIGNATURE.name().equals(step.code()))
                        .filter(step -> external.isUserInRole(step.role()))
                        .map(step -> service.code()))
                .collect(Collectors.toSet());
        rows = applications.list(Inbox.OPEN, 0, Inbox.LIMIT).stream()
                .filter(a -> StepCode.HEAD_SIGNATURE.name().equals(a.currentStep()) && mine.contains(a.procedure()))
                .sorted(Comparator.comparing(ApplicationSummary::currentStepDeadline,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .map(this::row)
                .toList();
        picked.keySet().retainAll(rows.stream().map(Row::number).collect(Collectors.toSet()));
    }

    private Row row(ApplicationSummary summary) {
        // the proposal and the report are the detail's: a queue holds the few results of a day, not hundreds
        ApplicationView view = applications.byNumber(summary.number());
        ApplicationView.Result draft = view.result();
        return new Row(summary.number(), summary.procedure(), summary.applicantId(), summary.applicantName(),
                view.executor(), draft == null ? null : draft.kind(), draft == null ? null : draft.report(),
                draft == null ? null : draft.refusalReason(), summary.currentStepDeadline(), summary.overdue());
    }

    /** Signs every picked result, each in its own transaction, in the queue's order; then shows the queue anew. */
    public String signSelected() {
        List<String> numbers = rows.stream().map(Row::number).filter(n -> Boolean.TRUE.equals(picked.get(n))).toList();
        outcomes.clear();
        if (numbers.isEmpty()) {
            messages.error("signing.noneSelected", null);
            return null;
        }
        Map<String, String> proposals = new HashMap<>();
        rows.forEach(r -> proposals.put(r.number(), r.proposal()));
        int signed = 0;
        for (String number : numbers) {
            try {
                CaseFlow.SignedResult result = cases.signResult(number);
                outcomes.add(new Outcome(number, true, result.result(), result.reference(), null, null));
                signed++;
            } catch (Rejection e) {
                outcomes.add(new Outcome(number, false, proposals.get(number), null, messages.describe(e),
                        e.detail()));
            } catch (EJBException e) {
                // rolled back by the container: this one is not signed, the others are unaffected
                LOG.log(Level.WARNING, "Signing " + number + " failed", e);
                outcomes.add(new Outcome(number, false, proposals.get(number), null,
                        messages.text("action.error.unexpected"), null));
            }
        }
        if (signed == numbers.size()) {
            messages.info("signing.allSigned", String.valueOf(signed));
        } else {
            messages.error("signing.someFailed", signed + " / " + numbers.size());
        }
        picked.clear();
        load();
        return null;
    }

    public List<Row> getRows() {
        return rows;
    }

    public Map<String, Boolean> getPicked() {
        return picked;
    }

    public List<Outcome> getOutcomes() {
        return outcomes;
    }

    /** The outcome of a row's last signature, if it was tried and failed (a signed row has left the queue). */
    public Outcome failureOf(String number) {
        return outcomes.stream().filter(o -> o.number().equals(number) && !o.signed()).findFirst().orElse(null);
    }
}
