package kz.gov.elicense.registry.entity;

import java.time.LocalDate;

/**
 * An administrative penalty still on record for a person or an organisation.
 *
 * @param subject   IIN or BIN of the offender
 * @param article   the article of the Code of Administrative Offences, in words the officer can quote
 * @param decidedOn date of the decision imposing the penalty
 * @param authority the body that imposed it
 * @param penalty   what was imposed, e.g. a fine in monthly calculation indices
 */
public record AdministrativeOffence(String subject, String article, LocalDate decidedOn, String authority,
                                    String penalty) {
}
