/**
 * Electronic digital signatures (ЭЦП) in CMS form: verifying the applicants' detached signatures over
 * portal submissions and signing the licences issued by a provider's authorised officer.
 * <p>
 * {@code entity} holds the values that leave this component (who signed, and why a signature was
 * rejected), {@code control} the cryptography, {@code demo} a generator of a throw-away PKI that follows
 * the NCA RK certificate profile, for development and tests.
 */
package kz.gov.elicense.signature;
