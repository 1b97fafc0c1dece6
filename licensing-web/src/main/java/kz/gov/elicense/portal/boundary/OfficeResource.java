package kz.gov.elicense.portal.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.gov.elicense.application.boundary.Deadlines;
import kz.gov.elicense.application.boundary.StepTimeliness;
import kz.gov.elicense.notification.boundary.NotificationView;
import kz.gov.elicense.notification.boundary.Notifications;
import kz.gov.elicense.problem.Rejection;

import java.util.List;

/** The provider's office: notifications for the signed-in officer's roles and the step deadlines report. */
@Path("office")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class OfficeResource {

    @Inject
    Notifications notifications;

    @Inject
    Deadlines deadlines;

    @GET
    @Path("notifications")
    public List<NotificationView> notifications(@QueryParam("max") @DefaultValue("100") int max) {
        if (max < 1 || max > 1000) {
            throw Rejection.invalid("paging-invalid", "Bad paging", "max must be between 1 and 1000");
        }
        return notifications.mine(max);
    }

    /** Per procedure and step: done on time, done late, open and overdue, open in time. */
    @GET
    @Path("reports/deadlines")
    public List<StepTimeliness> deadlines() {
        return deadlines.report();
    }
}
