package kz.gov.elicense.pyrotechnics.control;

import jakarta.enterprise.context.ApplicationScoped;
import kz.gov.elicense.activitylicence.boundary.LicenceReissue;

/** The reissue of the licence and/or of some of its annexes (§4.4). */
@ApplicationScoped
public class PyrotechnicsLicenceReissue extends LicenceReissue {

    public PyrotechnicsLicenceReissue() {
        super(PyrotechnicsLicensing.ACTIVITY);
    }
}
