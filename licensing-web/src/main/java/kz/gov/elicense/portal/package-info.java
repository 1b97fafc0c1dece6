/**
 * The portal API (JAX-RS under {@code /api/v1}): what the e-government portal calls to submit applications and
 * read their history, the officers' actions until their screens exist, and the public licence check.
 */
package kz.gov.elicense.portal;
