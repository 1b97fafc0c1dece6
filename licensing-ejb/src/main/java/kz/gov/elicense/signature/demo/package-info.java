/**
 * A generator of a demonstration PKI (root and issuing CA, applicants' and the provider officer's keys)
 * shaped like the NCA RK profile, so the portal can be exercised end to end without real certificates.
 * Nothing here is used by the application at run time.
 */
package kz.gov.elicense.signature.demo;
