/**
 * Licence for forensic expert activity (Ministry of Justice order No. 41; regulation §4.5): its issue, reissue and
 * duplicate to an individual expert by the Registration Service and Legal Aid Committee, declared once in
 * {@code ForensicExpertService} and {@code ForensicExpertProcedure}: the office's registration with the stamp, the
 * department head's instruction, the expert's review with the individuals database and the criminal record (15 WD,
 * 2 WD for a duplicate), the head's signature, and the dispatch; or the refusal conclusion on the same path. At the
 * counter the officer's lookup asks both registries and the officer certifies the entered form with an EDS.
 */
package kz.gov.elicense.forensicexpert;
