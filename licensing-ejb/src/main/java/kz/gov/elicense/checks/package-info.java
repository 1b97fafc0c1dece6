/**
 * Registry checks of an application: the questions sent to the state registries through the e-government
 * gateway (JMS queues served by licensing-integration) and their answers, matched by correlation id.
 */
package kz.gov.elicense.checks;
