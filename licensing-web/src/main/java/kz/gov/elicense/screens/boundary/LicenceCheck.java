package kz.gov.elicense.screens.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.gov.elicense.document.entity.LicenceSeal;
import kz.gov.elicense.problem.Rejection;
import kz.gov.elicense.problem.RejectionKind;
import kz.gov.elicense.register.boundary.LicenceRegister;
import kz.gov.elicense.register.boundary.LicenceView;
import kz.gov.elicense.signature.boundary.Signatures;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The public licence check: by the register number, or by the text of the licence's QR code, whose seal is
 * verified with the provider's key before the licence it names is looked up. Shows the register entry with
 * whether the licence document's signature holds.
 */
@Named
@ViewScoped
public class LicenceCheck implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the last check found out. */
    public enum Outcome { NONE, FOUND, NOT_FOUND, SEAL_INVALID }

    @Inject
    LicenceRegister register;

    @Inject
    Signatures signatures;

    private String number;
    private String qrText;
    private Outcome outcome = Outcome.NONE;
    private boolean sealed;
    private LicenceView licence;
    private List<LicenceRegister.LicenceEventView> history = List.of();

    /** Runs on opening the page with {@code ?number=…}, as the register search links to it. */
    public void open() {
        if (number != null && !number.isBlank()) {
            byNumber();
        }
    }

    public void byNumber() {
        sealed = false;
        show(number == null ? "" : number.strip().toUpperCase());
    }

    public void byQrText() {
        Optional<LicenceSeal> seal = qrText == null ? Optional.empty() : signatures.verifySeal(qrText.strip());
        if (seal.isEmpty()) {
            licence = null;
            outcome = Outcome.SEAL_INVALID;
            return;
        }
        sealed = true;
        number = seal.get().licenceNumber();
        show(number);
    }

    private void show(String licenceNumber) {
        try {
            licence = register.byNumber(licenceNumber);
            history = register.history(licenceNumber);
            number = licence.number();
            outcome = Outcome.FOUND;
        } catch (Rejection e) {
            if (e.kind() != RejectionKind.NOT_FOUND) {
                throw e;
            }
            licence = null;
            history = List.of();
            outcome = Outcome.NOT_FOUND;
        }
    }

    public Outcome getOutcome() {
        return outcome;
    }

    /** Whether the licence was reached through a QR seal that verified. */
    public boolean isSealed() {
        return sealed;
    }

    public LicenceView getLicence() {
        return licence;
    }

    public List<LicenceRegister.LicenceEventView> getHistory() {
        return history;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getQrText() {
        return qrText;
    }

    public void setQrText(String qrText) {
        this.qrText = qrText;
    }
}
