package kz.gov.elicense.register.entity;

/** The grounds on which a licence (or an annex) is reissued, as the law on permits names them. */
public enum ReissueReason {
    REORGANISATION("reorganisation of the legal entity (merger, accession, split, separation, transformation)",
            "заңды тұлғаны қайта ұйымдастыру", "реорганизация юридического лица"),
    NAME_CHANGE("change of the legal entity's name", "заңды тұлғаның атауының өзгеруі",
            "изменение наименования юридического лица"),
    LEGAL_ADDRESS_CHANGE("change of the legal entity's location (legal address)", "заңды тұлғаның орналасқан жерінің өзгеруі",
            "изменение места нахождения юридического лица"),
    PERSONAL_NAME_CHANGE("change of the individual's surname, name or patronymic",
            "жеке тұлғаның тегінің, атының, әкесінің атының өзгеруі", "изменение фамилии, имени, отчества физического лица"),
    ACTIVITY_RENAMED_BY_LAW("the name of the kind of activity changed by law",
            "қызмет түрі атауының заңнамаға сәйкес өзгеруі", "изменение наименования вида деятельности в соответствии с законодательством"),
    OBJECT_ADDRESS_CHANGE("change of the address of a licensed object or branch",
            "лицензияланатын объектінің мекенжайының өзгеруі", "изменение адреса лицензируемого объекта");

    private final String en;
    private final String kk;
    private final String ru;

    ReissueReason(String en, String kk, String ru) {
        this.en = en;
        this.kk = kk;
        this.ru = ru;
    }

    public String en() {
        return en;
    }

    /** "kk / ru", as printed on the reissued document. */
    public String printed() {
        return kk + " / " + ru;
    }
}
