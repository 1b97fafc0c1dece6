/**
 * The application's meters (Micrometer), kept in one Prometheus registry for the whole EAR and served in the
 * Prometheus text format by the web module's {@code /metrics}: cases by status, overdue steps, step durations,
 * registry round trips, signatures made and verified.
 */
package kz.gov.elicense.observability.metrics;
