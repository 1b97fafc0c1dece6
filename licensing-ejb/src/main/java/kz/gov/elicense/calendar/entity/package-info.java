/**
 * The data of the Kazakhstan working-day calendar (working hours, public holidays, transferred days off
 * and working weekend days) and the step limits that are measured against it.
 */
package kz.gov.elicense.calendar.entity;
