package kz.gov.elicense.registry.entity;

import java.time.LocalDate;

/**
 * A legal entity as the state database of legal entities (ГБД ЮЛ) knows it.
 *
 * @param bin              business identification number
 * @param name             registered name, e.g. ТОО «Қалқан Күзет»
 * @param registrationDate date of state registration
 * @param legalAddress     registered address
 * @param headIin          IIN of the first head
 * @param headName         full name of the first head
 * @param status           whether the entity still exists
 */
public record LegalEntity(String bin, String name, LocalDate registrationDate, String legalAddress,
                          String headIin, String headName, Status status) {

    public enum Status {
        ACTIVE,
        LIQUIDATED
    }
}
