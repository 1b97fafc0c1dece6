package kz.gov.elicense.notification.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import kz.gov.elicense.account.boundary.Accounts;
import kz.gov.elicense.notification.entity.Notification;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static kz.gov.elicense.application.entity.OfficerRole.APPLICANT_ROLE;
import static kz.gov.elicense.application.entity.OfficerRole.CLERK_ROLE;
import static kz.gov.elicense.application.entity.OfficerRole.EXECUTOR_ROLE;
import static kz.gov.elicense.application.entity.OfficerRole.HEAD_OF_PROVIDER_ROLE;
import static kz.gov.elicense.application.entity.OfficerRole.HEAD_OF_UNIT_ROLE;

/** Sends notifications to a role and shows each officer those of their roles. */
@Stateless
public class Notifications {

    private static final List<String> OFFICER_ROLES = List.of(CLERK_ROLE, EXECUTOR_ROLE, HEAD_OF_UNIT_ROLE,
            HEAD_OF_PROVIDER_ROLE);

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext caller;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    private static String applicantRecipient(String applicantId) {
        return "applicant:" + applicantId;
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void send(String recipientRole, String applicationNumber, String subject, String message) {
        em.persist(new Notification(recipientRole, applicationNumber, subject, message, clock.instant()));
    }

    /** Sends a notification to one applicant's personal cabinet. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void toApplicant(String applicantId, String applicationNumber, String subject, String message) {
        send(applicantRecipient(applicantId), applicationNumber, subject, message);
    }

    @RolesAllowed({CLERK_ROLE, EXECUTOR_ROLE, HEAD_OF_UNIT_ROLE, HEAD_OF_PROVIDER_ROLE, APPLICANT_ROLE})
    public List<NotificationView> mine(int max) {
        List<String> roles = caller.isCallerInRole(APPLICANT_ROLE)
                ? List.of(applicantRecipient(caller.getCallerPrincipal().getName()))
                : OFFICER_ROLES.stream().filter(caller::isCallerInRole).toList();
        Optional<String> division = caller.isCallerInRole(APPLICANT_ROLE) ? Optional.empty()
                : accounts.divisionOf(caller.getCallerPrincipal().getName());
        TypedQuery<Notification> query = division.isPresent()
                ? em.createNamedQuery(Notification.FOR_ROLES_IN_DIVISION, Notification.class)
                        .setParameter("division", division.get())
                : em.createNamedQuery(Notification.FOR_ROLES, Notification.class);
        Stream<Notification> found = query.setParameter("roles", roles).setMaxResults(max).getResultStream();
        return found.map(n -> new NotificationView(n.id(), n.recipientRole(), n.applicationNumber(), n.subject(),
                n.message(), n.createdAt())).toList();
    }
}
