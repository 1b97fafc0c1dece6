package kz.gov.elicense.pyrotechnics.entity;

import kz.gov.elicense.activitylicence.entity.ActivitySubtype;

/**
 * The sub-types of the civil pyrotechnics activity (seed 003, annex 3: "азаматтық пиротехникалық заттар мен олар
 * қолданылып жасалған бұйымдарды әзірлеу, өндіру, сату, пайдалану және сатып алу"), one annex each.
 */
public enum PyrotechnicsSubtype implements ActivitySubtype {
    PYROTECHNICS_DEVELOPMENT("әзірлеу", "Разработка"),
    PYROTECHNICS_PRODUCTION("өндіру", "Производство"),
    PYROTECHNICS_SALE("сату", "Торговля"),
    PYROTECHNICS_USE("пайдалану", "Использование"),
    PYROTECHNICS_PURCHASE("сатып алу", "Приобретение");

    private static final String OBJECT_KK = "Азаматтық пиротехникалық заттар мен олар қолданылып жасалған бұйымдарды ";
    private static final String OBJECT_RU = " гражданских пиротехнических веществ и изделий с их применением";

    private final String nameKk;
    private final String nameRu;

    PyrotechnicsSubtype(String actionKk, String actionRu) {
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
