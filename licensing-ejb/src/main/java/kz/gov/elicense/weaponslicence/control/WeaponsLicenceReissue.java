package kz.gov.elicense.weaponslicence.control;

import jakarta.enterprise.context.ApplicationScoped;
import kz.gov.elicense.activitylicence.boundary.LicenceReissue;

/** The reissue of the licence and/or of some of its annexes (§4.3). */
@ApplicationScoped
public class WeaponsLicenceReissue extends LicenceReissue {

    public WeaponsLicenceReissue() {
        super(WeaponsLicensing.ACTIVITY);
    }
}
