package kz.gov.elicense.observability.correlation;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.jms.Message;

/**
 * Interceptor for message-driven beans ({@code @Interceptors(CorrelatedMessages.class)}): runs {@code onMessage} with
 * the correlation id that the message carries, so the consumer's log lines join the sender's.
 */
public class CorrelatedMessages {

    @AroundInvoke
    public Object withCorrelation(InvocationContext invocation) throws Exception {
        Object[] parameters = invocation.getParameters();
        if (parameters == null || parameters.length != 1 || !(parameters[0] instanceof Message message)) {
            return invocation.proceed();
        }
        try (CorrelationId.Scope scope = CorrelationId.resume(message)) {
            return invocation.proceed();
        }
    }
}
