/**
 * Applications for licences and the value objects that identify applicants and applications:
 * the BIN of a legal entity, the IIN of a person and the human-readable application number.
 */
package kz.gov.elicense.application.entity;
