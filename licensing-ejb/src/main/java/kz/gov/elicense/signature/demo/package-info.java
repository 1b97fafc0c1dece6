/**
 * A demonstration PKI shaped like the NCA RK profile, so the portal can be exercised end to end without real
 * certificates: its generator ({@link kz.gov.elicense.signature.demo.DemoPki}: root, individuals' and legal
 * entities' issuing CAs, applicants', employees' and the provider officer's keys, service keys) and its online
 * services, which the server exposes in demo mode ({@link kz.gov.elicense.signature.demo.DemoPkiServices}: OCSP
 * responder, CRL issuer, RFC 3161 time-stamp authority). Nothing here is used in production.
 */
package kz.gov.elicense.signature.demo;
