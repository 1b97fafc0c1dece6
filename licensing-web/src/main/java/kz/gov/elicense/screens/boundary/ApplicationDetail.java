package kz.gov.elicense.screens.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.gov.elicense.application.boundary.ApplicationView;
import kz.gov.elicense.application.boundary.Applications;
import kz.gov.elicense.problem.Rejection;
import kz.gov.elicense.problem.RejectionKind;

import java.io.Serializable;

/** One application as the officer reads it: steps with deadlines, history, documents, registry answers, journal lines. */
@Named
@ViewScoped
public class ApplicationDetail implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Applications applications;

    private String number;
    private ApplicationView application;
    private boolean missing;

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
        }
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
}
