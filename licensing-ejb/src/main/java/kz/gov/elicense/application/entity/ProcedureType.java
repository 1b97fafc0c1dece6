package kz.gov.elicense.application.entity;

/**
 * The state services this system provides. Each carries the prefix of its application numbers
 * and its total term in working days (regulation §2).
 */
public enum ProcedureType {
    SECURITY_ACTIVITY_ISSUE("SEC", 15);

    private final String numberPrefix;
    private final int totalTermWorkingDays;

    ProcedureType(String numberPrefix, int totalTermWorkingDays) {
        this.numberPrefix = numberPrefix;
        this.totalTermWorkingDays = totalTermWorkingDays;
    }

    public String numberPrefix() {
        return numberPrefix;
    }

    public int totalTermWorkingDays() {
        return totalTermWorkingDays;
    }
}
