/** The application forms of a licence with annexes: issue, a new annex, reissue and duplicate. */
package kz.gov.elicense.activitylicence.boundary;
