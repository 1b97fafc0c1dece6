package kz.gov.elicense.operations.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.gov.elicense.observability.correlation.CorrelationId;

import java.io.IOException;

/**
 * Gives every request a correlation id before anything else runs: the caller's {@code X-Correlation-Id} when it is a
 * plain token, else a new one. It is in the MDC of every log line the request writes and in the JMS messages it
 * sends, and comes back in the response's header so that the caller can quote it.
 */
@WebFilter(filterName = "correlation", urlPatterns = "/*", asyncSupported = true)
public class CorrelationFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = CorrelationId.acceptOrNew(request.getHeader(CorrelationId.HEADER));
        response.setHeader(CorrelationId.HEADER, id);
        try (CorrelationId.Scope scope = CorrelationId.begin(id)) {
            chain.doFilter(request, response);
        }
    }
}
