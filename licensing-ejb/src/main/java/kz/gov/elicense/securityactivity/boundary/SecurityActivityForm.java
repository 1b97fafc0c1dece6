package kz.gov.elicense.securityactivity.boundary;

import kz.gov.elicense.application.boundary.Identifiers;
import kz.gov.elicense.application.boundary.ProcedureForm;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the security activity services (issue, reissue, duplicate) ask the registries about, whatever the form:
 * the applying organisation, the people to check, how the fee was paid and which legal address it declares.
 */
public interface SecurityActivityForm extends ProcedureForm {

    SecurityLicenceForm.Applicant applicant();

    SecurityLicenceForm.Person head();

    /** The guards and other personnel the form names; a duplicate names none. */
    default List<SecurityLicenceForm.Person> personnel() {
        return List.of();
    }

    @Override
    default String applicantId() {
        return applicant().bin();
    }

    @Override
    default String applicantName() {
        return applicant().name();
    }

    @Override
    default void checkIdentifiers() {
        Identifiers.iin(head().iin(), "head.iin");
        for (int i = 0; i < personnel().size(); i++) {
            Identifiers.iin(personnel().get(i).iin(), "personnel[" + i + "].iin");
        }
    }

    /** The head and the personnel named in the form, each once. */
    default Set<String> people() {
        Set<String> people = new LinkedHashSet<>();
        people.add(head().iin());
        personnel().forEach(p -> people.add(p.iin()));
        return people;
    }

    /** Paid through the payment gateway (the gateway is asked); otherwise a scanned receipt is attached. */
    boolean feePaidThroughGateway();

    /**
     * The legal address the legal entities database must confirm, or null when the service does not check it
     * (the issue: regulation §4.1 step 3 has no legal address check).
     */
    default String addressToConfirm() {
        return null;
    }
}
