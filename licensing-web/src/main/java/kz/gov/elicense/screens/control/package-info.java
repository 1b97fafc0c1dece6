/**
 * What the screens decide themselves before they call a session bean: whether an uploaded scan is what it claims to
 * be, by its content.
 */
package kz.gov.elicense.screens.control;
