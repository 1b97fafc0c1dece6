package kz.gov.elicense.application.entity;

/** Kinds of documents an applicant attaches; a procedure's checklist names which it requires. */
public enum DocumentKind {
    /** Form with the information on compliance with the qualification requirements. */
    QUALIFICATION_FORM,
    /** Certificate of the head's special training for heads of private security organisations. */
    HEAD_SPECIAL_TRAINING,
    /** Title deed or lease of the organisation's office premises. */
    PREMISES_TITLE,
    /** Scan of a paper receipt of the licence fee, when it was not paid through the payment gateway. */
    FEE_RECEIPT,
    /** Any other supporting document. */
    OTHER
}
