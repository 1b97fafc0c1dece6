package kz.gov.elicense.journal.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.persistence.TypedQuery;
import kz.gov.elicense.account.boundary.Accounts;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.gov.elicense.journal.entity.DispatchMethod;
import kz.gov.elicense.journal.entity.JournalEntry;
import kz.gov.elicense.journal.entity.JournalKind;
import kz.gov.elicense.numbering.boundary.Counters;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static kz.gov.elicense.application.entity.OfficerRole.CLERK_ROLE;
import static kz.gov.elicense.application.entity.OfficerRole.EXECUTOR_ROLE;
import static kz.gov.elicense.application.entity.OfficerRole.HEAD_OF_PROVIDER_ROLE;
import static kz.gov.elicense.application.entity.OfficerRole.HEAD_OF_UNIT_ROLE;

/**
 * The office journals. Entries are written in the caller's transaction (the receipt or dispatch of a case), so a
 * number is used exactly when the step that needs it commits.
 */
@Stateless
public class Journals {

    private static final ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");

    @PersistenceContext
    EntityManager em;

    @Inject
    Counters counters;

    @Inject
    Clock clock;

    @Inject
    Accounts accounts;

    @Resource
    SessionContext caller;

    /** Registers a received document under the next incoming number of the provider. */
    @PermitAll // written only as part of a case step, whose boundary has checked the officer's role
    public JournalLine incoming(String providerCode, String applicationNumber, String correspondent, String subject,
                                String recordedBy) {
        return line(record(JournalKind.INCOMING, providerCode, applicationNumber, correspondent, subject, recordedBy,
                null, null));
    }

    /** Records a sent document under the next outgoing number of the provider. */
    @PermitAll // as above
    public JournalLine outgoing(String providerCode, String applicationNumber, String correspondent, String subject,
                                String recordedBy, DispatchMethod method, String address) {
        return line(record(JournalKind.OUTGOING, providerCode, applicationNumber, correspondent, subject, recordedBy,
                method, address));
    }

    /**
     * A journal's lines in a period, as far as the caller's division goes: an officer sees the lines about their
     * division's applications (numbered in the provider's sequence, so a division's view has gaps).
     */
    @RolesAllowed({CLERK_ROLE, HEAD_OF_PROVIDER_ROLE, HEAD_OF_UNIT_ROLE, EXECUTOR_ROLE})
    public List<JournalLine> between(JournalKind journal, String providerCode, LocalDate from, LocalDate to) {
        Optional<String> division = accounts.divisionOf(caller.getCallerPrincipal().getName());
        TypedQuery<JournalEntry> lines = division.isPresent()
                ? em.createNamedQuery(JournalEntry.BETWEEN_IN_DIVISION, JournalEntry.class)
                        .setParameter("division", division.get())
                : em.createNamedQuery(JournalEntry.BETWEEN, JournalEntry.class);
        return lines.setParameter("journal", journal).setParameter("provider", providerCode)
                .setParameter("from", from).setParameter("to", to)
                .setMaxResults(5000)
                .getResultStream().map(Journals::line).toList();
    }

    /** The journal lines of one application, for its case view (any caller who may see the case). */
    @PermitAll
    public List<JournalLine> ofApplication(String applicationNumber) {
        return em.createNamedQuery(JournalEntry.OF_APPLICATION, JournalEntry.class)
                .setParameter("applicationNumber", applicationNumber)
                .getResultStream().map(Journals::line).toList();
    }

    private JournalEntry record(JournalKind journal, String providerCode, String applicationNumber,
                                String correspondent, String subject, String recordedBy, DispatchMethod method,
                                String address) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, KAZAKHSTAN);
        long sequence = counters.next("JOURNAL-" + journal + "-" + providerCode + "-" + today.getYear());
        JournalEntry entry = new JournalEntry(journal, providerCode, today.getYear(), sequence, today, now, recordedBy,
                applicationNumber, correspondent, subject, method, address);
        em.persist(entry);
        return entry;
    }

    private static JournalLine line(JournalEntry e) {
        return new JournalLine(e.journal().name(), e.number(), e.recordedOn(), e.recordedAt(), e.recordedBy(),
                e.applicationNumber(), e.correspondent(), e.subject(),
                e.dispatchMethod() == null ? null : e.dispatchMethod().name(), e.address(),
                e.journal() == JournalKind.INCOMING ? e.stamp() : null);
    }
}
