package kz.gov.elicense.portal.boundary;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import kz.gov.elicense.application.boundary.ApplicationSummary;
import kz.gov.elicense.application.boundary.ApplicationView;
import kz.gov.elicense.application.boundary.Applications;
import kz.gov.elicense.application.boundary.HeldSignatures;
import kz.gov.elicense.application.boundary.PortalSubmission;
import kz.gov.elicense.application.boundary.SubmissionReceipt;
import kz.gov.elicense.application.control.CompletenessFindings;
import kz.gov.elicense.application.entity.ApplicationStatus;
import kz.gov.elicense.application.entity.ResultKind;
import kz.gov.elicense.problem.Rejection;
import kz.gov.elicense.application.boundary.CaseFlow;
import kz.gov.elicense.journal.boundary.JournalLine;
import kz.gov.elicense.journal.entity.DispatchMethod;
import kz.gov.elicense.payment.boundary.FeePayments;
import kz.gov.elicense.payment.boundary.PaymentState;
import kz.gov.elicense.survey.boundary.QualitySurveys;
import kz.gov.elicense.survey.entity.Satisfaction;

import java.util.Arrays;
import java.util.List;

/**
 * Applications: the portal submits and reads them for the signed-in applicant; officers act on them step by
 * step. Who may do what is enforced by the session beans behind.
 */
@Path("applications")
@Consumes(MediaType.APPLICATION_JSON)
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ApplicationsResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";

    @Inject
    CaseFlow cases;

    @Inject
    Applications applications;

    @Inject
    HeldSignatures heldSignatures;

    @Inject
    QualitySurveys surveys;

    @Inject
    RequestValidation validation;

    @Inject
    FeePayments fees;

    @Context
    UriInfo uri;

    /**
     * Process 6–9 of §2: a signed application is delivered and registered with a number. With an
     * {@code Idempotency-Key} header the portal may send the same submission again (after a timeout, a dropped
     * connection, a server restart) and gets the application the first one created, {@code 200} with the same
     * {@code Location}; the same key with another request is {@code 409 idempotency-key-reused}.
     */
    @POST
    public Response submit(SubmissionRequest request, @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey) {
        validation.valid(request);
        List<PortalSubmission.Attachment> attachments = request.documents().stream()
                .map(d -> new PortalSubmission.Attachment(d.kind(), d.fileName(), d.mediaType(),
                        RequestValidation.document(d.mediaType(), d.content(), "documents " + d.fileName())))
                .toList();
        PortalSubmission submission = new PortalSubmission(RequestValidation.base64(request.form(), "form"),
                RequestValidation.base64(request.signature(), "signature"), attachments);
        CaseFlow.Submitted submitted;
        try {
            submitted = cases.submit(submission, idempotencyKey);
        } catch (EJBException concurrent) {
            if (idempotencyKey == null) {
                throw concurrent;
            }
            // a first submission under the same key committed while this one ran: answer as a repetition of it
            submitted = cases.submit(submission, idempotencyKey);
        }
        SubmissionReceipt receipt = submitted.receipt();
        // held for a retry of the signature check: accepted, but not yet registered
        Response.Status status = submitted.repeated() ? Response.Status.OK
                : "VALID".equals(receipt.signatureStatus()) ? Response.Status.CREATED : Response.Status.ACCEPTED;
        Response.ResponseBuilder response = Response.status(status)
                .location(uri.getAbsolutePathBuilder().path(receipt.number()).build()).entity(receipt);
        if (submitted.repeated()) {
            response.header(IDEMPOTENT_REPLAYED, "true");
        }
        return response.build();
    }

    @GET
    public List<ApplicationSummary> list(@QueryParam("status") List<String> statuses,
                                         @QueryParam("first") @DefaultValue("0") int first,
                                         @QueryParam("max") @DefaultValue("50") int max) {
        if (first < 0 || max < 1 || max > 500) {
            throw Rejection.invalid("paging-invalid", "Bad paging", "first must be >= 0 and max between 1 and 500");
        }
        List<ApplicationStatus> wanted = statuses.stream().map(ApplicationsResource::status).toList();
        return applications.list(wanted, first, max);
    }

    /**
     * The signed-in officer's inbox, as the inbox screen shows it: the open cases whose current step is theirs, of
     * their division, earliest deadline first ({@code status}: DELIVERED, REGISTERED and IN_WORK when none is given).
     */
    @GET
    @Path("inbox")
    public List<ApplicationSummary> inbox(@QueryParam("status") List<String> statuses,
                                          @QueryParam("max") @DefaultValue("50") int max) {
        if (max < 1 || max > 1000) {
            throw Rejection.invalid("paging-invalid", "Bad paging", "max must be between 1 and 1000");
        }
        List<ApplicationStatus> wanted = statuses.isEmpty()
                ? List.of(ApplicationStatus.DELIVERED, ApplicationStatus.REGISTERED, ApplicationStatus.IN_WORK)
                : statuses.stream().map(ApplicationsResource::status).toList();
        return applications.inbox(wanted, max);
    }

    @GET
    @Path("{number}")
    public ApplicationView read(@PathParam("number") String number) {
        return applications.byNumber(number);
    }

    @GET
    @Path("{number}/completeness")
    public CompletenessFindings completeness(@PathParam("number") String number) {
        applications.byNumber(number);
        return cases.completenessFindings(number);
    }

    /**
     * The signed result of the application (licence, permit or motivated refusal) for its applicant and the
     * officers; the motivated refusal is handed out only here.
     */
    @GET
    @Path("{number}/result/document")
    @Produces({"application/pdf", Problem.MEDIA_TYPE})
    public Response resultDocument(@PathParam("number") String number) {
        Applications.SignedResult document = applications.resultDocument(number);
        return SignedDownloads.document(document.content(), document.mediaType(), number);
    }

    /** The provider's detached CMS signature over the result document. */
    @GET
    @Path("{number}/result/signature")
    @Produces({"application/pkcs7-signature", Problem.MEDIA_TYPE})
    public Response resultSignature(@PathParam("number") String number) {
        Applications.SignedResult document = applications.resultDocument(number);
        return SignedDownloads.signature(document.signature(), number);
    }

    /** The quality survey after the result (§5): answered once, by the applicant. */
    @POST
    @Path("{number}/survey")
    public Response answerSurvey(@PathParam("number") String number, SurveysResource.SurveyAnswer answer) {
        validation.valid(answer);
        surveys.answer(number, Satisfaction.valueOf(answer.process()), Satisfaction.valueOf(answer.information()),
                answer.comment());
        return Response.status(Response.Status.CREATED).build();
    }

    /** An officer has the held signature of an application verified again now (it is also retried every minute). */
    @POST
    @Path("{number}/signature-check")
    public ApplicationView recheckSignature(@PathParam("number") String number) {
        heldSignatures.retryNow(number);
        return applications.byNumber(number);
    }

    @POST
    @Path("{number}/executor")
    public ApplicationView assignExecutor(@PathParam("number") String number, OfficerActions.ExecutorAssignment body) {
        validation.valid(body);
        cases.assignExecutor(number, body.executor(), body.instruction());
        return applications.byNumber(number);
    }

    @POST
    @Path("{number}/completeness")
    public ApplicationView decideCompleteness(@PathParam("number") String number,
                                              OfficerActions.CompletenessDecision body) {
        validation.valid(body);
        cases.decideCompleteness(number, body.complete(), body.reason());
        return applications.byNumber(number);
    }

    @POST
    @Path("{number}/result")
    public ApplicationView draftResult(@PathParam("number") String number, OfficerActions.ResultDraft body) {
        validation.valid(body);
        cases.draftResult(number, ResultKind.valueOf(body.proposal()), body.report(), body.refusalReason());
        return applications.byNumber(number);
    }

    @POST
    @Path("{number}/signature")
    public OfficerActions.SignatureResult sign(@PathParam("number") String number) {
        CaseFlow.SignedResult signed = cases.signResult(number);
        return new OfficerActions.SignatureResult(number, signed.result(),
                ResultKind.MOTIVATED_REFUSAL.name().equals(signed.result()) ? null : signed.reference(),
                signed.reference());
    }

    /** The office registers the received documents in the incoming journal (the registration stamp). */
    @POST
    @Path("{number}/receipt")
    public JournalLine receive(@PathParam("number") String number) {
        return cases.receive(number);
    }

    /** The office records the signed result in the outgoing journal and sends it. */
    @POST
    @Path("{number}/dispatch")
    public JournalLine dispatch(@PathParam("number") String number, OfficerActions.Dispatch body) {
        validation.valid(body);
        return cases.dispatch(number, DispatchMethod.valueOf(body.method()), body.address());
    }

    /**
     * The applicant pays the licence fee through the payment gateway (§2 process 4): the payment order, with the
     * gateway's payment URL. An order still pending is returned again.
     */
    @POST
    @Path("{number}/payments")
    public PaymentState.Order pay(@PathParam("number") String number) {
        return fees.order(number);
    }

    /** The assigned executor confirms the scanned fee receipt, or rejects it with the reason. */
    @POST
    @Path("{number}/fee-receipt")
    public ApplicationView decideFeeReceipt(@PathParam("number") String number, OfficerActions.FeeReceiptDecision body) {
        validation.valid(body);
        fees.decideReceipt(number, body.confirmed(), body.note());
        return applications.byNumber(number);
    }

    private static ApplicationStatus status(String value) {
        try {
            return ApplicationStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw Rejection.invalid("status-invalid", "Unknown status",
                    value + " is not one of " + Arrays.toString(ApplicationStatus.values()));
        }
    }
}
