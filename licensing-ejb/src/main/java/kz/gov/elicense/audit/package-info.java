/**
 * The tamper-evident audit trail (§5 integrity): an append-only log whose entries carry the hash of the one before,
 * with checkpoints signed by the system's key, and the verification that says where the chain was tampered with.
 */
package kz.gov.elicense.audit;
