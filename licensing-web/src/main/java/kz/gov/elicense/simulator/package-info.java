/**
 * The simulated state registries as real HTTP (JSON) endpoints under {@code /registries}, backed by the seed files
 * of licensing-integration, so that the gateway's adapters make real calls with real timeouts and failures. Served
 * to loopback callers only; a real connector replaces only the address the adapters are configured with.
 */
package kz.gov.elicense.simulator;
