package kz.gov.elicense.observability.correlation;

import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.Message;
import org.jboss.logging.MDC;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The correlation id of the work this thread does, kept in the logging MDC under {@value #MDC_KEY} so that every log
 * line carries it (the JSON log shows it in its {@code mdc} object). A scope sets it and puts back what was there, so
 * nested work (an MDB called in a request's thread, a timer's loop over cases) leaves the outer id as it found it.
 */
public final class CorrelationId {

    /** The HTTP header a caller sends it in and the response returns it in. */
    public static final String HEADER = "X-Correlation-Id";
    /** The key in the logging MDC. */
    public static final String MDC_KEY = "correlationId";
    /** The JMS message property that carries it from sender to consumer. */
    public static final String JMS_PROPERTY = "correlationId";

    /** A caller's id is taken only in a harmless form: it ends up in log lines and headers. */
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:\\-]{1,64}");

    private CorrelationId() {
    }

    /** The id of the current work, if any. */
    public static Optional<String> current() {
        Object value = MDC.get(MDC_KEY);
        return value == null ? Optional.empty() : Optional.of(value.toString());
    }

    /** The caller's id when it is acceptable, else a new one: a malformed header is replaced, never refused. */
    public static String acceptOrNew(String offered) {
        return offered != null && ACCEPTABLE.matcher(offered.strip()).matches() ? offered.strip() : newId();
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** Sets the id for the work until the scope closes; a blank id leaves the current one. */
    public static Scope begin(String id) {
        Object previous = MDC.get(MDC_KEY);
        if (id != null && !id.isBlank()) {
            MDC.put(MDC_KEY, id);
        }
        return () -> {
            if (previous == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, previous);
            }
        };
    }

    /** Sets the id a received message carries; a message without one keeps the current id, or gets a new one. */
    public static Scope resume(Message message) {
        String carried = null;
        try {
            carried = message.getStringProperty(JMS_PROPERTY);
        } catch (JMSException | RuntimeException unreadable) {
            // a message we cannot read the property of is still processed; it only loses its correlation
        }
        return begin(carried != null ? carried : current().orElseGet(CorrelationId::newId));
    }

    /** Puts the current id on a message about to be sent. */
    public static void stamp(Message message) {
        current().ifPresent(id -> {
            try {
                message.setStringProperty(JMS_PROPERTY, id);
            } catch (JMSException e) {
                throw new IllegalStateException("Cannot put the correlation id on a message", e);
            }
        });
    }

    /** Puts the current id on what a producer sends next. */
    public static JMSProducer stamp(JMSProducer producer) {
        current().ifPresent(id -> producer.setProperty(JMS_PROPERTY, id));
        return producer;
    }

    /** The end of a scope of {@link #begin}: puts back the id that was there before. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
