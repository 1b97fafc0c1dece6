/**
 * What the web module sees of sign-ins: it tells the accounts component of each failed and each successful sign-in,
 * through the form (the FORM mechanism's error page) and through BASIC (the 401 the container answers bad credentials
 * with), so that repeated failures lock the account and every sign-in is in the audit trail; and the sign-in page's
 * certificate sign-in, which gives a signed challenge's one-time token for the same FORM sign-in.
 */
package kz.gov.elicense.signin;
