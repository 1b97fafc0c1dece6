/**
 * What the licences of §4.3 (weapons and cartridges) and §4.4 (civil pyrotechnics) share: a licence with one annex
 * per sub-type of activity, its reissue and its duplicate, and the four services around it (issue, annex, reissue,
 * duplicate), declared once here and made concrete by the {@code weaponslicence} and {@code pyrotechnics} components.
 */
package kz.gov.elicense.activitylicence;
