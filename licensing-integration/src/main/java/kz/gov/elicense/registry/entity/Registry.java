package kz.gov.elicense.registry.entity;

/**
 * The state registries behind the gateway, each reached at its own HTTP endpoint and guarded by its own circuit
 * breaker: one registry down must not hold up the questions to the others.
 */
public enum Registry {

    LEGAL_ENTITIES("legal-entities"),
    INDIVIDUALS("individuals"),
    CRIMINAL_RECORDS("criminal-records"),
    ADMINISTRATIVE_OFFENCES("administrative-offences"),
    SPECIAL_ACCOUNTS("special-accounts"),
    DISMISSED_PERSONS("dismissed-persons"),
    FEE_PAYMENTS("fee-payments");

    private final String path;

    Registry(String path) {
        this.path = path;
    }

    /** The registry's name in URLs and in the {@code licensing.registry.<name>.url} setting. */
    public String path() {
        return path;
    }

    /** The registry that answers a check. */
    public static Registry answering(Check check) {
        return switch (check) {
            case LEGAL_ENTITY -> LEGAL_ENTITIES;
            case INDIVIDUAL -> INDIVIDUALS;
            case CRIMINAL_RECORD -> CRIMINAL_RECORDS;
            case ADMINISTRATIVE_LIABILITY -> ADMINISTRATIVE_OFFENCES;
            case SPECIAL_ACCOUNTS -> SPECIAL_ACCOUNTS;
            case DISMISSED_PERSONS -> DISMISSED_PERSONS;
            case FEE_PAYMENT -> FEE_PAYMENTS;
        };
    }
}
