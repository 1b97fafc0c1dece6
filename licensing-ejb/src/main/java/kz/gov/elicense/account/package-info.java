/**
 * The accounts officers and applicants sign in with (read by the server's Elytron jdbc-realm from the same tables),
 * the lock-out after repeated failed sign-ins, the provider and division each officer works in, and applicants' sign-in
 * by certificate: a signed challenge that earns a one-time token for the container's sign-in.
 */
package kz.gov.elicense.account;
