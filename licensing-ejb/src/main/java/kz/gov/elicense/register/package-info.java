/**
 * The licence register (the E-licensing state database's role): licences with gap-free identification numbers,
 * holder, activity, provider, issue date, status and the signed licence document.
 */
package kz.gov.elicense.register;
