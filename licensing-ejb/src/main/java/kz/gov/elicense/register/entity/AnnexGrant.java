package kz.gov.elicense.register.entity;

import java.util.Objects;

/**
 * A sub-type of activity granted by an annex to the licence (one annex per sub-type, §4.3 and §4.4).
 *
 * @param subtype the stable code of the sub-type, e.g. {@code WEAPONS_SALE}
 */
public record AnnexGrant(String subtype, String nameKk, String nameRu) {

    public AnnexGrant {
        Objects.requireNonNull(subtype, "subtype");
        Objects.requireNonNull(nameKk, "nameKk");
        Objects.requireNonNull(nameRu, "nameRu");
    }
}
