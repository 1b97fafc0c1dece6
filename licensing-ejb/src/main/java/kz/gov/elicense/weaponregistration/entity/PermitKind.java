package kz.gov.elicense.weaponregistration.entity;

/**
 * What a permit allows (seed 003 annex 1, item 3): an individual may be permitted to store, or to store and carry,
 * the weapon; a legal entity only to store it.
 */
public enum PermitKind {
    STORE("Қаруды сақтауға рұқсат", "Разрешение на хранение оружия"),
    STORE_AND_CARRY("Қаруды сақтауға және алып жүруге рұқсат", "Разрешение на хранение и ношение оружия");

    private final String titleKk;
    private final String titleRu;

    PermitKind(String titleKk, String titleRu) {
        this.titleKk = titleKk;
        this.titleRu = titleRu;
    }

    public String titleKk() {
        return titleKk;
    }

    public String titleRu() {
        return titleRu;
    }
}
