package kz.gov.elicense.pyrotechnics.control;

import jakarta.enterprise.context.ApplicationScoped;
import kz.gov.elicense.activitylicence.boundary.LicenceDuplicate;

/** A duplicate of the licence and/or of some of its annexes (§4.4). */
@ApplicationScoped
public class PyrotechnicsLicenceDuplicate extends LicenceDuplicate {

    public PyrotechnicsLicenceDuplicate() {
        super(PyrotechnicsLicensing.ACTIVITY);
    }
}
