package kz.gov.elicense.pyrotechnics.control;

import kz.gov.elicense.activitylicence.boundary.LicensedActivity;
import kz.gov.elicense.pyrotechnics.entity.PyrotechnicsSubtype;
import kz.gov.elicense.register.entity.Activity;

/**
 * The activity the civil pyrotechnics services license: its register activity, the
 * prefix of its application numbers (PYR, PYRA, PYRR, PYRD for the four services) and its sub-types.
 */
final class PyrotechnicsLicensing {

    static final LicensedActivity ACTIVITY = LicensedActivity.of(Activity.CIVIL_PYROTECHNICS,
            "PYR", PyrotechnicsSubtype.values());

    private PyrotechnicsLicensing() {
    }
}
