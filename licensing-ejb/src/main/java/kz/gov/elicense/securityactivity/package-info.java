/**
 * Licence for security activity (MVD orders No. 895 and No. 718; regulation §4.1): issue to a legal entity
 * in five steps: executor assignment, completeness check, registry checks with the special-accounts request,
 * the check against the register of dismissed guards, the executor's report and the head's signature.
 */
package kz.gov.elicense.securityactivity;
