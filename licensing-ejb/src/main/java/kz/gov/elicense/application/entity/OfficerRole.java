package kz.gov.elicense.application.entity;

/**
 * Provider roles of the regulations (§1), and the two that issue 7 (security) adds beside them: the auditor, who reads
 * and verifies the audit trail, and the administrator, who opens and unlocks officers' accounts. Neither works cases.
 * The role names are the security roles of the WildFly security domain.
 */
public enum OfficerRole {
    CLERK("clerk"),
    HEAD_OF_PROVIDER("head-of-provider"),
    HEAD_OF_UNIT("head-of-unit"),
    EXECUTOR("executor"),
    /** Reads and verifies the audit trail and the access denials (issue 7); works no case. */
    AUDITOR("auditor"),
    /** Opens and unlocks the officers' accounts of their division (issue 7); works no case. */
    ADMIN("admin"),
    /** Work the system does by itself, such as collecting registry answers. */
    SYSTEM("system");

    public static final String CLERK_ROLE = "clerk";
    public static final String HEAD_OF_PROVIDER_ROLE = "head-of-provider";
    public static final String HEAD_OF_UNIT_ROLE = "head-of-unit";
    public static final String EXECUTOR_ROLE = "executor";
    public static final String AUDITOR_ROLE = "auditor";
    public static final String ADMIN_ROLE = "admin";
    public static final String APPLICANT_ROLE = "applicant";
    /**
     * The e-government portal as a system (its TLS client certificate): submits applications signed by their applicants
     * and reads the status of those it submitted, for the applicant.
     */
    public static final String PORTAL_ROLE = "portal";

    private final String securityRole;

    OfficerRole(String securityRole) {
        this.securityRole = securityRole;
    }

    public String securityRole() {
        return securityRole;
    }
}
