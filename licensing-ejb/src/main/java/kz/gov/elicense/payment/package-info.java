/**
 * The licence fee (§2 process 4): payment orders paid through the e-government payment gateway and confirmed by its
 * authenticated callback, the officer's decision on a scanned receipt, and whether an application's fee stands
 * confirmed, which the case engine requires before a positive result.
 */
package kz.gov.elicense.payment;
