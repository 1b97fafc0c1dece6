package kz.gov.elicense.portal.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every request and response body (Jsonb is thread-safe), with the default configuration
 * the API has always had. Without a resolver, RESTEasy's JSON-B provider built a new Jsonb for each response
 * ({@code ManagedJsonb.getDelegate}): a ServiceLoader search of the deployment's class path and a new Yasson context
 * each time, most of a licence lookup's time in the profile (README, Benchmark).
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
