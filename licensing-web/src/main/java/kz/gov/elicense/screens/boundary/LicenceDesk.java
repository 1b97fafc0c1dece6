package kz.gov.elicense.screens.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.gov.elicense.problem.Rejection;
import kz.gov.elicense.problem.RejectionKind;
import kz.gov.elicense.register.boundary.LicenceRegister;
import kz.gov.elicense.register.boundary.LicenceView;
import kz.gov.elicense.register.entity.RegisterOperation;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A licence at the officer's desk: its register entry and history, and the register operations (suspend, resume,
 * terminate) on a legal basis from a date, through the same session bean method as the API's licence resource, which
 * admits the head of the provider and enforces the register's rules; a rule it refuses is told as a message.
 */
@Named
@ViewScoped
public class LicenceDesk implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The operations an officer performs on a licence here; issue, reissue and annexes come from procedures. */
    static final List<RegisterOperation> OPERATIONS = List.of(RegisterOperation.SUSPEND, RegisterOperation.RESUME,
            RegisterOperation.TERMINATE);
    /** The API's bound on a legal basis. */
    static final int LEGAL_BASIS_MAX = 1000;

    @Inject
    LicenceRegister register;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    @Inject
    Texts texts;

    private String number;
    private LicenceView licence;
    private List<LicenceRegister.LicenceEventView> history = List.of();
    private boolean missing;
    private RegisterOperation operation = RegisterOperation.SUSPEND;
    private String legalBasis;
    private LocalDate effectiveDate;

    @PostConstruct
    void today() {
        effectiveDate = LocalDate.now(clock.withZone(Texts.KAZAKHSTAN));
    }

    /** Runs on opening the page with {@code ?number=…}. */
    public void open() {
        if (number == null || number.isBlank()) {
            missing = true;
            return;
        }
        number = number.strip().toUpperCase();
        read();
    }

    /** Applies the chosen operation; on success the entry and its history are read again, showing it. */
    public void apply() {
        if (legalBasis == null || legalBasis.isBlank() || legalBasis.length() > LEGAL_BASIS_MAX
                || effectiveDate == null || !OPERATIONS.contains(operation)) {
            messages.error("licenceDesk.decisionInvalid");
            return;
        }
        try {
            licence = register.apply(number, operation, legalBasis, effectiveDate);
            history = register.history(number);
            messages.info("licenceDesk.applied." + operation.name(), number);
            legalBasis = null;
        } catch (EJBAccessException e) {
            messages.error("licenceDesk.refused");
        } catch (Rejection e) {
            read();
            if (licence != null && "licence-status-conflict".equals(e.type())) {
                messages.error("licenceDesk.statusConflict", texts.label("operation", operation.name()),
                        texts.label("licenceStatus", licence.status()));
            } else if (licence != null) {
                messages.error("licenceDesk.rejected", e.type());
            }
        }
    }

    private void read() {
        try {
            licence = register.byNumber(number);
            history = register.history(number);
        } catch (Rejection e) {
            if (e.kind() != RejectionKind.NOT_FOUND) {
                throw e;
            }
            missing = true;
            licence = null;
            history = List.of();
        }
    }

    public List<RegisterOperation> getOperations() {
        return OPERATIONS;
    }

    public LicenceView getLicence() {
        return licence;
    }

    public List<LicenceRegister.LicenceEventView> getHistory() {
        return history;
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

    public RegisterOperation getOperation() {
        return operation;
    }

    public void setOperation(RegisterOperation operation) {
        this.operation = operation;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public void setEffectiveDate(LocalDate effectiveDate) {
        this.effectiveDate = effectiveDate;
    }
}
