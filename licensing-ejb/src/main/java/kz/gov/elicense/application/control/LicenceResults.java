package kz.gov.elicense.application.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.elicense.application.entity.Application;
import kz.gov.elicense.application.entity.ResultDocument;
import kz.gov.elicense.application.entity.ResultKind;
import kz.gov.elicense.document.boundary.ResultDocuments;
import kz.gov.elicense.register.boundary.LicenceRegister;
import kz.gov.elicense.register.entity.Activity;
import kz.gov.elicense.register.entity.LicenceNumber;

/**
 * Issuing a state licence, the same for every licensing procedure: the next number of the activity's series, the
 * licence rendered from the register's data, signed with the provider's EDS, and entered in the register, all in the
 * head's signing transaction (a rollback leaves no document, no entry and the number unused).
 */
@ApplicationScoped
public class LicenceResults {

    @Inject
    LicenceRegister register;

    @Inject
    ResultDocuments documents;

    /** A new licence to the applicant, for the activity, with special conditions if any. */
    public IssuedResult issueLicence(Application application, ResultIssue issue, Activity activity, Provider provider,
                                     String specialConditions) {
        LicenceNumber number = register.reserveNumber(activity, issue.today());
        byte[] content = documents.licence(number.value(), application.applicantId(), application.applicantName(),
                activity.series(), activity.nameKk().toLowerCase(), activity.nameRu().toLowerCase(), specialConditions,
                provider.name(), provider.city(), issue.signer().fullName(), issue.today(), application.number());
        ResultDocument document = issue.sign(ResultKind.LICENCE, ResultDocuments.MEDIA_TYPE, content);
        register.enter(number, application.applicantId(), application.applicantName(), activity, provider.name(),
                issue.today(), application.id(), document.id());
        return new IssuedResult(number.value(), "Licence " + number + " signed");
    }
}
