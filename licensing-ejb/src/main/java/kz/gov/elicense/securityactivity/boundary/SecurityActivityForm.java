package kz.gov.elicense.securityactivity.boundary;

import kz.gov.elicense.application.boundary.ProcedureForm;

import java.util.Set;

/**
 * What the security activity services (issue, reissue, duplicate) ask the registries about, whatever the form:
 * the applying organisation, the people to check, how the fee was paid and which legal address it declares.
 */
public interface SecurityActivityForm extends ProcedureForm {

    SecurityLicenceForm.Person head();

    /** The head and the personnel named in the form, each once. */
    Set<String> people();

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
