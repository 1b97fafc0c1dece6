/**
 * Gap-free numbering: application numbers and licence identification numbers are taken from counters that
 * are locked inside the caller's transaction, so a number is never given twice and a rollback returns it.
 */
package kz.gov.elicense.numbering;
