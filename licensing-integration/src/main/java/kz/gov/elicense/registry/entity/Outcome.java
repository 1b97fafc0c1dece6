package kz.gov.elicense.registry.entity;

/**
 * What a registry answered. Each {@link Check} uses its own pair; {@link #ERROR} is possible for every check
 * and means the request itself could not be served (malformed body, unknown check), not that the subject failed.
 */
public enum Outcome {
    FOUND,
    NOT_FOUND,
    CLEAR,
    HIT,
    PAID,
    UNPAID,
    ERROR
}
