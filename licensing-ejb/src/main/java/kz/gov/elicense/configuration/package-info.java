/**
 * Where the installation's own configuration lives: the {@code config/} files (working calendar, provider,
 * trust anchors, keys) that an administrator edits without rebuilding.
 */
package kz.gov.elicense.configuration;
