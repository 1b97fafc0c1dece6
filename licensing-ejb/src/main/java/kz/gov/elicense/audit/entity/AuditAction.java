package kz.gov.elicense.audit.entity;

/** What an audit entry records: the kinds of act the regulations want accounted for (§5). */
public enum AuditAction {
    SIGN_IN,
    RECEIPT,
    ASSIGNMENT,
    DECISION,
    DRAFT,
    SIGNATURE,
    DISPATCH,
    REGISTER_OPERATION,
    REGISTRY_QUERY,
    ACCESS_DENIED,
    ADMIN_CHANGE,
    /** An application submitted by a system on the applicant's behalf (the e-government portal). */
    SUBMISSION
}
