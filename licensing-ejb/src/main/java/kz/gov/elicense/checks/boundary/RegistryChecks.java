package kz.gov.elicense.checks.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import kz.gov.elicense.checks.control.RegistryRequests;
import kz.gov.elicense.checks.entity.CheckKind;
import kz.gov.elicense.checks.entity.CheckOutcome;
import kz.gov.elicense.checks.entity.RegistryAnswerRecorded;
import kz.gov.elicense.checks.entity.RegistryCheck;
import kz.gov.elicense.observability.metrics.AfterCommit;
import kz.gov.elicense.observability.metrics.Meters;

import java.io.StringReader;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/** Asks the state registries and records their answers, each exactly once. */
@Stateless
@PermitAll
public class RegistryChecks {

    private static final Logger LOG = Logger.getLogger(RegistryChecks.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    RegistryRequests gateway;

    /** The principal WildFly reports for a call no user made. */
    private static final String ANONYMOUS = "anonymous";

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Inject
    Event<RegistryAnswerRecorded> answers;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public RegistryCheck request(Long applicationId, CheckKind kind, String subject, String purpose, String procedure) {
        RegistryCheck check = new RegistryCheck(applicationId, UUID.randomUUID().toString(), kind, subject, purpose,
                clock.instant());
        em.persist(check);
        check.audit(asker(), gateway.send(check, procedure));
        LOG.info(() -> "Registry request " + check.requestId() + " (" + kind + ") sent for application #"
                + applicationId);
        return check;
    }

    /** Asks a question of a counter lookup: the same request/reply path, with no application to move on. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public RegistryCheck requestForLookup(Long lookupId, CheckKind kind, String subject, String purpose,
                                          String procedure) {
        RegistryCheck check = RegistryCheck.forLookup(lookupId, UUID.randomUUID().toString(), kind, subject, purpose,
                clock.instant());
        em.persist(check);
        check.audit(asker(), gateway.send(check, procedure));
        return check;
    }

    /**
     * Records that the gateway found the registry unavailable and will ask again by itself; the check shows it as
     * awaiting the registry, with the reason, until the answer comes.
     */
    public void awaitRegistry(String requestId, String reason, int round) {
        Optional<RegistryCheck> found = byRequestId(requestId);
        if (found.isEmpty()) {
            LOG.warning(() -> "Registry notice for unknown request " + requestId + " ignored");
            return;
        }
        if (found.get().awaitRegistry(reason, round, clock.instant())) {
            LOG.info(() -> "Registry request " + requestId + " awaits its registry (round " + round + "): " + reason);
        }
    }

    /** The officer whose action raised the question; {@value RegistryCheck#SYSTEM} when no one's did. */
    private String asker() {
        Principal caller = session.getCallerPrincipal();
        return caller == null || ANONYMOUS.equals(caller.getName()) ? RegistryCheck.SYSTEM : caller.getName();
    }

    private Optional<RegistryCheck> byRequestId(String requestId) {
        return em.createNamedQuery(RegistryCheck.BY_REQUEST_ID, RegistryCheck.class)
                .setParameter("requestId", requestId)
                .getResultStream().findFirst();
    }

    public List<RegistryCheck> ofLookup(Long lookupId) {
        return em.createNamedQuery(RegistryCheck.BY_LOOKUP, RegistryCheck.class)
                .setParameter("lookupId", lookupId)
                .getResultList();
    }

    public List<RegistryCheck> of(Long applicationId) {
        return em.createNamedQuery(RegistryCheck.BY_APPLICATION, RegistryCheck.class)
                .setParameter("applicationId", applicationId)
                .getResultList();
    }

    /**
     * Records a registry's reply (the JSON body of the reply message). A reply for an unknown request or one
     * already answered changes nothing, so a redelivered message has a single effect. The check is read under a
     * write lock: copies of one answer delivered at once to parallel consumers are applied one after the other, and
     * all but the first find it answered.
     */
    public void record(String requestId, String replyJson) {
        Optional<RegistryCheck> found = em.createNamedQuery(RegistryCheck.BY_REQUEST_ID, RegistryCheck.class)
                .setParameter("requestId", requestId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        if (found.isEmpty()) {
            LOG.warning(() -> "Registry reply for unknown request " + requestId + " ignored");
            return;
        }
        RegistryCheck check = found.get();
        CheckOutcome outcome;
        String summary;
        String data;
        try (JsonReader reader = Json.createReader(new StringReader(replyJson))) {
            JsonObject reply = reader.readObject();
            outcome = CheckOutcome.valueOf(reply.getString("outcome", "ERROR"));
            summary = reply.getString("summary", "");
            data = reply.containsKey("data") ? reply.get("data").toString() : "{}";
        } catch (JsonException | ClassCastException | IllegalArgumentException malformed) {
            outcome = CheckOutcome.ERROR;
            summary = "The registry's reply could not be read: " + malformed.getMessage();
            data = "{}";
        }
        // a lookup's answer is read when the officer asks for it; only a case is moved on by an answer
        if (!check.answer(outcome, summary, data, replyJson, clock.instant())) {
            LOG.info(() -> "Registry answer to " + requestId + " arrived again (" + check.repeatedAnswers()
                    + " repeat(s)); the first answer stands");
            return;
        }
        Duration roundTrip = Duration.between(check.requestedAt(), check.answeredAt());
        String registry = check.kind().name();
        String answered = outcome.name();
        AfterCommit.run(() -> Meters.registryAnswered(registry, answered, roundTrip));
        LOG.info(() -> "Registry answer to " + requestId + " (" + registry + ") recorded: " + answered + " after "
                + roundTrip.toMillis() + " ms");
        if (check.isOfApplication()) {
            answers.fire(new RegistryAnswerRecorded(check.applicationId(), check.kind(), outcome));
        }
    }
}
