package kz.gov.elicense.registry.control;

import kz.gov.elicense.registry.entity.AdministrativeOffence;
import kz.gov.elicense.registry.entity.CriminalRecord;
import kz.gov.elicense.registry.entity.SpecialAccountsAnswer;

import java.util.Optional;

/**
 * Port to the databases of the Prosecutor General's Committee on Legal Statistics and Special Accounts: one
 * authority keeps criminal records, administrative offences and answers formal requests about organisations.
 */
public interface SpecialAccounts {

    /** An unexpunged conviction or pending criminal proceedings against the person, if any. */
    Optional<CriminalRecord> criminalRecord(String iin);

    /** An administrative penalty still on record for the person or organisation, if any. */
    Optional<AdministrativeOffence> administrativeOffence(String iinOrBin);

    /** The answer to the formal request about an organisation, including how long the committee takes. */
    SpecialAccountsAnswer answerFormalRequest(String bin);
}
