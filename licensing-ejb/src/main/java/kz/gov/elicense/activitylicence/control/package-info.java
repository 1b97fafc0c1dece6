/**
 * The four services of a licence with annexes, declared once for any activity: {@link
 * kz.gov.elicense.activitylicence.boundary.LicenceIssue}, {@link kz.gov.elicense.activitylicence.boundary.AnnexIssue},
 * {@link kz.gov.elicense.activitylicence.boundary.LicenceReissue} and {@link
 * kz.gov.elicense.activitylicence.boundary.LicenceDuplicate}; an activity's component makes each a CDI bean.
 */
package kz.gov.elicense.activitylicence.control;
