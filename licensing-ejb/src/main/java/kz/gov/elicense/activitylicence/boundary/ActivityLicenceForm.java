package kz.gov.elicense.activitylicence.boundary;

import kz.gov.elicense.application.boundary.ProcedureForm;
import kz.gov.elicense.application.entity.DocumentKind;
import kz.gov.elicense.problem.Rejection;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the four forms of a licence with annexes share: the applying legal entity and how it paid the licence fee.
 * Each form also checks its own rules, those that need nothing but the form, in {@link #checkRules()}.
 */
public interface ActivityLicenceForm extends ProcedureForm {

    Licensee applicant();

    /** Paid through the e-government payment gateway; otherwise a scan of the paper receipt is attached (§2, process 4). */
    boolean feePaidThroughGateway();

    @Override
    default String applicantId() {
        return applicant().bin();
    }

    @Override
    default String applicantName() {
        return applicant().name();
    }

    /** Throws {@link Rejection} (400) naming the first rule of the form that is broken. */
    void checkRules();

    /** §2, process 4: a fee not paid through the gateway is proven by the scan of its receipt. */
    default void requireFeeEvidence() {
        boolean receipt = documents().stream().anyMatch(d -> DocumentKind.FEE_RECEIPT.name().equals(d.kind()));
        if (!feePaidThroughGateway() && !receipt) {
            throw Rejection.invalid("fee-receipt-missing", "The licence fee is not proven",
                    "The fee was not paid through the payment gateway: attach the scan of its receipt (FEE_RECEIPT)");
        }
    }

    /** Refuses a list that names the same thing twice, e.g. an annex or a sub-type. */
    static <T> void requireDistinct(List<T> values, String field) {
        Set<T> seen = new HashSet<>();
        for (T value : values) {
            if (!seen.add(value)) {
                throw Rejection.invalid("form-invalid", "The application form breaks its format rules",
                        field + ": " + value + " is named twice");
            }
        }
    }
}
