package kz.gov.elicense.weaponslicence.entity;

import kz.gov.elicense.activitylicence.entity.ActivitySubtype;

/**
 * The sub-types of the weapons and cartridges activity (seed 003, annex 2: "азаматтық және қызметтік қару мен оның
 * патрондарын әзірлеу, өндіру, жөндеу, сату, коллекцияға жинау, экспонаттау және сатып алу"), one annex each. The seed
 * names weapons and their cartridges together in every sub-type, so they are not split here.
 */
public enum WeaponsSubtype implements ActivitySubtype {
    WEAPONS_DEVELOPMENT("әзірлеу", "Разработка"),
    WEAPONS_PRODUCTION("өндіру", "Производство"),
    WEAPONS_REPAIR("жөндеу", "Ремонт"),
    WEAPONS_SALE("сату", "Торговля"),
    WEAPONS_COLLECTION("коллекцияға жинау", "Коллекционирование"),
    WEAPONS_EXHIBITION("экспонаттау", "Экспонирование"),
    WEAPONS_PURCHASE("сатып алу", "Приобретение");

    private static final String OBJECT_KK = "Азаматтық және қызметтік қару мен оның патрондарын ";
    private static final String OBJECT_RU = " гражданского и служебного оружия и патронов к нему";

    private final String nameKk;
    private final String nameRu;

    WeaponsSubtype(String actionKk, String actionRu) {
        this.nameKk = OBJECT_KK + actionKk;
        this.nameRu = actionRu + OBJECT_RU;
    }

    @Override
    public String nameKk() {
        return nameKk;
    }

    @Override
    public String nameRu() {
        return nameRu;
    }
}
