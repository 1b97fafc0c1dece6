package kz.gov.elicense.application.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.gov.elicense.application.entity.Application;
import kz.gov.elicense.application.entity.ApplicationStatus;
import kz.gov.elicense.application.entity.ProcedureStep;
import kz.gov.elicense.application.entity.ResultDocument;
import kz.gov.elicense.audit.boundary.AccessDenials;
import kz.gov.elicense.checks.boundary.RegistryChecks;
import kz.gov.elicense.payment.boundary.FeePayments;
import kz.gov.elicense.problem.Rejection;
import kz.gov.elicense.register.boundary.LicenceRegister;
import kz.gov.elicense.signature.entity.ValidationMaterial;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import static kz.gov.elicense.application.entity.OfficerRole.APPLICANT_ROLE;
import static kz.gov.elicense.application.entity.OfficerRole.CLERK_ROLE;
import static kz.gov.elicense.application.entity.OfficerRole.EXECUTOR_ROLE;
import static kz.gov.elicense.application.entity.OfficerRole.HEAD_OF_PROVIDER_ROLE;
import static kz.gov.elicense.application.entity.OfficerRole.HEAD_OF_UNIT_ROLE;

/**
 * Reading applications. An applicant reads only their own (the BIN/IIN they signed in with); officers read
 * the provider's.
 */
@Stateless
@RolesAllowed({APPLICANT_ROLE, CLERK_ROLE, EXECUTOR_ROLE, HEAD_OF_UNIT_ROLE, HEAD_OF_PROVIDER_ROLE})
public class Applications {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext caller;

    @Inject
    Clock clock;

    @Inject
    RegistryChecks checks;

    @Inject
    LicenceRegister register;

    @Inject
    kz.gov.elicense.journal.boundary.Journals journals;

    @Inject
    FeePayments fees;

    @Inject
    ServiceCatalogue services;

    @Inject
    AccessDenials denials;

    public ApplicationView byNumber(String number) {
        Application application = em.createNamedQuery(Application.BY_NUMBER, Application.class)
                .setParameter("number", number)
                .getResultStream().findFirst()
                .filter(this::visibleOrDenialRecorded)
                // the same answer for "absent" and "not yours", so numbers of others cannot be probed
                .orElseThrow(() -> Rejection.notFound("Application " + number));
        return view(application);
    }

    /** The caller's own applications (an applicant), or those in the given statuses (an officer). */
    public List<ApplicationSummary> list(List<ApplicationStatus> statuses, int first, int max) {
        List<Application> found;
        if (isApplicant()) {
            found = em.createNamedQuery(Application.BY_APPLICANT, Application.class)
                    .setParameter("applicantId", caller.getCallerPrincipal().getName())
                    .setFirstResult(first).setMaxResults(max)
                    .getResultList();
        } else {
            found = em.createNamedQuery(Application.BY_STATUS, Application.class)
                    .setParameter("statuses", statuses.isEmpty() ? EnumSet.allOf(ApplicationStatus.class) : statuses)
                    .setFirstResult(first).setMaxResults(max)
                    .getResultList();
        }
        Instant now = clock.instant();
        return found.stream().map(a -> summary(a, now)).toList();
    }

    private boolean isApplicant() {
        return caller.isCallerInRole(APPLICANT_ROLE);
    }

    /** Another applicant's application is answered as absent, and the attempt goes to the audit trail. */
    private boolean visibleOrDenialRecorded(Application application) {
        boolean visible = visibleToCaller(application);
        if (!visible) {
            denials.record(caller.getCallerPrincipal().getName(), application.number(),
                    "read of another applicant's application " + application.number() + " answered as not found");
        }
        return visible;
    }

    private boolean visibleToCaller(Application application) {
        return !isApplicant() || application.applicantId().equals(caller.getCallerPrincipal().getName());
    }

    private static ApplicationSummary summary(Application a, Instant now) {
        Optional<ProcedureStep> current = a.currentStep();
        return new ApplicationSummary(a.number(), a.procedure().name(), a.applicantId(), a.applicantName(),
                a.status().name(), a.signatureStatus().name(), a.submittedAt(), a.dueAt(),
                current.map(s -> s.code().name()).orElse(null),
                current.map(ProcedureStep::deadline).orElse(null),
                current.map(s -> s.isOverdueAt(now)).orElse(false));
    }

    private ApplicationView view(Application a) {
        Instant now = clock.instant();
        Optional<ProcedureStep> current = a.currentStep();
        List<ApplicationView.Step> steps = a.steps().stream()
                .map(s -> new ApplicationView.Step(s.code().name(), s.role().securityRole(), s.limit(), s.assignee(),
                        s.startedAt(), s.deadline(), s.completedAt(), s.completedBy(), s.outcome(), s.isOverdueAt(now)))
                .toList();
        List<ApplicationView.HistoryEntry> history = a.history().stream()
                .map(h -> new ApplicationView.HistoryEntry(h.from() == null ? null : h.from().name(), h.to().name(),
                        h.at(), h.actor(), h.reason()))
                .toList();
        List<ApplicationView.Document> documents = a.documents().stream()
                .map(d -> new ApplicationView.Document(d.kind().name(), d.fileName(), d.mediaType(), d.sizeBytes(),
                        d.sha256(), d.validUntil(), d.presentedOnPaper()))
                .toList();
        boolean officer = !isApplicant();
        List<ApplicationView.Check> registryChecks = checks.of(a.id()).stream()
                .map(c -> new ApplicationView.Check(c.kind().name(), c.subject(), c.purpose(), c.requestedAt(),
                        c.answeredAt(), c.outcome() == null ? null : c.outcome().name(), c.summary(),
                        c.state().name(), c.awaitingReason(), c.awaitingSince(), c.rounds(), c.requestedBy(),
                        // the raw registry exchange is the provider's audit trail, not the applicant's to read
                        officer ? c.requestBody() : null, officer ? c.replyBody() : null, c.repeatedAnswers()))
                .toList();
        String awaiting = registryChecks.stream()
                .filter(c -> ApplicationView.AWAITING_REGISTRY.equals(c.state()))
                .map(c -> c.check() + ": " + c.awaitingReason())
                .reduce((first, second) -> first + "; " + second)
                .orElse(null);
        return new ApplicationView(a.number(), a.procedure().name(), a.channel().name(), a.applicantId(),
                a.applicantName(), a.status().name(), a.signatureStatus().name(), a.signatureNote(), a.signingTime(),
                isTimeStamped(a.signatureMaterial()),
                a.submittedAt(), a.dueAt(), a.executor(),
                current.map(s -> s.code().name()).orElse(null), current.map(s -> s.isOverdueAt(now)).orElse(false),
                steps, history, documents, registryChecks, result(a), journals.ofApplication(a.number()),
                awaiting == null ? null : ApplicationView.AWAITING_REGISTRY, awaiting,
                fees.stateOf(a, services.declaration(a.procedure()).feeRequired()));
    }

    private static boolean isTimeStamped(byte[] material) {
        return material != null && ValidationMaterial.decode(material).timeStampToken() != null;
    }

    private ApplicationView.Result result(Application a) {
        if (a.proposedResult() == null) {
            return null;
        }
        Optional<ResultDocument> signed = em.createNamedQuery(ResultDocument.BY_APPLICATION, ResultDocument.class)
                .setParameter("applicationId", a.id())
                .getResultStream().reduce((first, second) -> second);
        String licenceNumber = register.numberOfApplication(a.id()).orElse(null);
        return new ApplicationView.Result(a.proposedResult().name(),
                isApplicant() ? null : a.report(), a.refusalReason(), licenceNumber,
                signed.map(ResultDocument::signedAt).orElse(null), signed.map(ResultDocument::signerName).orElse(null));
    }
}
