/**
 * The screens: PrimeFaces views for the public (licence register search and licence check), the officers'
 * workplace (sign-in, inbox, application detail with the current step's action, the head's signing queue, the
 * journals, dead letters, register operations and the counter) and the applicant's cabinet (the apply wizard signed
 * through NCALayer, their own applications, results and the survey), in Kazakh, Russian and English from resource
 * bundles. The backing beans read and act through the same session beans as the portal API and hold no rules of their
 * own.
 */
package kz.gov.elicense.screens;
