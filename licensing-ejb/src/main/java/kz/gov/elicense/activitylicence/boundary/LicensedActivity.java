package kz.gov.elicense.activitylicence.boundary;

import kz.gov.elicense.activitylicence.control.LicenceService;

import kz.gov.elicense.activitylicence.entity.ActivitySubtype;
import kz.gov.elicense.application.entity.ProcedureType;
import kz.gov.elicense.problem.Rejection;
import kz.gov.elicense.register.entity.Activity;

import java.util.List;
import java.util.Objects;

/**
 * A kind of activity licensed with one annex per sub-type: the register's activity, the prefix of its application
 * numbers and its sub-types. Its services are named {@code <ACTIVITY>_ISSUE}, {@code _ANNEX}, {@code _REISSUE} and
 * {@code _DUPLICATE}, e.g. {@code WEAPONS_AND_CARTRIDGES_ANNEX}.
 */
public record LicensedActivity(Activity activity, String numberPrefix, List<ActivitySubtype> subtypes) {

    public LicensedActivity {
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(numberPrefix, "numberPrefix");
        subtypes = List.copyOf(subtypes);
        if (subtypes.isEmpty()) {
            throw new IllegalArgumentException(activity + " needs its sub-types of activity");
        }
    }

    public static LicensedActivity of(Activity activity, String numberPrefix, ActivitySubtype... subtypes) {
        return new LicensedActivity(activity, numberPrefix, List.of(subtypes));
    }

    public ProcedureType type(LicenceService service) {
        return ProcedureType.of(activity.name() + "_" + service.name());
    }

    public String numberPrefix(LicenceService service) {
        return numberPrefix + service.prefixSuffix();
    }

    public String title(LicenceService service) {
        return service.title(activity);
    }

    /** The sub-type a form names by its code, or a clear refusal naming the sub-types there are. */
    public ActivitySubtype subtype(String code) {
        return subtypes.stream().filter(s -> s.name().equals(code)).findFirst()
                .orElseThrow(() -> Rejection.invalid("subtype-unknown", "Unknown sub-type of activity",
                        code + " is not a sub-type of " + activity.nameEn().toLowerCase() + "; the sub-types are "
                                + subtypes.stream().map(ActivitySubtype::name).toList()));
    }
}
