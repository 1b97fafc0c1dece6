/**
 * Why a request is turned down: a stable problem type and kind that the API renders as RFC 9457
 * {@code application/problem+json}, and that rolls back everything the request had done.
 */
package kz.gov.elicense.problem;
