package kz.gov.elicense.pyrotechnics.control;

import jakarta.enterprise.context.ApplicationScoped;
import kz.gov.elicense.activitylicence.boundary.AnnexIssue;

/** A new annex to a licence the applicant holds (§4.4). */
@ApplicationScoped
public class PyrotechnicsLicenceAnnex extends AnnexIssue {

    public PyrotechnicsLicenceAnnex() {
        super(PyrotechnicsLicensing.ACTIVITY);
    }
}
