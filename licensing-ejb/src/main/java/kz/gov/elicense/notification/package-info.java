/**
 * Notifications to the provider's officers by role, e.g. to the head of the provider when a step is overdue.
 */
package kz.gov.elicense.notification;
