/**
 * What the screens work out for themselves before handing over to the session beans: what an uploaded file or scan
 * really is, by its content, and the applicant's form as the exact bytes to sign.
 */
package kz.gov.elicense.screens.control;
