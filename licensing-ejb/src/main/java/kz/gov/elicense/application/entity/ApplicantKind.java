package kz.gov.elicense.application.entity;

/** Who may apply for a service: a legal entity (BIN), an individual (IIN), or either. */
public enum ApplicantKind {
    LEGAL_ENTITY,
    INDIVIDUAL,
    ANY;

    public boolean admits(String applicantId) {
        return switch (this) {
            case LEGAL_ENTITY -> Bin.isBin(applicantId);
            case INDIVIDUAL -> !Bin.isBin(applicantId);
            case ANY -> true;
        };
    }
}
