package kz.gov.elicense.application.entity;

/** The steps a procedure declares; each procedure uses the subset its regulation names. */
public enum StepCode {
    ASSIGN_EXECUTOR,
    COMPLETENESS_CHECK,
    REGISTRY_CHECKS,
    DISMISSED_PERSONS_CHECK,
    REPORT_AND_RESULT,
    HEAD_SIGNATURE
}
