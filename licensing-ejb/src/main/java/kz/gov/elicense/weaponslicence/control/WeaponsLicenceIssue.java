package kz.gov.elicense.weaponslicence.control;

import jakarta.enterprise.context.ApplicationScoped;
import kz.gov.elicense.activitylicence.boundary.LicenceIssue;

/** The issue of the licence, with one annex per sub-type asked for (§4.3). */
@ApplicationScoped
public class WeaponsLicenceIssue extends LicenceIssue {

    public WeaponsLicenceIssue() {
        super(WeaponsLicensing.ACTIVITY);
    }
}
