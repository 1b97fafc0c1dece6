/**
 * The working calendar in force: read from the administrator-edited calendar file and reloaded when it changes.
 */
package kz.gov.elicense.calendar.boundary;
