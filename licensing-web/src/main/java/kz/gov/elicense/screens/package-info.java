/**
 * The screens: PrimeFaces views for the public (licence register search and licence check), the officers'
 * workplace (sign-in, inbox, application detail) and the applicants' cabinet (the apply wizard, signed through
 * NCALayer), in Kazakh, Russian and English from resource bundles. The
 * backing beans read through the same session beans as the portal API and hold no rules of their own.
 */
package kz.gov.elicense.screens;
