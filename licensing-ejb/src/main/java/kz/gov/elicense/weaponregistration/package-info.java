/**
 * Registration and re-registration of each unit of civil and service weapons (regulation §4.2, seed 003 annex 1):
 * the two procedures, their paper permit with its cover letter, and the weapon register that keeps every unit with
 * the whole history of its permits.
 */
package kz.gov.elicense.weaponregistration;
