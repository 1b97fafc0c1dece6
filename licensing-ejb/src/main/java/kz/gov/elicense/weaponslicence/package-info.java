/**
 * Licence for the development, production, repair, sale, collection, exhibition and purchase of civil and service
 * weapons and their cartridges (MVD order No. 146, annex 2; regulation §4.3): issue with one annex per sub-type, a new
 * annex, reissue and duplicate, on the shared declarations of {@code activitylicence}.
 */
package kz.gov.elicense.weaponslicence;
