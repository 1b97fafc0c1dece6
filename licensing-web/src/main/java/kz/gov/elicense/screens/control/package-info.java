/**
 * What the screens work out for themselves before handing over to the session beans: what an uploaded file
 * really is, and the applicant's form as the exact bytes to sign.
 */
package kz.gov.elicense.screens.control;
