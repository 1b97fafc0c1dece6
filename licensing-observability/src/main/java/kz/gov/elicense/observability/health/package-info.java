/**
 * The readiness checks (database, broker, PKI) and liveness checks (the deployment answers, its timers run) served at
 * the management port's {@code /health/ready} and {@code /health/live}. Checks that need the domain's own state (the
 * PKI) ask a {@link kz.gov.elicense.observability.health.Probe} session bean of the EJB module by its JNDI name.
 */
package kz.gov.elicense.observability.health;
