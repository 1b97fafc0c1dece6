package kz.gov.elicense.securityactivity.control;

import kz.gov.elicense.application.boundary.FormDocument;
import kz.gov.elicense.application.boundary.CheckRequest;
import kz.gov.elicense.application.entity.DocumentKind;
import kz.gov.elicense.application.entity.StepCode;
import kz.gov.elicense.checks.entity.CheckKind;
import kz.gov.elicense.checks.entity.RegistryCheck;
import kz.gov.elicense.problem.Rejection;
import kz.gov.elicense.securityactivity.boundary.SecurityActivityForm;

import java.util.ArrayList;
import java.util.List;

/**
 * The registry checks of the security activity services in one place (§4.1 step 3 of each): identity, state
 * registration, criminal record, criminal and administrative liability and the licence fee through the gateway;
 * the issue adds the formal request to the special accounts committee and the dismissed-persons register (its
 * step 4), the reissue and the duplicate add the legal address instead. What the answers add up to is
 * {@link ChecksAssessment}'s.
 */
final class SecurityChecks {

    /** Which service asks: the issue's questions differ from those of the reissue and the duplicate. */
    enum Service {
        ISSUE,
        REISSUE_OR_DUPLICATE
    }

    private SecurityChecks() {
    }

    /** The questions of a check step of the service. */
    static List<CheckRequest> questions(Service service, StepCode step, SecurityActivityForm form) {
        String bin = form.applicantId();
        List<CheckRequest> requests = new ArrayList<>();
        if (step == StepCode.REGISTRY_CHECKS) {
            requests.add(new CheckRequest(CheckKind.LEGAL_ENTITY, bin, service == Service.ISSUE
                    ? "state registration of the applicant"
                    : "state registration and legal address of the applicant"));
            if (form.feePaidThroughGateway()) {
                requests.add(new CheckRequest(CheckKind.FEE_PAYMENT, bin, "licence fee"));
            }
            requests.add(new CheckRequest(CheckKind.ADMINISTRATIVE_LIABILITY, bin, "administrative liability of the applicant"));
            if (service == Service.ISSUE) {
                requests.add(new CheckRequest(CheckKind.SPECIAL_ACCOUNTS, bin, "request to the special accounts committee"));
            }
            for (String iin : form.people()) {
                requests.add(new CheckRequest(CheckKind.INDIVIDUAL, iin, "identity of " + iin));
                requests.add(new CheckRequest(CheckKind.CRIMINAL_RECORD, iin, "criminal record and liability of " + iin));
                requests.add(new CheckRequest(CheckKind.ADMINISTRATIVE_LIABILITY, iin, "administrative liability of " + iin));
            }
        } else if (step == StepCode.DISMISSED_PERSONS_CHECK && service == Service.ISSUE) {
            for (String iin : form.people()) {
                requests.add(new CheckRequest(CheckKind.DISMISSED_PERSONS, iin, "dismissed persons register: " + iin));
            }
        }
        return requests;
    }

    /**
     * Adverse answers, a head the legal entities database does not know as the applicant's, and (reissue, duplicate)
     * a legal address it does not confirm.
     */
    static List<String> findings(List<RegistryCheck> checks, SecurityActivityForm form) {
        return ChecksAssessment.of(checks, form.head().iin(), form.addressToConfirm()).findings();
    }

    /**
     * The fee is paid through the payment gateway (which step 3 asks) or shown by a scanned receipt (§2 process 4):
     * a form that claims neither is refused before anything is stored.
     */
    static void requireFeeEvidence(SecurityActivityForm form) {
        if (!form.feePaidThroughGateway() && form.documents().stream()
                .map(FormDocument::kind).noneMatch(DocumentKind.FEE_RECEIPT.name()::equals)) {
            throw Rejection.invalid("fee-receipt-required", "The licence fee is not shown",
                    "The fee was not paid through the payment gateway: attach the receipt as a "
                            + DocumentKind.FEE_RECEIPT + " document");
        }
    }
}
