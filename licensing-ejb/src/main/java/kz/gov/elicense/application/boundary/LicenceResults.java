package kz.gov.elicense.application.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.elicense.application.entity.Application;
import kz.gov.elicense.application.entity.ResultDocument;
import kz.gov.elicense.application.entity.ResultKind;
import kz.gov.elicense.document.boundary.ResultDocuments;
import kz.gov.elicense.problem.Rejection;
import kz.gov.elicense.register.boundary.LicenceRegister;
import kz.gov.elicense.register.boundary.LicenceRegister.AnnexView;
import kz.gov.elicense.register.boundary.LicenceRegister.LicenceFacts;
import kz.gov.elicense.register.entity.Activity;
import kz.gov.elicense.register.entity.AnnexGrant;
import kz.gov.elicense.register.entity.LicenceNumber;
import kz.gov.elicense.register.entity.LicenceStatus;
import kz.gov.elicense.register.entity.ReissueReason;
import kz.gov.elicense.register.entity.Site;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Issuing, reissuing and duplicating state licences and their annexes, the same for every licensing procedure: the
 * document rendered from the register's data, signed with the provider's EDS, and the register updated, all in the
 * head's signing transaction (a rollback leaves no document, no entry and a new licence's number unused).
 */
@ApplicationScoped
public class LicenceResults {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    LicenceRegister register;

    @Inject
    ResultDocuments documents;

    /** A new licence to the applicant, for the activity, with special conditions if any. */
    public IssuedResult issueLicence(Application application, ResultIssue issue, Activity activity, Provider provider,
                                     String specialConditions) {
        return issueLicence(application, issue, activity, provider, specialConditions, null, List.of(), List.of());
    }

    /**
     * A new licence with one annex per granted sub-type of activity (§4.3, §4.4) and the licensee's branches and
     * objects. Each annex is a signed document of its own.
     */
    public IssuedResult issueLicence(Application application, ResultIssue issue, Activity activity, Provider provider,
                                     String specialConditions, String holderAddress, List<AnnexGrant> annexes,
                                     List<Site> sites) {
        LicenceNumber number = register.reserveNumber(activity, issue.today());
        byte[] content = documents.licence(number.value(), application.applicantId(), application.applicantName(),
                activity.series(), activity.nameKk().toLowerCase(), activity.nameRu().toLowerCase(), specialConditions,
                provider.name(), provider.city(), issue.signer().fullName(), issue.today(), application.number());
        ResultDocument document = issue.sign(ResultKind.LICENCE, ResultDocuments.MEDIA_TYPE, content);
        List<LicenceRegister.SignedAnnex> signedAnnexes = new ArrayList<>();
        for (int i = 0; i < annexes.size(); i++) {
            AnnexGrant grant = annexes.get(i);
            ResultDocument annex = issue.sign(ResultKind.LICENCE, ResultDocuments.MEDIA_TYPE,
                    annexDocument(number.value(), i + 1, grant.nameKk(), grant.nameRu(), application, issue, provider,
                            activity, null));
            signedAnnexes.add(new LicenceRegister.SignedAnnex(grant, annex.id()));
        }
        register.enter(number, application.applicantId(), application.applicantName(), holderAddress, activity,
                provider.name(), issue.today(), application.id(), document.id(), signedAnnexes, sites);
        return new IssuedResult(number.value(), "Licence " + number + " signed"
                + (annexes.isEmpty() ? "" : " with " + annexes.size() + " annex(es)"));
    }

    /**
     * Refuses (before anything is stored) an application about a licence that is not in the register, is not the
     * applicant's, is of another activity, or is terminated.
     */
    public LicenceFacts requireHeldBy(String licenceNumber, String applicantId, Set<Activity> activities) {
        LicenceFacts licence = register.facts(licenceNumber)
                .orElseThrow(() -> Rejection.conflict("licence-unknown", "No such licence",
                        "Licence " + licenceNumber + " is not in the register"));
        if (!licence.holderId().equals(applicantId)) {
            throw Rejection.conflict("licence-not-held", "Not the applicant's licence",
                    "Licence " + licenceNumber + " is not held by " + applicantId);
        }
        if (!activities.contains(licence.activity())) {
            throw Rejection.conflict("licence-other-activity", "A licence of another activity",
                    "Licence " + licenceNumber + " is for " + licence.activity() + ", this service is for " + activities);
        }
        if (licence.status() == LicenceStatus.TERMINATED) {
            throw Rejection.conflict("licence-terminated", "The licence is terminated",
                    "Licence " + licenceNumber + " is terminated: apply for a new licence");
        }
        return licence;
    }

    /** Reissues the licence under its number with the holder's new name/address and branches/objects. */
    public IssuedResult reissueLicence(Application application, ResultIssue issue, Provider provider,
                                       String licenceNumber, ReissueReason reason, String detail, String newHolderName,
                                       String newHolderAddress, List<Site> sites) {
        LicenceFacts licence = facts(licenceNumber);
        String holderName = newHolderName == null || newHolderName.isBlank() ? licence.holderName() : newHolderName.strip();
        String conditions = "Қайта ресімделді / Переоформлена " + DATE.format(issue.today()) + ": " + reason.printed();
        byte[] content = documents.licence(licenceNumber, licence.holderId(), holderName, licence.activity().series(),
                licence.activity().nameKk().toLowerCase(), licence.activity().nameRu().toLowerCase(), conditions,
                provider.name(), provider.city(), issue.signer().fullName(), issue.today(), application.number());
        ResultDocument document = issue.sign(ResultKind.LICENCE, ResultDocuments.MEDIA_TYPE, content);
        register.reissue(licenceNumber, reason, detail, holderName, newHolderAddress, sites, issue.today(),
                application.id(), document.id());
        return new IssuedResult(licenceNumber, "Licence " + licenceNumber + " reissued: " + reason.en());
    }

    /** A duplicate of the licence document, as the register has the licence now. */
    public IssuedResult duplicateLicence(Application application, ResultIssue issue, Provider provider,
                                         String licenceNumber) {
        LicenceFacts licence = facts(licenceNumber);
        String conditions = "ТЕЛНҰСҚА / ДУБЛИКАТ, берілді / выдан " + DATE.format(issue.today());
        byte[] content = documents.licence(licenceNumber, licence.holderId(), licence.holderName(),
                licence.activity().series(), licence.activity().nameKk().toLowerCase(),
                licence.activity().nameRu().toLowerCase(), conditions, provider.name(), provider.city(),
                issue.signer().fullName(), licence.issueDate(), application.number());
        ResultDocument document = issue.sign(ResultKind.DUPLICATE, ResultDocuments.MEDIA_TYPE, content);
        register.duplicate(licenceNumber, issue.today(), application.id(), document.id());
        return new IssuedResult(licenceNumber, "Duplicate of licence " + licenceNumber + " signed");
    }

    /** A new annex to an existing licence, for a sub-type it does not cover yet. */
    public IssuedResult issueAnnex(Application application, ResultIssue issue, Provider provider, String licenceNumber,
                                   AnnexGrant grant) {
        LicenceFacts licence = facts(licenceNumber);
        int next = licence.annexes().stream().mapToInt(AnnexView::number).max().orElse(0) + 1;
        ResultDocument document = issue.sign(ResultKind.LICENCE, ResultDocuments.MEDIA_TYPE,
                annexDocument(licenceNumber, next, grant.nameKk(), grant.nameRu(), application, issue, provider,
                        licence.activity(), null));
        int added = register.addAnnex(licenceNumber, grant, issue.today(), application.id(), document.id());
        return new IssuedResult(licenceNumber + "/" + added, "Annex " + added + " to licence " + licenceNumber + " signed");
    }

    public IssuedResult reissueAnnex(Application application, ResultIssue issue, Provider provider,
                                     String licenceNumber, int annexNumber, ReissueReason reason, String detail) {
        LicenceFacts licence = facts(licenceNumber);
        AnnexView annex = annexOf(licence, annexNumber);
        ResultDocument document = issue.sign(ResultKind.LICENCE, ResultDocuments.MEDIA_TYPE,
                annexDocument(licenceNumber, annexNumber, annex.nameKk(), annex.nameRu(), application, issue, provider,
                        licence.activity(), "Қайта ресімделді / Переоформлено " + DATE.format(issue.today()) + ": "
                                + reason.printed()));
        register.reissueAnnex(licenceNumber, annexNumber, reason, detail, issue.today(), application.id(), document.id());
        return new IssuedResult(licenceNumber + "/" + annexNumber,
                "Annex " + annexNumber + " to licence " + licenceNumber + " reissued: " + reason.en());
    }

    public IssuedResult duplicateAnnex(Application application, ResultIssue issue, Provider provider,
                                       String licenceNumber, int annexNumber) {
        LicenceFacts licence = facts(licenceNumber);
        AnnexView annex = annexOf(licence, annexNumber);
        ResultDocument document = issue.sign(ResultKind.DUPLICATE, ResultDocuments.MEDIA_TYPE,
                annexDocument(licenceNumber, annexNumber, annex.nameKk(), annex.nameRu(), application, issue, provider,
                        licence.activity(), "ТЕЛНҰСҚА / ДУБЛИКАТ, берілді / выдан " + DATE.format(issue.today())));
        register.duplicateAnnex(licenceNumber, annexNumber, issue.today(), application.id(), document.id());
        return new IssuedResult(licenceNumber + "/" + annexNumber,
                "Duplicate of annex " + annexNumber + " to licence " + licenceNumber + " signed");
    }

    private byte[] annexDocument(String licenceNumber, int annexNumber, String nameKk, String nameRu,
                                 Application application, ResultIssue issue, Provider provider, Activity activity,
                                 String note) {
        String conditions = "№ " + licenceNumber + " лицензияға № " + annexNumber + " қосымша / Приложение № "
                + annexNumber + " к лицензии № " + licenceNumber + (note == null ? "" : ". " + note);
        return documents.licence(licenceNumber, application.applicantId(), application.applicantName(),
                activity.series(), nameKk, nameRu, conditions, provider.name(), provider.city(),
                issue.signer().fullName(), issue.today(), application.number());
    }

    private LicenceFacts facts(String licenceNumber) {
        return register.facts(licenceNumber).orElseThrow(() -> Rejection.notFound("Licence " + licenceNumber));
    }

    private static AnnexView annexOf(LicenceFacts licence, int annexNumber) {
        return licence.annex(annexNumber).orElseThrow(() -> Rejection.conflict("annex-unknown", "No such annex",
                "Licence " + licence.number() + " has no annex " + annexNumber));
    }
}
