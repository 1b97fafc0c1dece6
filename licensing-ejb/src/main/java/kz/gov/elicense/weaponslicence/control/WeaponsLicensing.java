package kz.gov.elicense.weaponslicence.control;

import kz.gov.elicense.activitylicence.boundary.LicensedActivity;
import kz.gov.elicense.weaponslicence.entity.WeaponsSubtype;
import kz.gov.elicense.register.entity.Activity;

/**
 * The activity the weapons and cartridges services license: its register activity, the
 * prefix of its application numbers (WPN, WPNA, WPNR, WPND for the four services) and its sub-types.
 */
final class WeaponsLicensing {

    static final LicensedActivity ACTIVITY = LicensedActivity.of(Activity.WEAPONS_AND_CARTRIDGES,
            "WPN", WeaponsSubtype.values());

    private WeaponsLicensing() {
    }
}
