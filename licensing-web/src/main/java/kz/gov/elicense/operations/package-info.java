/**
 * What the operators' tools meet over HTTP: the Prometheus endpoint of the application's meters, and the correlation
 * id every request gets (from its {@code X-Correlation-Id}, or new) and returns.
 */
package kz.gov.elicense.operations;
