/**
 * What the web module sees of sign-ins: it tells the accounts component of each failed and each successful sign-in,
 * through the form (the FORM mechanism's error page) and through BASIC (the 401 the container answers bad credentials
 * with), so that repeated failures lock the account and every sign-in is in the audit trail.
 */
package kz.gov.elicense.signin;
