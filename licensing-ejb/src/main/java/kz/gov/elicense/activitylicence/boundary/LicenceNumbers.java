package kz.gov.elicense.activitylicence.boundary;

/** The format of a licence number in a form, as the register writes it (e.g. KZ26WPN0000001). */
final class LicenceNumbers {

    static final String PATTERN = "KZ\\d{2}[A-Z]{3}\\d{7}";
    static final String MESSAGE = "must be a licence number such as KZ26WPN0000001";

    private LicenceNumbers() {
    }
}
