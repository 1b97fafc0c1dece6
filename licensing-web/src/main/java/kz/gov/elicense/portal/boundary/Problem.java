package kz.gov.elicense.portal.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem: {@code type} is stable per failure ({@code urn:kz:elicense:problem:<code>}) so that the
 * portal can react to it; {@code detail} says what exactly was wrong. Never a stack trace.
 */
public record Problem(String type, String title, int status, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:kz:elicense:problem:";

    public static Problem of(String code, String title, int status, String detail) {
        return new Problem(TYPE_PREFIX + code, title, status, detail);
    }

    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
    }
}
