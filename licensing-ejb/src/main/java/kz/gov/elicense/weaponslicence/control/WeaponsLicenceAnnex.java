package kz.gov.elicense.weaponslicence.control;

import jakarta.enterprise.context.ApplicationScoped;
import kz.gov.elicense.activitylicence.boundary.AnnexIssue;

/** A new annex to a licence the applicant holds (§4.3). */
@ApplicationScoped
public class WeaponsLicenceAnnex extends AnnexIssue {

    public WeaponsLicenceAnnex() {
        super(WeaponsLicensing.ACTIVITY);
    }
}
