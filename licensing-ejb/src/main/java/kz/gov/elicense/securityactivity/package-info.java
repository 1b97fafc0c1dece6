/**
 * Licence for security activity (MVD orders No. 895 and No. 718; regulation §4.1), for a legal entity: the issue
 * (executor assignment, completeness, registry checks with the special-accounts request, the register of dismissed
 * guards, the report and the head's signature), the reissue under the same number and the duplicate (shorter
 * steps; the checks ask for the legal address instead of the special accounts). The three share their registry
 * questions and assessment ({@code control.SecurityChecks}).
 */
package kz.gov.elicense.securityactivity;
