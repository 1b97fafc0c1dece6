/**
 * Messages that are never lost: why a message failed, the dead-letter queue where the broker parks a message after
 * its bounded redeliveries, and the operator's re-drive of a parked message to the queue it came from.
 */
package kz.gov.elicense.messaging;
