package kz.gov.elicense.counter.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import kz.gov.elicense.application.boundary.CaseFlow;
import kz.gov.elicense.application.boundary.CounterDelivery;
import kz.gov.elicense.application.boundary.ServiceCatalogue;
import kz.gov.elicense.application.boundary.Identifiers;
import kz.gov.elicense.application.boundary.SubmissionReceipt;
import kz.gov.elicense.application.boundary.CheckRequest;
import kz.gov.elicense.application.boundary.ProcedureDefinition;
import kz.gov.elicense.checks.boundary.RegistryChecks;
import kz.gov.elicense.checks.entity.RegistryCheck;
import kz.gov.elicense.counter.control.LookupAnswers;
import kz.gov.elicense.counter.entity.CounterLookup;
import kz.gov.elicense.counter.entity.LookupState;
import kz.gov.elicense.problem.Rejection;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static kz.gov.elicense.application.entity.OfficerRole.CLERK_ROLE;
import static kz.gov.elicense.application.entity.OfficerRole.EXECUTOR_ROLE;

/**
 * The provider's counter (§3): the officer picks the service and enters the applicant's BIN or IIN, the registries
 * are asked through the gateway, and on their data the officer enters the form with the documents presented on
 * paper. The application is then registered and runs its procedure exactly as a portal one.
 */
@Stateless
@RolesAllowed({CLERK_ROLE, EXECUTOR_ROLE})
public class CounterDesk {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext caller;

    @Inject
    Clock clock;

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    RegistryChecks registryChecks;

    @Inject
    CaseFlow caseFlow;

    /** §3 steps 2–3: asks the registries the procedure's counter questions about the applicant. */
    public CounterLookupView lookUp(String procedureCode, String applicantIdentifier) {
        ProcedureDefinition procedure = catalogue.declaration(procedureCode);
        String applicantId = Identifiers.binOrIin(applicantIdentifier, "applicantId");
        if (!procedure.applicantKind().admits(applicantId)) {
            throw Rejection.invalid("applicant-kind", "This service is not for this kind of applicant",
                    procedure.title() + " is for applicants of kind " + procedure.applicantKind() + ", not " + applicantId);
        }
        CounterLookup lookup = new CounterLookup(procedure.type(), applicantId, me(), clock.instant());
        em.persist(lookup);
        for (CheckRequest question : procedure.counterLookups(applicantId)) {
            registryChecks.requestForLookup(lookup.id(), question.kind(), question.subject(), question.purpose(),
                    procedure.type().code());
        }
        return view(lookup);
    }

    public CounterLookupView lookup(long id) {
        return view(find(id));
    }

    /**
     * §3 steps 4–5: the form the officer entered on a found lookup, checked as a portal form is, with the scans of
     * the documents presented on paper, is delivered through the counter and registered; its procedure starts.
     */
    public SubmissionReceipt takeIn(CounterSubmission submission) {
        CounterLookup lookup = em.find(CounterLookup.class, submission.lookupId(), LockModeType.PESSIMISTIC_WRITE);
        if (lookup == null) {
            throw Rejection.notFound("Lookup " + submission.lookupId());
        }
        requireFound(lookup);
        CounterDelivery.Delivered delivered = caseFlow.takeInAtCounter(new CounterDelivery(lookup.procedure(),
                lookup.applicantId(), "Lookup " + lookup.id(), submission.form(), submission.officerSignature(),
                submission.documents().stream().map(d -> new CounterDelivery.Document(d.kind(), d.fileName(),
                        d.mediaType(), d.content(), d.presentedOnPaper())).toList()));
        lookup.recordApplication(delivered.applicationId(), delivered.receipt().number(), me(), clock.instant());
        return delivered.receipt();
    }

    private void requireFound(CounterLookup lookup) {
        if (lookup.isUsed()) {
            throw Rejection.conflict("lookup-used", "The lookup has already served an application",
                    "Lookup " + lookup.id() + " was used for application " + lookup.applicationNumber()
                            + "; look the applicant up again for another one");
        }
        List<RegistryCheck> answers = registryChecks.ofLookup(lookup.id());
        Instant now = clock.instant();
        LookupState state = LookupAnswers.stateOf(answers, lookup.requestedAt(), now);
        if (state == LookupState.PENDING) {
            throw Rejection.conflict("lookup-pending", "The registries have not answered yet",
                    "Lookup " + lookup.id() + " is still waiting for the registries");
        }
        if (state == LookupState.NOT_AVAILABLE) {
            throw Rejection.conflict("lookup-not-available", LookupAnswers.NOT_AVAILABLE_MESSAGE,
                    "Lookup " + lookup.id() + ": " + LookupAnswers.reasonOf(answers, lookup.requestedAt(), now)
                            .orElse(LookupAnswers.NOT_AVAILABLE_MESSAGE));
        }
    }

    private CounterLookup find(long id) {
        CounterLookup lookup = em.find(CounterLookup.class, id);
        if (lookup == null) {
            throw Rejection.notFound("Lookup " + id);
        }
        return lookup;
    }

    private CounterLookupView view(CounterLookup lookup) {
        List<RegistryCheck> answers = registryChecks.ofLookup(lookup.id());
        Instant now = clock.instant();
        LookupState state = LookupAnswers.stateOf(answers, lookup.requestedAt(), now);
        return new CounterLookupView(lookup.id(), lookup.procedure().code(), lookup.applicantId(), state.name(),
                state == LookupState.NOT_AVAILABLE ? LookupAnswers.NOT_AVAILABLE_MESSAGE : null,
                LookupAnswers.reasonOf(answers, lookup.requestedAt(), now).orElse(null),
                lookup.requestedBy(), lookup.requestedAt(), lookup.applicationNumber(),
                answers.stream().map(CounterDesk::answer).toList());
    }

    private static CounterLookupView.Answer answer(RegistryCheck check) {
        return new CounterLookupView.Answer(check.kind().name(), check.subject(), check.purpose(), check.answeredAt(),
                check.outcome() == null ? null : check.outcome().name(), check.summary(), data(check.data()));
    }

    private static JsonObject data(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException notAnObject) {
            return null;
        }
    }

    private String me() {
        return caller.getCallerPrincipal().getName();
    }
}
