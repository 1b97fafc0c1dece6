package kz.gov.elicense.register.entity;

/** Kinds of licensed activity, each with the series of its licence numbers. */
public enum Activity {
    SECURITY_ACTIVITY("SEC", "Security activity", "Күзет қызметі", "Охранная деятельность"),
    WEAPONS_AND_CARTRIDGES("WPN", "Weapons and cartridges activity",
            "Азаматтық және қызметтік қаруды және оның патрондарын әзірлеу, өндіру, жөндеу, сату, коллекциялау, экспонаттау және сатып алу жөніндегі қызмет",
            "Деятельность по разработке, производству, ремонту, торговле, коллекционированию, экспонированию и приобретению гражданского и служебного оружия и патронов к нему"),
    CIVIL_PYROTECHNICS("PYR", "Civil pyrotechnics activity",
            "Азаматтық пиротехникалық заттарды және олар қолданылған бұйымдарды әзірлеу, өндіру, сату, пайдалану және сатып алу жөніндегі қызмет",
            "Деятельность по разработке, производству, торговле, использованию и приобретению гражданских пиротехнических веществ и изделий с их применением"),
    FORENSIC_EXPERT("FEX", "Forensic expert activity", "Сот-сараптама қызметі", "Судебно-экспертная деятельность");

    private final String series;
    private final String nameEn;
    private final String nameKk;
    private final String nameRu;

    Activity(String series, String nameEn, String nameKk, String nameRu) {
        this.series = series;
        this.nameEn = nameEn;
        this.nameKk = nameKk;
        this.nameRu = nameRu;
    }

    public String series() {
        return series;
    }

    public String nameEn() {
        return nameEn;
    }

    public String nameKk() {
        return nameKk;
    }

    public String nameRu() {
        return nameRu;
    }
}
