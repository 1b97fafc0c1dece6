package kz.gov.elicense.portal.boundary;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.gov.elicense.register.boundary.LicenceRegister;
import kz.gov.elicense.register.boundary.LicenceView;
import kz.gov.elicense.register.entity.Activity;
import kz.gov.elicense.register.entity.LicenceStatus;
import kz.gov.elicense.register.entity.RegisterOperation;
import kz.gov.elicense.problem.Rejection;

import java.time.LocalDate;
import java.util.List;

/**
 * The licence register: anyone may search it, look a licence up by its number (with whether its signature holds),
 * read its history and fetch its signed document; the head of the provider suspends, resumes and terminates.
 */
@Path("licences")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class LicencesResource {

    @Inject
    LicenceRegister register;

    @Inject
    RequestValidation validation;

    /** The public register search: any of number, holder BIN/IIN, part of the holder's name, activity, status, provider. */
    @GET
    public List<LicenceRegister.LicenceSummary> search(@QueryParam("number") String number,
                                                       @QueryParam("holder") String holder,
                                                       @QueryParam("name") String name,
                                                       @QueryParam("activity") String activity,
                                                       @QueryParam("status") String status,
                                                       @QueryParam("provider") String provider,
                                                       @QueryParam("first") @DefaultValue("0") int first,
                                                       @QueryParam("max") @DefaultValue("50") int max) {
        if (first < 0 || max < 1 || max > 500) {
            throw Rejection.invalid("paging-invalid", "Bad paging", "first must be >= 0 and max between 1 and 500");
        }
        return register.search(new LicenceRegister.LicenceSearch(blankToNull(number), blankToNull(holder),
                blankToNull(name), value(Activity.class, activity, "activity"), value(LicenceStatus.class, status, "status"),
                blankToNull(provider)), first, max);
    }

    @GET
    @Path("{number}")
    public LicenceView byNumber(@PathParam("number") String number) {
        return register.byNumber(number);
    }

    /** Every register operation on the licence, with its legal basis and date. */
    @GET
    @Path("{number}/history")
    public List<LicenceRegister.LicenceEventView> history(@PathParam("number") String number) {
        return register.history(number);
    }

    /** A register operation's legal basis and the date it takes effect. */
    public record RegisterDecision(@NotBlank @Size(max = 1000) String legalBasis, @NotNull LocalDate effectiveDate) {
    }

    @POST
    @Path("{number}/suspension")
    @Consumes(MediaType.APPLICATION_JSON)
    public LicenceView suspend(@PathParam("number") String number, RegisterDecision decision) {
        return apply(number, RegisterOperation.SUSPEND, decision);
    }

    @POST
    @Path("{number}/resumption")
    @Consumes(MediaType.APPLICATION_JSON)
    public LicenceView resume(@PathParam("number") String number, RegisterDecision decision) {
        return apply(number, RegisterOperation.RESUME, decision);
    }

    @POST
    @Path("{number}/termination")
    @Consumes(MediaType.APPLICATION_JSON)
    public LicenceView terminate(@PathParam("number") String number, RegisterDecision decision) {
        return apply(number, RegisterOperation.TERMINATE, decision);
    }

    private LicenceView apply(String number, RegisterOperation operation, RegisterDecision decision) {
        validation.valid(decision);
        return register.apply(number, operation, decision.legalBasis(), decision.effectiveDate());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <E extends Enum<E>> E value(Class<E> type, String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw Rejection.invalid(name + "-invalid", "Unknown " + name,
                    value + " is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    /** The signed licence document (PDF). */
    @GET
    @Path("{number}/document")
    @Produces({"application/pdf", Problem.MEDIA_TYPE})
    public Response document(@PathParam("number") String number) {
        LicenceRegister.SignedDocument document = register.document(number);
        return SignedDownloads.document(document.content(), document.mediaType(), number);
    }

    /** The provider's detached CMS (CAdES) signature over the document, to verify it with any CMS tool. */
    @GET
    @Path("{number}/signature")
    @Produces({"application/pkcs7-signature", Problem.MEDIA_TYPE})
    public Response signature(@PathParam("number") String number) {
        LicenceRegister.SignedDocument document = register.document(number);
        return SignedDownloads.signature(document.signature(), number);
    }
}
