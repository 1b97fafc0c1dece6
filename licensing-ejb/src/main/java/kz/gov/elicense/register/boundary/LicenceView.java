package kz.gov.elicense.register.boundary;

import java.time.LocalDate;
import java.util.List;

/** A register entry as anyone may see it, with whether the licence document's signature verifies. */
public record LicenceView(String number, String holderId, String holderName, String activity, String provider,
                          LocalDate issueDate, String status, String applicationNumber, boolean signatureValid,
                          String signedBy, List<LicenceRegister.AnnexView> annexes, List<SiteView> sites) {

    /** A branch or object of the licensee. */
    public record SiteView(String kind, String name, String address) {
    }
}
