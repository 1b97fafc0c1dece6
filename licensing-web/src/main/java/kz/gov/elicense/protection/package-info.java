/**
 * The web module's defences that do not belong to any one screen or resource (issue 7, OWASP ASVS level 2):
 * security headers on every response, cross-site requests refused, request sizes and rates bounded, denials
 * written to the audit trail.
 */
package kz.gov.elicense.protection;
