package kz.gov.elicense.screens.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.gov.elicense.application.boundary.ApplicationSummary;
import kz.gov.elicense.application.boundary.Applications;

import java.io.Serializable;
import java.util.List;

/**
 * The applicant's cabinet, "my applications": the signed-in applicant's own applications, newest first. The
 * applications boundary keeps the list to the caller's BIN/IIN, exactly as for the API.
 */
@Named
@ViewScoped
public class MyApplications implements Serializable {

    private static final long serialVersionUID = 1L;
    /** An applicant's history of services is tens of applications, not thousands. */
    static final int LIMIT = 500;

    @Inject
    Applications applications;

    private List<ApplicationSummary> lines = List.of();

    @PostConstruct
    void load() {
        // the boundary ignores the statuses for an applicant and orders their applications newest first
        lines = applications.list(List.of(), 0, LIMIT);
    }

    public List<ApplicationSummary> getLines() {
        return lines;
    }
}
