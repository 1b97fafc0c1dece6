package kz.gov.elicense.survey.entity;

/** The three answers of the survey (толық қанағаттанбаймын / ішінара / қанағаттанамын). */
public enum Satisfaction {
    NOT_SATISFIED,
    PARTLY_SATISFIED,
    SATISFIED
}
