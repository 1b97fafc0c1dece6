package kz.gov.elicense.application.control;

import kz.gov.elicense.application.entity.OfficerRole;
import kz.gov.elicense.application.entity.StepCode;
import kz.gov.elicense.calendar.entity.StepLimit;

/** A step as the regulation declares it: who does it and within what limit. */
public record StepDefinition(StepCode code, OfficerRole role, StepLimit limit, String description) {
}
