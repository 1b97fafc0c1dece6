/**
 * The provider office's journals (§5): every incoming document registered with its number and date (the
 * registration stamp in the state language), every outgoing document with its outgoing number, how it was sent
 * and when. Numbers run per provider and year without gaps.
 */
package kz.gov.elicense.journal;
