package kz.gov.elicense.forensicexpert.boundary;

import kz.gov.elicense.application.boundary.ProcedureForm;

/**
 * What every forensic expert service's form has (§4.5): the expert applying in their own name, as the portal prefills
 * them, and whether the fee went through the payment gateway (then the gateway is asked, otherwise a receipt is
 * attached). The issue, the reissue and the duplicate each add their own fields.
 */
public interface ExpertApplication extends ProcedureForm {

    ForensicExpertLicenceForm.Expert expert();

    boolean feePaidThroughGateway();

    @Override
    default String applicantId() {
        return expert().iin();
    }

    @Override
    default String applicantName() {
        return expert().fullName();
    }
}
