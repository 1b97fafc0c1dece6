package kz.gov.elicense.screens.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.gov.elicense.application.boundary.ApplicationSummary;
import kz.gov.elicense.application.boundary.Applications;
import kz.gov.elicense.application.boundary.ServiceCatalogue;
import kz.gov.elicense.application.boundary.ServiceDescription;
import kz.gov.elicense.application.entity.ApplicationStatus;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The officer's inbox: the open applications whose current step is the officer's to take, as
 * {@link Applications#inbox} selects them (an executor's steps only where that executor is assigned), overdue ones
 * first, then those due today, then by deadline. The step's role shown comes from the procedure's own declaration.
 */
@Named
@ViewScoped
public class Inbox implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Open cases only; a provider's open cases are a few hundred at most. */
    static final List<ApplicationStatus> OPEN = List.of(ApplicationStatus.DELIVERED, ApplicationStatus.REGISTERED,
            ApplicationStatus.IN_WORK);
    static final int LIMIT = 1000;

    @Inject
    Applications applications;

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    Clock clock;

    private List<Line> lines = List.of();

    /** One application in the inbox, with how urgent its current step is. */
    public record Line(ApplicationSummary application, String role, Urgency urgency) implements Serializable {
    }

    /** How the deadline of the current step stands today (on Kazakhstan's clock). */
    public enum Urgency {
        OVERDUE, DUE_TODAY, IN_TIME;

        static Urgency of(Instant deadline, boolean overdue, Instant now) {
            if (overdue) {
                return OVERDUE;
            }
            if (deadline != null && !LocalDate.ofInstant(deadline, Texts.KAZAKHSTAN)
                    .isAfter(LocalDate.ofInstant(now, Texts.KAZAKHSTAN))) {
                return DUE_TODAY;
            }
            return IN_TIME;
        }

        /** The CSS class of a line: red when overdue, amber when due today. */
        public String styleClass() {
            return switch (this) {
                case OVERDUE -> "deadline-overdue";
                case DUE_TODAY -> "deadline-today";
                case IN_TIME -> "deadline-in-time";
            };
        }
    }

    @PostConstruct
    void load() {
        Map<String, String> roles = stepRoles();
        Instant now = clock.instant();
        lines = applications.inbox(OPEN, LIMIT).stream()
                .map(a -> new Line(a, roles.get(a.procedure() + "/" + a.currentStep()),
                        Urgency.of(a.currentStepDeadline(), a.overdue(), now)))
                .sorted(Comparator.comparing(Line::urgency)
                        .thenComparing(line -> line.application().currentStepDeadline(),
                                Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** procedure code + "/" + step code → the security role that takes that step. */
    private Map<String, String> stepRoles() {
        Map<String, String> roles = new HashMap<>();
        for (ServiceDescription service : catalogue.all()) {
            for (ServiceDescription.Step step : service.steps()) {
                roles.put(service.code() + "/" + step.code(), step.role());
            }
        }
        return roles;
    }

    public List<Line> getLines() {
        return lines;
    }
}
