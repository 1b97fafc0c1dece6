package kz.gov.elicense.portal.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.gov.elicense.application.boundary.Deadlines;
import kz.gov.elicense.application.boundary.StepTimeliness;
import kz.gov.elicense.notification.boundary.NotificationView;
import kz.gov.elicense.notification.boundary.Notifications;
import kz.gov.elicense.journal.boundary.JournalLine;
import kz.gov.elicense.journal.boundary.Journals;
import kz.gov.elicense.journal.entity.JournalKind;
import kz.gov.elicense.problem.Rejection;

import java.time.LocalDate;

import java.util.List;

/** The provider's office: notifications for the signed-in officer's roles, the journals, the step deadlines report. */
@Path("office")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class OfficeResource {

    @Inject
    Notifications notifications;

    @Inject
    Deadlines deadlines;

    @Inject
    Journals journals;

    @GET
    @Path("notifications")
    public List<NotificationView> notifications(@QueryParam("max") @DefaultValue("100") int max) {
        if (max < 1 || max > 1000) {
            throw Rejection.invalid("paging-invalid", "Bad paging", "max must be between 1 and 1000");
        }
        return notifications.mine(max);
    }

    /**
     * An office journal (INCOMING or OUTGOING) of a provider (MVD, MJ) for a period of days, at most 366 days,
     * in number order.
     */
    @GET
    @Path("journals/{journal}")
    public List<JournalLine> journal(@PathParam("journal") String journal,
                                     @QueryParam("provider") @DefaultValue("MVD") String provider,
                                     @QueryParam("from") String from, @QueryParam("to") String to) {
        JournalKind kind;
        try {
            kind = JournalKind.valueOf(journal.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Rejection.invalid("journal-unknown", "Unknown journal", "The journals are INCOMING and OUTGOING");
        }
        LocalDate first = RequestValidation.date(from, "from");
        LocalDate last = to == null ? first : RequestValidation.date(to, "to");
        if (last.isBefore(first) || first.plusDays(366).isBefore(last)) {
            throw Rejection.invalid("period-invalid", "Bad period", "to must be on or after from, at most 366 days later");
        }
        return journals.between(kind, provider, first, last);
    }

    /** Per procedure and step: done on time, done late, open and overdue, open in time. */
    @GET
    @Path("reports/deadlines")
    public List<StepTimeliness> deadlines() {
        return deadlines.report();
    }
}
