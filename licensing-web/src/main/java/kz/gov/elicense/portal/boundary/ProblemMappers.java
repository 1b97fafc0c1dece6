package kz.gov.elicense.portal.boundary;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import kz.gov.elicense.problem.Rejection;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every failure leaves the API as {@code application/problem+json}. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    @Provider
    public static class Rejections implements ExceptionMapper<Rejection> {
        @Override
        public Response toResponse(Rejection rejection) {
            int status = switch (rejection.kind()) {
                case INVALID_INPUT -> 400;
                case FORBIDDEN -> 403;
                case NOT_FOUND -> 404;
                case CONFLICT -> 409;
                case REFUSED -> 422;
                case UNAUTHENTICATED -> 401;
                case UNAVAILABLE -> 503;
            };
            return Problem.of(rejection.type(), rejection.title(), status, rejection.detail()).toResponse();
        }
    }

    @Provider
    public static class AccessDenials implements ExceptionMapper<EJBAccessException> {
        @Override
        public Response toResponse(EJBAccessException denied) {
            return Problem.of("forbidden", "Not allowed", 403, "Your role does not allow this action").toResponse();
        }
    }

    @Provider
    public static class WebFailures implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException failure) {
            int status = failure.getResponse().getStatus();
            String code = switch (status) {
                case 400 -> "request-unreadable";
                case 401 -> "unauthorized";
                case 403 -> "forbidden";
                case 404 -> "not-found";
                case 405 -> "method-not-allowed";
                case 406 -> "not-acceptable";
                case 415 -> "unsupported-media-type";
                default -> "http-" + status;
            };
            String title = failure.getResponse().getStatusInfo().getReasonPhrase();
            String detail = status == 400 ? "The request body is not the JSON this operation expects" : title;
            return Problem.of(code, title, status, detail).toResponse();
        }
    }

    @Provider
    public static class UnreadableBodies implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException failure) {
            return Problem.of("request-unreadable", "Bad Request", 400,
                    "The request body is not the JSON this operation expects").toResponse();
        }
    }

    /** Anything unforeseen: logged with an id the officer on duty can find, answered without internals. */
    @Provider
    public static class Unforeseen implements ExceptionMapper<RuntimeException> {
        @Override
        public Response toResponse(RuntimeException failure) {
            return internalError(failure);
        }
    }

    static Response internalError(Throwable failure) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident, failure);
        return Problem.of("internal-error", "Internal Server Error", 500,
                "The request could not be completed; incident " + incident + " was logged").toResponse();
    }
}
