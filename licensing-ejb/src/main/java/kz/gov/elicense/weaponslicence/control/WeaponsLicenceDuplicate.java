package kz.gov.elicense.weaponslicence.control;

import jakarta.enterprise.context.ApplicationScoped;
import kz.gov.elicense.activitylicence.boundary.LicenceDuplicate;

/** A duplicate of the licence and/or of some of its annexes (§4.3). */
@ApplicationScoped
public class WeaponsLicenceDuplicate extends LicenceDuplicate {

    public WeaponsLicenceDuplicate() {
        super(WeaponsLicensing.ACTIVITY);
    }
}
