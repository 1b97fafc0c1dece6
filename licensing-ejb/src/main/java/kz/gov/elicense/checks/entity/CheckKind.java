package kz.gov.elicense.checks.entity;

/**
 * The questions the provider asks the state registries through the e-government gateway. The names are the
 * {@code check} values of the JMS contract with licensing-integration.
 */
public enum CheckKind {
    /** Legal entities state database: registration, legal address, head. */
    LEGAL_ENTITY,
    /** Individuals state database: identity. */
    INDIVIDUAL,
    /** Special accounts: criminal record and criminal liability. */
    CRIMINAL_RECORD,
    /** Special accounts: administrative liability. */
    ADMINISTRATIVE_LIABILITY,
    /** E-licensing / payment gateway: the licence fee is paid. */
    FEE_PAYMENT,
    /** The formal request to the Prosecutor General's special accounts committee; its answer may take days. */
    SPECIAL_ACCOUNTS,
    /** Register of persons dismissed from guard or head positions for negative reasons. */
    DISMISSED_PERSONS
}
