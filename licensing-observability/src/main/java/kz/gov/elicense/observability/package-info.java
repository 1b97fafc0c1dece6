/**
 * What the operators watch the system by: readiness and liveness checks (MicroProfile Health), the meters behind the
 * Prometheus endpoint, and the correlation id that ties one application's log lines together across REST, JMS and
 * timers. A library of the EAR, so that every module shares it and the server discovers the health checks.
 */
package kz.gov.elicense.observability;
