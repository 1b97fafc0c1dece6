package kz.gov.elicense.registry.entity;

import java.time.LocalDate;

/**
 * A person as the state database of individuals (ГБД ФЛ) knows them.
 *
 * @param iin       individual identification number
 * @param fullName  surname, given name and patronymic
 * @param birthDate date of birth
 */
public record Individual(String iin, String fullName, LocalDate birthDate) {
}
