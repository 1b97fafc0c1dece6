/**
 * Licence for forensic expert activity (Ministry of Justice order No. 41; regulation §4.5): issue to an individual
 * expert by the Registration Service and Legal Aid Committee: the office's registration with the stamp, the
 * department head's instruction, the expert's review with the individuals database and the criminal record, the
 * head's signature, and the dispatch; or the refusal conclusion on the same path.
 */
package kz.gov.elicense.forensicexpert;
