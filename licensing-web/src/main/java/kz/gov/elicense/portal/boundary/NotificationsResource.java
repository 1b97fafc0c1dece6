package kz.gov.elicense.portal.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.gov.elicense.notification.boundary.NotificationView;
import kz.gov.elicense.notification.boundary.Notifications;
import kz.gov.elicense.problem.Rejection;

import java.util.List;

/** The personal cabinet's notifications: an applicant sees those about their own applications (results, refusals). */
@Path("notifications")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class NotificationsResource {

    @Inject
    Notifications notifications;

    @GET
    public List<NotificationView> mine(@QueryParam("max") @DefaultValue("100") int max) {
        if (max < 1 || max > 1000) {
            throw Rejection.invalid("paging-invalid", "Bad paging", "max must be between 1 and 1000");
        }
        return notifications.mine(max);
    }
}
