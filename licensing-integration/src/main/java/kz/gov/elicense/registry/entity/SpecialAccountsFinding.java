package kz.gov.elicense.registry.entity;

import java.time.LocalDate;

/**
 * What the Committee on Legal Statistics and Special Accounts reports against an organisation.
 *
 * @param bin          the organisation
 * @param finding      the committee's wording, in English for the officer
 * @param registeredOn when the record was entered
 */
public record SpecialAccountsFinding(String bin, String finding, LocalDate registeredOn) {
}
