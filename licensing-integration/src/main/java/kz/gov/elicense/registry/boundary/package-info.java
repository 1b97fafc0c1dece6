/**
 * The JMS entry point of the e-government gateway: the message-driven bean that serves registry check requests
 * and the declaration of the request and reply queues. It only parses, delegates and replies; everything else
 * lives in {@code control}.
 */
package kz.gov.elicense.registry.boundary;
