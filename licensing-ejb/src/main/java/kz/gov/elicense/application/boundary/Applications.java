package kz.gov.elicense.application.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.gov.elicense.application.control.OfficerDivision;
import kz.gov.elicense.application.entity.Application;
import kz.gov.elicense.application.entity.ApplicationStatus;
import kz.gov.elicense.application.entity.Channel;
import kz.gov.elicense.application.entity.OfficerRole;
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
import static kz.gov.elicense.application.entity.OfficerRole.PORTAL_ROLE;

/**
 * Reading applications. An applicant reads only their own (the BIN/IIN they signed in with); an officer reads their
 * own division's (their account's), and another division's application is not found for them, as an absent one. The
 * e-government portal (a system, role {@code portal}) reads the applications that came through the portal, with what
 * their applicants see of them, so that it can show the applicant the status; the counter's are not found for it.
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

    @Inject
    OfficerDivision divisions;

    @RolesAllowed({APPLICANT_ROLE, PORTAL_ROLE, CLERK_ROLE, EXECUTOR_ROLE, HEAD_OF_UNIT_ROLE, HEAD_OF_PROVIDER_ROLE})
    public ApplicationView byNumber(String number) {
        return view(visible(number));
    }

    /**
     * The signed result document of an application the caller may read (a licence, a permit or a motivated
     * refusal), with its detached CMS signature; the refusal is reachable nowhere else, the licence and the permit
     * also through the register.
     */
    @RolesAllowed({APPLICANT_ROLE, PORTAL_ROLE, CLERK_ROLE, EXECUTOR_ROLE, HEAD_OF_UNIT_ROLE, HEAD_OF_PROVIDER_ROLE})
    public SignedResult resultDocument(String number) {
        Application application = visible(number);
        return em.createNamedQuery(ResultDocument.BY_APPLICATION, ResultDocument.class)
                .setParameter("applicationId", application.id())
                .getResultStream()
                .filter(d -> d.kind() == application.proposedResult())
                .reduce((first, second) -> second)
                .map(d -> new SignedResult(d.kind().name(), d.mediaType(), d.content(), d.signature()))
                .orElseThrow(() -> Rejection.notFound("A signed result of application " + number));
    }

    /** A signed result document as it is handed out. */
    public record SignedResult(String kind, String mediaType, byte[] content, byte[] signature) {
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
            Optional<String> division = divisions.of(me());
            found = (division.isPresent()
                    ? em.createNamedQuery(Application.BY_DIVISION_AND_STATUS, Application.class)
                            .setParameter("division", division.get())
                    : em.createNamedQuery(Application.BY_STATUS, Application.class))
                    .setParameter("statuses", statuses.isEmpty() ? EnumSet.allOf(ApplicationStatus.class) : statuses)
                    .setFirstResult(first).setMaxResults(max)
                    .getResultList();
        }
        Instant now = clock.instant();
        return found.stream().map(a -> summary(a, now)).toList();
    }

    /**
     * The signed-in officer's work: the open applications whose current step is theirs to take. A step of the
     * executor's role is the assigned executor's only; a step of another role the officer holds (the head's, the
     * office's) is anyone's of that role while nobody is named on it. Only the officer's own division's cases.
     * Earliest deadline first.
     */
    @RolesAllowed({CLERK_ROLE, EXECUTOR_ROLE, HEAD_OF_UNIT_ROLE, HEAD_OF_PROVIDER_ROLE})
    public List<ApplicationSummary> inbox(List<ApplicationStatus> statuses, int max) {
        List<OfficerRole> roles = EnumSet.allOf(OfficerRole.class).stream()
                .filter(r -> r != OfficerRole.SYSTEM && caller.isCallerInRole(r.securityRole()))
                .toList();
        if (roles.isEmpty() || statuses.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        Optional<String> division = divisions.of(me());
        List<ProcedureStep> steps = (division.isPresent()
                ? em.createNamedQuery(ProcedureStep.INBOX_OF_DIVISION, ProcedureStep.class)
                        .setParameter("division", division.get())
                : em.createNamedQuery(ProcedureStep.INBOX, ProcedureStep.class))
                .setParameter("statuses", statuses)
                .setParameter("roles", roles)
                .setParameter("officer", caller.getCallerPrincipal().getName())
                .setMaxResults(max)
                .getResultList();
        // the page's cases in one query (not one each), by the ids the steps hold without loading them
        var ids = steps.stream().map(s -> em.getEntityManagerFactory().getPersistenceUnitUtil()
                .getIdentifier(s.application())).distinct().toList();
        if (!ids.isEmpty()) {
            em.createQuery("select a from Application a where a.id in :ids", Application.class)
                    .setParameter("ids", ids).getResultList();
        }
        // the query keeps only each case's current step: the summary needs no other of its steps
        return steps.stream().map(s -> summary(s.application(), Optional.of(s), now)).toList();
    }

    private Application visible(String number) {
        Optional<Application> found = em.createNamedQuery(Application.BY_NUMBER, Application.class)
                .setParameter("number", number)
                .getResultStream().findFirst();
        if (isPortalSystem()) {
            return found.filter(this::throughPortalOrDenialRecorded)
                    .orElseThrow(() -> Rejection.notFound("Application " + number));
        }
        if (found.isPresent() && !isApplicant() && !divisions.covers(me(), found.get())) {
            divisions.denied(me(), found.get(), "reading the application");
        }
        return found
                .filter(this::visibleOrDenialRecorded)
                // the same answer for "absent" and "not yours", so numbers of others cannot be probed
                .orElseThrow(() -> Rejection.notFound("Application " + number));
    }

    private boolean isApplicant() {
        return caller.isCallerInRole(APPLICANT_ROLE);
    }

    /** The e-government portal, calling as a system with its certificate (never an applicant's or officer's account). */
    private boolean isPortalSystem() {
        return caller.isCallerInRole(PORTAL_ROLE) && !isApplicant();
    }

    /** What an officer sees of a case beyond the applicant's view: the registries' raw exchange, the report. */
    private boolean isOfficer() {
        return !isApplicant() && !isPortalSystem();
    }

    /** The portal reads what came through it; a counter application is answered as absent, and the attempt recorded. */
    private boolean throughPortalOrDenialRecorded(Application application) {
        if (application.channel() == Channel.PORTAL) {
            return true;
        }
        denials.record(me(), application.number(), "read of application " + application.number()
                + ", which did not come through the portal, answered as not found");
        return false;
    }

    /**
     * Another applicant's application is answered as absent, and the attempt goes to the audit trail (an officer's
     * read of another division's is recorded by the divisions).
     */
    private boolean visibleOrDenialRecorded(Application application) {
        boolean visible = visibleToCaller(application);
        if (!visible && isApplicant()) {
            denials.record(caller.getCallerPrincipal().getName(), application.number(),
                    "read of another applicant's application " + application.number() + " answered as not found");
        }
        return visible;
    }

    private boolean visibleToCaller(Application application) {
        return isApplicant() ? application.applicantId().equals(me()) : divisions.covers(me(), application);
    }

    private String me() {
        return caller.getCallerPrincipal().getName();
    }

    private static ApplicationSummary summary(Application a, Instant now) {
        return summary(a, a.currentStep(), now);
    }

    private static ApplicationSummary summary(Application a, Optional<ProcedureStep> current, Instant now) {
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
        boolean officer = isOfficer();
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
                isOfficer() ? a.report() : null, a.refusalReason(), licenceNumber,
                signed.map(ResultDocument::signedAt).orElse(null), signed.map(ResultDocument::signerName).orElse(null));
    }
}
