/**
 * Licence for the development, production, sale, use and purchase of civil pyrotechnic substances and the products
 * made with them (MVD order No. 146, annex 3; regulation §4.4): issue with one annex per sub-type, a new annex,
 * reissue and duplicate, on the shared declarations of {@code activitylicence}.
 */
package kz.gov.elicense.pyrotechnics;
