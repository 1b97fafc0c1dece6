package kz.gov.elicense.application.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.gov.elicense.application.control.CaseWork;
import kz.gov.elicense.application.control.OfficerDivision;
import kz.gov.elicense.application.control.SubmissionIntake;
import kz.gov.elicense.application.entity.Application;
import kz.gov.elicense.application.entity.ApplicationStatus;
import kz.gov.elicense.application.entity.SignatureConfirmed;
import kz.gov.elicense.application.entity.SignatureStatus;
import kz.gov.elicense.observability.correlation.CorrelationId;
import kz.gov.elicense.observability.health.Heartbeats;
import kz.gov.elicense.problem.Rejection;
import kz.gov.elicense.scheduling.boundary.OncePerCluster;
import kz.gov.elicense.signature.boundary.Signatures;
import kz.gov.elicense.signature.entity.SignatureVerification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

import static kz.gov.elicense.application.entity.OfficerRole.CLERK_ROLE;
import static kz.gov.elicense.application.entity.OfficerRole.EXECUTOR_ROLE;
import static kz.gov.elicense.application.entity.OfficerRole.HEAD_OF_PROVIDER_ROLE;
import static kz.gov.elicense.application.entity.OfficerRole.HEAD_OF_UNIT_ROLE;

/**
 * Applications whose EDS could not be confirmed yet (no revocation status to be had): verified again every
 * minute ({@link HeldSignatureSchedule}) and on an officer's request. Confirmed: registered and handed to the procedure. Invalid: refused with
 * the reason ("EDS not confirmed"). Still indeterminate: held, with the reason the officer sees.
 */
@Stateless
public class HeldSignatures {

    @Resource
    SessionContext caller;

    @Inject
    OfficerDivision divisions;

    private static final Logger LOG = Logger.getLogger(HeldSignatures.class.getName());
    private static final int BATCH = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseWork cases;

    @Inject
    Signatures signatures;

    @Inject
    Event<SignatureConfirmed> confirmations;

    @EJB
    HeldSignatures self;

    @EJB
    OncePerCluster cluster;

    /** Each tick of {@link HeldSignatureSchedule}, on every node; one node of a cluster does the work. */
    @PermitAll
    public void retryAll(Duration period) {
        Heartbeats.beat("held-signatures", period);
        if (!cluster.claim("held-signatures", period, Instant.now())) {
            return;
        }
        List<Application> held = em.createNamedQuery(Application.HELD_FOR_SIGNATURE, Application.class)
                .setMaxResults(BATCH).getResultList();
        for (Application application : held) {
            Long id = application.id();
            // timer work has no caller's id: the application's number ties its lines together
            try (CorrelationId.Scope scope = CorrelationId.begin(application.number())) {
                self.retry(id);
            } catch (RuntimeException e) {
                LOG.warning(() -> "Retrying the signature of application " + id + " failed: " + e);
            }
        }
    }

    /** An officer asks for the held application's signature to be verified again now. */
    @RolesAllowed({CLERK_ROLE, EXECUTOR_ROLE, HEAD_OF_UNIT_ROLE, HEAD_OF_PROVIDER_ROLE})
    public String retryNow(String number) {
        Application application = cases.find(number).orElseThrow(() -> Rejection.notFound("Application " + number));
        String officer = caller.getCallerPrincipal().getName();
        if (!divisions.covers(officer, application)) {
            divisions.denied(officer, application, "verifying the held signature again");
            throw Rejection.notFound("Application " + number);
        }
        if (application.signatureStatus() != SignatureStatus.INDETERMINATE) {
            throw Rejection.conflict("signature-not-held", "The signature is not held",
                    "The EDS of " + number + " is " + application.signatureStatus());
        }
        return self.retry(application.id()).name();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @PermitAll
    public SignatureStatus retry(Long id) {
        Application application = cases.lock(id).orElseThrow();
        if (application.signatureStatus() != SignatureStatus.INDETERMINATE
                || application.status() != ApplicationStatus.DELIVERED) {
            return application.signatureStatus();
        }
        Signatures.ReceivedSignature received = signatures.receiveApplicant(application.form(),
                application.formSignature(), SubmissionIntake.expectedSigner(application.applicantId()));
        SignatureVerification verification = received.verification();
        application.extendSignature(received.cms());
        SignatureStatus status = SubmissionIntake.statusOf(verification);
        application.recordSignatureCheck(status, verification.valid() ? null : verification.reason(),
                verification.signingTime(), SubmissionIntake.materialOf(verification), cases.now());
        switch (status) {
            case VALID -> confirmations.fire(new SignatureConfirmed(id));
            case INVALID -> cases.changeStatus(application, ApplicationStatus.REFUSED, "system",
                    "EDS not confirmed: " + verification.reason());
            case INDETERMINATE -> LOG.info(() -> "Application " + application.number() + " still held: "
                    + verification.reason());
        }
        return status;
    }
}
