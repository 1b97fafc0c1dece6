package kz.gov.elicense.register.entity;

/** Status of a licence in the register (regulation §5: issued, suspended, resumed, terminated). */
public enum LicenceStatus {
    ACTIVE,
    SUSPENDED,
    TERMINATED
}
