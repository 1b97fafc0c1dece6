/**
 * Values of the signature component: the identity read from a signer's certificate, what the caller
 * expects of it, and the outcome of a verification with a stable failure code.
 */
package kz.gov.elicense.signature.entity;
