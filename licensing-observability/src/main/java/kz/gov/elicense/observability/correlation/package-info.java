/**
 * The correlation id: taken from a request's {@code X-Correlation-Id} (or made), kept in the logging MDC, carried
 * in JMS messages as a property and restored by the consumers, set from the application number in timer work.
 */
package kz.gov.elicense.observability.correlation;
