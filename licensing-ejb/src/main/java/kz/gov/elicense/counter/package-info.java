/**
 * The counter flow (§3): an officer looks the applicant up in the state registries, enters the form, marks and scans
 * the documents presented on paper and registers the application, which then runs as a portal one does.
 */
package kz.gov.elicense.counter;
