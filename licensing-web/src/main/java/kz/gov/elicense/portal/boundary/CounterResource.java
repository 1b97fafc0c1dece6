package kz.gov.elicense.portal.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import kz.gov.elicense.application.boundary.SubmissionReceipt;
import kz.gov.elicense.counter.boundary.CounterDesk;
import kz.gov.elicense.counter.boundary.CounterLookupView;
import kz.gov.elicense.counter.boundary.CounterSubmission;

import java.util.List;

/**
 * The provider's counter (§3), for the office and the executors: look the applicant up in the registries, then enter
 * the application on the data found, with the scans of the documents presented on paper.
 */
@Path("counter")
@Consumes(MediaType.APPLICATION_JSON)
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class CounterResource {

    @Inject
    CounterDesk counter;

    @Inject
    RequestValidation validation;

    @Context
    UriInfo uri;

    /** §3 steps 2–3: the registries are asked; the answer comes later, read it at the Location. */
    @POST
    @Path("lookups")
    public Response lookUp(LookupRequest request) {
        validation.valid(request);
        CounterLookupView lookup = counter.lookUp(request.procedure(), request.applicantId());
        return Response.status(Response.Status.CREATED)
                .location(uri.getBaseUriBuilder().path("counter/lookups/{id}").build(lookup.id()))
                .entity(lookup).build();
    }

    /** PENDING, FOUND with the registries' data, or NOT_AVAILABLE: "data cannot be obtained". */
    @GET
    @Path("lookups/{id}")
    public CounterLookupView lookup(@PathParam("id") long id) {
        return counter.lookup(id);
    }

    /** §3 steps 4–5: the entered application is registered and its procedure starts. */
    @POST
    @Path("applications")
    public Response takeIn(CounterApplicationRequest request) {
        validation.valid(request);
        CounterSubmission submission = new CounterSubmission(request.lookupId(),
                RequestValidation.base64(request.form(), "form"),
                request.officerSignature() == null ? null
                        : RequestValidation.base64(request.officerSignature(), "officerSignature"),
                request.paperDocuments().stream()
                        .map(d -> new CounterSubmission.Document(d.kind(), d.fileName(), d.mediaType(),
                                RequestValidation.document(d.mediaType(), d.content(), "paperDocuments " + d.fileName()),
                                Boolean.TRUE.equals(d.presentedOnPaper())))
                        .toList());
        SubmissionReceipt receipt = counter.takeIn(submission);
        return Response.status(Response.Status.CREATED)
                .location(uri.getBaseUriBuilder().path("applications/{number}").build(receipt.number()))
                .entity(receipt).build();
    }

    /** The service the officer picked and the BIN or IIN the applicant gave. */
    public record LookupRequest(
            @NotBlank @Size(max = 64) String procedure,
            @NotNull @Pattern(regexp = "\\d{12}", message = "must be a 12-digit BIN or IIN") String applicantId) {
    }

    /**
     * The application as the officer entered it: the form (Base64 of the JSON bytes, the same format as a portal
     * form), the officer's detached CMS over those bytes when the service requires it, and the documents.
     */
    public record CounterApplicationRequest(
            @NotNull Long lookupId,
            @NotBlank @Size(max = 1_000_000) String form,
            @Size(max = 100_000) String officerSignature,
            @NotNull @Size(max = 30) List<@NotNull @Valid PaperDocument> paperDocuments) {
    }

    /** A document the applicant brought: the scan of a paper original, or an electronic copy. */
    public record PaperDocument(
            @Pattern(regexp = "[A-Z_]{3,40}", message = "must be a document kind such as QUALIFICATION_FORM") String kind,
            @NotBlank @Size(max = 255) String fileName,
            @NotBlank @Pattern(regexp = "(application/pdf|image/jpeg|image/png)", message = "must be application/pdf, image/jpeg or image/png") String mediaType,
            @NotBlank @Size(max = 14_000_000) String content,
            @NotNull Boolean presentedOnPaper) {
    }
}
