package kz.gov.elicense.application.entity;

/** How the application reached the provider: the e-government portal (§2) or the provider's counter (§3). */
public enum Channel {
    PORTAL,
    COUNTER
}
