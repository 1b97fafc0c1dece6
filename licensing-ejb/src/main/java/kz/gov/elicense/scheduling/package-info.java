/**
 * Timer work in a cluster: each node's {@code @Schedule} timers fire, and a claim in the shared database lets exactly
 * one node do each tick's work.
 */
package kz.gov.elicense.scheduling;
