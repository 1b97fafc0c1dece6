package kz.gov.elicense.weaponregistration.entity;

/** A permit is in force until a re-registration of its unit replaces it. */
public enum PermitStatus {
    ACTIVE,
    /** Replaced by the permit of a later re-registration (new holder or renewal); kept as the unit's history. */
    SUPERSEDED
}
