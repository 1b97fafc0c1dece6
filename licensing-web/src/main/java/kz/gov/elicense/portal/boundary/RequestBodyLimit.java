package kz.gov.elicense.portal.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * The API's largest request body ({@code licensing.limits.api-body-bytes}, 64 MiB: a submission's documents, ten
 * MiB each, in Base64), answered with 413 and a problem document before anything reads it. A body of declared
 * length is judged by its Content-Length, which the server holds it to; a chunked one is read up to the limit.
 * The server's max-post-size (licensing.cli) stops anything larger at the connection, without a problem document.
 */
@Provider
@PreMatching
public class RequestBodyLimit implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "licensing.limits.api-body-bytes", defaultValue = "67108864")
    long limit;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        // the declared length first: asking whether there is an entity may already read from the body
        int declared = request.getLength();
        if (declared > limit) {
            request.abortWith(tooLarge());
            return;
        }
        if (declared < 0 && request.hasEntity()) {
            byte[] body = request.getEntityStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                request.abortWith(tooLarge());
                return;
            }
            request.setEntityStream(new ByteArrayInputStream(body));
        }
    }

    private Response tooLarge() {
        return Problem.of("request-too-large", "Content Too Large", 413,
                "The request body is larger than the " + limit + " bytes this API accepts").toResponse();
    }
}
