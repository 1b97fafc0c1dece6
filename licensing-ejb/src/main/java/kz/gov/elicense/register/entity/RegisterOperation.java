package kz.gov.elicense.register.entity;

/** Operations of the licence register (regulation §5); reissue, duplicate and annexes come with their procedures. */
public enum RegisterOperation {
    ISSUE,
    SUSPEND,
    RESUME,
    TERMINATE
}
