package kz.gov.elicense.portal.boundary;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kz.gov.elicense.survey.boundary.QualitySurveys;
import kz.gov.elicense.survey.boundary.SurveySummary;

import java.util.List;

/**
 * The quality survey after the service: the applicant answers once per application (under the application,
 * {@link ApplicationsResource}); officers read the summary here.
 */
@Path("surveys")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class SurveysResource {

    private static final String ANSWER = "NOT_SATISFIED|PARTLY_SATISFIED|SATISFIED";
    private static final String ANSWER_MESSAGE = "must be NOT_SATISFIED, PARTLY_SATISFIED or SATISFIED";

    @Inject
    QualitySurveys surveys;

    /**
     * "Are you satisfied with the quality of the process and the result?" ({@code process}) and "…with the
     * quality of the information about the procedure?" ({@code information}).
     */
    public record SurveyAnswer(
            @NotNull @Pattern(regexp = ANSWER, message = ANSWER_MESSAGE) String process,
            @NotNull @Pattern(regexp = ANSWER, message = ANSWER_MESSAGE) String information,
            @Size(max = 2000) String comment) {
    }

    @GET
    @Path("summary")
    public List<SurveySummary> summary() {
        return surveys.summary();
    }
}
