/**
 * What travels over the e-government gateway: the request and reply bodies with their JSON form, the checks
 * and outcomes, and the registry facts the ports return. Pure values, no container needed.
 */
package kz.gov.elicense.registry.entity;
