/**
 * The four services of a licence with annexes, declared once for any activity: {@link
 * kz.gov.elicense.activitylicence.control.LicenceIssue}, {@link kz.gov.elicense.activitylicence.control.AnnexIssue},
 * {@link kz.gov.elicense.activitylicence.control.LicenceReissue} and {@link
 * kz.gov.elicense.activitylicence.control.LicenceDuplicate}; an activity's component makes each a CDI bean.
 */
package kz.gov.elicense.activitylicence.control;
