package kz.gov.elicense.application.entity;

/**
 * Kinds of documents an applicant attaches (or an officer scans at the counter); each procedure's checklist names
 * which of them it requires. A shared vocabulary, so that the same document is called the same in every service.
 */
public enum DocumentKind {
    /** Form with the information on compliance with the qualification requirements. */
    QUALIFICATION_FORM,
    /** Certificate of the head's special training for heads of private security organisations. */
    HEAD_SPECIAL_TRAINING,
    /** Title deed or lease of the organisation's office, production or storage premises. */
    PREMISES_TITLE,
    /** Scan of a paper receipt of the licence fee or state duty, when it was not paid through the payment gateway. */
    FEE_RECEIPT,
    /** A document confirming the grounds of a reissue (re-registration certificate, name change, new address…). */
    REISSUE_GROUNDS,
    /** Documents on the qualification of the specialists the activity requires (§4.3, §4.4). */
    STAFF_QUALIFICATION,
    /** Identity document of an individual applicant (shown at the counter, scanned). */
    IDENTITY_DOCUMENT,
    /** Permit to acquire the weapon, or the document it was acquired by (sale, gift, inheritance) (§4.2). */
    WEAPON_ACQUISITION,
    /** Medical certificate of fitness to own a weapon (§4.2, individuals). */
    MEDICAL_CERTIFICATE,
    /** Photographs of the applicant (§4.2, individuals). */
    PHOTOGRAPH,
    /** Act of inspection of the weapon's storage conditions (§4.2). */
    STORAGE_CONDITIONS_ACT,
    /** Copy of the higher-education diploma (§4.5). */
    HIGHER_EDUCATION_DIPLOMA,
    /** Employment record book, contract, orders or service list proving at least five years of expert work (§4.5). */
    EMPLOYMENT_RECORD,
    /** Certificate of the narcological dispensary (§4.5). */
    NARCOLOGICAL_CERTIFICATE,
    /** Certificate of the psychiatric dispensary (§4.5). */
    PSYCHIATRIC_CERTIFICATE,
    /** Conclusion on completing the internship (§4.5; not needed when it exists electronically). */
    INTERNSHIP_CONCLUSION,
    /** Any other supporting document. */
    OTHER
}
