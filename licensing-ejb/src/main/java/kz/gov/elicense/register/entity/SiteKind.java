package kz.gov.elicense.register.entity;

/** What the licensee has where: a branch (филиал) or a licensed object (объект: premises, storage, shooting range…). */
public enum SiteKind {
    BRANCH,
    OBJECT
}
