/**
 * The accounts officers and applicants sign in with (read by the server's Elytron jdbc-realm from the same tables),
 * the lock-out after repeated failed sign-ins, and the provider and division each officer works in.
 */
package kz.gov.elicense.account;
