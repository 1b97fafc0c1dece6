package kz.gov.elicense.pyrotechnics.control;

import jakarta.enterprise.context.ApplicationScoped;
import kz.gov.elicense.activitylicence.boundary.LicenceIssue;

/** The issue of the licence, with one annex per sub-type asked for (§4.4). */
@ApplicationScoped
public class PyrotechnicsLicenceIssue extends LicenceIssue {

    public PyrotechnicsLicenceIssue() {
        super(PyrotechnicsLicensing.ACTIVITY);
    }
}
