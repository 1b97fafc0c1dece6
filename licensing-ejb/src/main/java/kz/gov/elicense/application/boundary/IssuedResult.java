package kz.gov.elicense.application.boundary;

/**
 * What issuing a positive result produced.
 *
 * @param reference the register reference the applicant is given: a licence or permit number
 * @param account   one line for the case history, e.g. "Licence KZ26SEC0000001 signed"
 */
public record IssuedResult(String reference, String account) {
}
