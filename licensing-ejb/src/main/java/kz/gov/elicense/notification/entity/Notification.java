package kz.gov.elicense.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** A message to every officer of a role about an application. */
@Entity
@Table(name = "notification")
@NamedQueries({
        @NamedQuery(name = Notification.FOR_ROLES,
                query = "select n from Notification n where n.recipientRole in :roles order by n.createdAt desc, n.id desc"),
        @NamedQuery(name = Notification.FOR_ROLES_IN_DIVISION,
                query = "select n from Notification n where n.recipientRole in :roles and (n.applicationNumber is null"
                        + " or exists (select a.id from Application a where a.number = n.applicationNumber"
                        + " and a.division = :division)) order by n.createdAt desc, n.id desc")
})
public class Notification {

    public static final String FOR_ROLES = "Notification.forRoles";
    /** An officer's: to one of their roles, about their division's applications (or about none). */
    public static final String FOR_ROLES_IN_DIVISION = "Notification.forRolesInDivision";

    @Id
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    private Long id;

    @Column(name = "recipient_role", nullable = false, length = 32)
    private String recipientRole;

    @Column(name = "application_number", nullable = false, length = 32)
    private String applicationNumber;

    /** What it is about, e.g. the overdue step's code. */
    @Column(nullable = false, length = 64)
    private String subject;

    @Column(nullable = false, length = 1000)
    private String message;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
        // for JPA
    }

    public Notification(String recipientRole, String applicationNumber, String subject, String message, Instant createdAt) {
        this.recipientRole = recipientRole;
        this.applicationNumber = applicationNumber;
        this.subject = kz.gov.elicense.application.entity.BoundedText.fit(subject, 64);
        this.message = kz.gov.elicense.application.entity.BoundedText.fit(message, 1000);
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String recipientRole() {
        return recipientRole;
    }

    public String applicationNumber() {
        return applicationNumber;
    }

    public String subject() {
        return subject;
    }

    public String message() {
        return message;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
