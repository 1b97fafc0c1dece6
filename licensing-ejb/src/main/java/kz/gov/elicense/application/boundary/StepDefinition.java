package kz.gov.elicense.application.boundary;

import kz.gov.elicense.application.entity.OfficerRole;
import kz.gov.elicense.application.entity.StepCode;
import kz.gov.elicense.calendar.entity.StepLimit;

/**
 * A step as the regulation declares it: who does it and within what limit.
 *
 * @param sharesPreviousLimit the step is the second half of the one before it (e.g. §4.1 step 5: the executor's
 *                            report and the head's signature within one working day), so it keeps that deadline
 */
public record StepDefinition(StepCode code, OfficerRole role, StepLimit limit, String description,
                             boolean sharesPreviousLimit) {

    public StepDefinition(StepCode code, OfficerRole role, StepLimit limit, String description) {
        this(code, role, limit, description, false);
    }

    /** The same step as the second half of the one before it. */
    public StepDefinition sharingPreviousLimit() {
        return new StepDefinition(code, role, limit, description, true);
    }
}
