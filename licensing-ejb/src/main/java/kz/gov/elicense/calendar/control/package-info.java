/**
 * Reading the administrator-edited calendar file and computing working days, working time and deadlines
 * with it, in Kazakhstan time.
 */
package kz.gov.elicense.calendar.control;
