package kz.gov.elicense.weaponregistration.entity;

/** The kinds of civil and service weapons a unit is registered as, with their names as the permit prints them. */
public enum WeaponType {
    SMOOTHBORE_HUNTING("тегіс ұңғылы аңшылық атыс қаруы", "охотничье гладкоствольное огнестрельное оружие"),
    RIFLED_HUNTING("ойық ұңғылы аңшылық атыс қаруы", "охотничье огнестрельное оружие с нарезным стволом"),
    SPORTING("спорттық атыс қаруы", "спортивное огнестрельное оружие"),
    GAS("газ қаруы", "газовое оружие"),
    TRAUMATIC("жарақаттық әсері бар ұңғысыз атыс қаруы", "огнестрельное бесствольное оружие травматического действия"),
    PNEUMATIC("пневматикалық қару", "пневматическое оружие"),
    /** Held only by legal entities with the special statutory tasks the law names. */
    SERVICE("қызметтік қару", "служебное оружие");

    private final String nameKk;
    private final String nameRu;

    WeaponType(String nameKk, String nameRu) {
        this.nameKk = nameKk;
        this.nameRu = nameRu;
    }

    public String nameKk() {
        return nameKk;
    }

    public String nameRu() {
        return nameRu;
    }
}
