/**
 * The database schema: versioned Flyway migrations in {@code db/migration}, applied when the persistence unit
 * starts and before the provider validates its mapping against them.
 */
package kz.gov.elicense.schema;
