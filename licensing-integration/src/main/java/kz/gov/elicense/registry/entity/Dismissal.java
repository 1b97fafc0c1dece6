package kz.gov.elicense.registry.entity;

import java.time.LocalDate;

/**
 * An entry of the register of persons dismissed from guard or head positions of private security
 * organisations for negative reasons.
 *
 * @param iin           the dismissed person
 * @param organisation  the security organisation that dismissed them
 * @param position      the position they held
 * @param dismissalDate date of dismissal
 * @param reason        the negative reason, as recorded
 */
public record Dismissal(String iin, String organisation, String position, LocalDate dismissalDate, String reason) {
}
